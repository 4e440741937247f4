package com.allianceadvisor.engine;

/** One answered question. {@code unknown} is a legal value; numeric answers also carry a number. */
public sealed class Answer extends AnswerFact permits DerivedAnswer {
    public Answer(String questionId, String value) {
        super(questionId, value);
    }

    /** True for an answer the user (or an answer file) gave; false for one derived through a crosswalk. */
    public boolean isGiven() {
        return true;
    }

    @Override
    String party() {
        return "you";
    }
}
