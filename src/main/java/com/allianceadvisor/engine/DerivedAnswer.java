package com.allianceadvisor.engine;

/**
 * An answer the rules derive from another answer through a crosswalk of the knowledge base (one model's
 * phase read off the stage on another model's scale), so that the same thing is never asked twice under
 * two ids. It counts as an answer for every rule; a rule that must not be driven by it tests {@code given}.
 * A given answer to the same question always wins (the derived one is then withdrawn).
 */
public final class DerivedAnswer extends Answer {
    private final String from;

    public DerivedAnswer(String questionId, String value, String from) {
        super(questionId, value);
        this.from = from;
    }

    /** The question whose answer this one was read off. */
    public String getFrom() {
        return from;
    }

    @Override
    public boolean isGiven() {
        return false;
    }

    @Override
    String party() {
        return "the crosswalk";
    }

    @Override
    public String toString() {
        return getQuestionId() + " = " + getValue() + " (derived from " + from + ")";
    }
}
