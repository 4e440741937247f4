package com.allianceadvisor.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.allianceadvisor.engine.Ask;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Justification;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;

/**
 * The next-question policy and answer handling on top of a consultation: asks the highest-priority
 * pending question, validates answers against the question bank, and explains why a question is asked.
 */
public final class Interview {
    private final KnowledgeBase kb;
    private final Consultation consultation;

    public Interview(KnowledgeBase kb, Consultation consultation) {
        this.kb = kb;
        this.consultation = consultation;
    }

    public Consultation consultation() {
        return consultation;
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    /** The questions the rules still want answered, in asking order. */
    public List<PendingQuestion> pending() {
        return consultation.pending(kb.askingOrder());
    }

    /** The next question to ask, if any. */
    public Optional<Question> next() {
        List<PendingQuestion> pending = pending();
        return pending.isEmpty() ? Optional.empty() : Optional.ofNullable(kb.question(pending.get(0).questionId()));
    }

    /** "question 4, about 7 to go". */
    public String progress() {
        int asked = consultation.answers().size() + 1;
        int toGo = Math.max(0, pending().size() - 1);
        return "question " + asked + ", about " + toGo + " to go";
    }

    /** Validates and records an answer typed at the prompt (an option number, a value or unknown). */
    public String answerInput(String questionId, String input) {
        Question q = question(questionId);
        String value = q.fromInput(input).orElseThrow(() -> new InvalidAnswerException(
                "'" + input.trim() + "' is not an answer to " + questionId + "; allowed: " + allowedAtPrompt(q)));
        consultation.answer(questionId, value);
        return value;
    }

    /** Validates and records the partner's answer typed at the prompt. */
    public String partnerInput(String questionId, String input) {
        Question q = question(questionId);
        String value = q.fromInput(input).orElseThrow(() -> new InvalidAnswerException(
                "'" + input.trim() + "' is not an answer to " + questionId + "; allowed: " + allowedAtPrompt(q)));
        consultation.partnerAnswer(questionId, value);
        return value;
    }

    /** The questions of a joint assessment that the partner can answer in this consultation. */
    public List<Question> jointQuestions() {
        List<Question> joint = new ArrayList<>();
        var pendingIds = pending().stream().map(PendingQuestion::questionId).toList();
        for (Question q : kb.questions().values()) {
            if (q.joint() && (consultation.answers().containsKey(q.id()) || pendingIds.contains(q.id()))) {
                joint.add(q);
            }
        }
        return joint;
    }

    /** Validates and records an answer value (from a file or a command). */
    public String answerValue(String questionId, String value) {
        Question q = question(questionId);
        String normal = q.normalise(value).orElseThrow(() -> new InvalidAnswerException(
                "'" + value + "' is not allowed for " + questionId + "; allowed: " + q.allowedDescription()));
        consultation.answer(questionId, normal);
        return normal;
    }

    /** Takes back the most recent answer and returns its question id, if there was one. */
    public Optional<String> back() {
        List<String> ids = new ArrayList<>(consultation.answers().keySet());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String last = ids.get(ids.size() - 1);
        consultation.withdraw(last);
        return Optional.of(last);
    }

    public Question question(String questionId) {
        Question q = kb.question(questionId);
        if (q == null) {
            throw new InvalidAnswerException("'" + questionId + "' is not a question id; see 'answers' or 'kb questions'");
        }
        return q;
    }

    /** Which rules need this question and for which goal; for an answered question, which rules used it. */
    public List<String> why(String questionId) {
        question(questionId);
        List<String> lines = new ArrayList<>();
        for (Ask ask : consultation.facts(Ask.class)) {
            if (ask.getQuestionId().equals(questionId)) {
                Justification j = consultation.justification(ask);
                lines.add("Asked for the goal '" + ask.getGoal() + "' by the rule \"" + (j == null ? "?" : j.rule()) + "\"");
            }
        }
        var answer = consultation.answerFact(questionId);
        if (answer != null) {
            lines.add("You answered: " + answer.getValue());
            for (Map.Entry<Object, Justification> use : consultation.usersOf(answer).entrySet()) {
                lines.add("Used by the rule \"" + use.getValue().rule() + "\" to conclude: " + use.getKey());
            }
        }
        if (lines.isEmpty()) {
            lines.add("No rule needs " + questionId + " for the goals of this consultation ("
                    + String.join(", ", consultation.goals()) + ").");
        }
        return lines;
    }

    static String allowedAtPrompt(Question q) {
        if (q.isNumber() || q.isText()) {
            return q.allowedDescription();
        }
        return "1-" + q.options().size() + " or " + q.allowedDescription();
    }
}
