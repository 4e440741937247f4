package com.allianceadvisor.authoring;

import java.util.List;
import java.util.Map;

import com.allianceadvisor.store.AnswerSet;

/**
 * A regression scenario: answers in, expected findings and advice out. An expected finding of null
 * must be absent; a list finding is compared as a set; pending questions, when given, in order.
 * A portfolio scenario also names several alliances' answer sets ({@code alliances}, by alliance id;
 * null for a scenario of a single alliance): they are reviewed together, with {@code answers} as the
 * portfolio's own.
 */
public record Scenario(String file, String name, AnswerSet answers, Map<String, Object> findings,
                       List<String> advicePresent, List<String> adviceAbsent, List<String> pendingQuestions,
                       Map<String, AnswerSet> alliances) {
}
