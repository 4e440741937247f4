package com.allianceadvisor.engine;

/** One answered question. {@code unknown} is a legal value; numeric answers also carry a number. */
public final class Answer extends AnswerFact {
    public Answer(String questionId, String value) {
        super(questionId, value);
    }

    @Override
    String party() {
        return "you";
    }
}
