package com.allianceadvisor.engine;

import java.util.Objects;

/** What {@link Answer} and {@link PartnerAnswer} share: the question, the value and its number. */
public abstract sealed class AnswerFact permits Answer, PartnerAnswer {
    public static final String UNKNOWN = "unknown";

    private final String questionId;
    private final String value;
    private final double number;

    AnswerFact(String questionId, String value) {
        this.questionId = Objects.requireNonNull(questionId);
        this.value = Objects.requireNonNull(value);
        this.number = parse(value);
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    abstract String party();

    public String getQuestionId() {
        return questionId;
    }

    public String getValue() {
        return value;
    }

    /** The answer as a number, or NaN when it is not numeric. */
    public double getNumber() {
        return number;
    }

    /** False when the answer is {@code unknown}. */
    public boolean isKnown() {
        return !UNKNOWN.equals(value);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && ((AnswerFact) o).questionId.equals(questionId) && ((AnswerFact) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), questionId, value);
    }

    @Override
    public String toString() {
        return party() + " answered " + questionId + " = " + value;
    }
}
