package com.allianceadvisor.engine;

/** The partner's answer to a question, for joint (two-sided) assessments. */
public final class PartnerAnswer extends AnswerFact {
    public PartnerAnswer(String questionId, String value) {
        super(questionId, value);
    }

    @Override
    String party() {
        return "your partner";
    }
}
