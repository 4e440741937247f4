package com.allianceadvisor.authoring;

import java.util.List;
import java.util.Map;

import com.allianceadvisor.store.AnswerSet;

/**
 * A regression scenario: answers in, expected findings and advice out. An expected finding of null
 * must be absent; a list finding is compared as a set (a ranked one in order); pending questions, when
 * given, in order. {@code flips} are single-answer changes the sensitivity analysis must find (a null
 * {@code to} in a flip means the finding would no longer be concluded) and {@code stable} the headline
 * findings that no single answer may change. A portfolio scenario also names several alliances' answer
 * sets ({@code alliances}, by alliance id; null for a scenario of a single alliance): they are reviewed
 * together, with {@code answers} as the portfolio's own.
 */
public record Scenario(String file, String name, AnswerSet answers, Map<String, Object> findings,
                       List<String> advicePresent, List<String> adviceAbsent, List<String> pendingQuestions,
                       List<Flip> flips, List<String> stable, Map<String, AnswerSet> alliances) {

    /** An expected flip: the finding, the answer that changes it, and what it changes to. */
    public record Flip(String finding, String questionId, String value, String to) {
    }

    public boolean checksSensitivity() {
        return !flips.isEmpty() || !stable.isEmpty();
    }
}
