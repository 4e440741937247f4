package com.allianceadvisor.engine;

import java.util.Objects;

/**
 * The most that one question's answer can still add to one option of a topic ({@code option}), or to
 * any option of it ({@link #ANY_OPTION}, the three-argument form).
 */
public final class Swing {
    /** The option of a swing that applies to every option of its topic. */
    public static final String ANY_OPTION = "*";

    private final String topic;
    private final String questionId;
    private final String option;
    private final int weight;

    public Swing(String topic, String questionId, int weight) {
        this(topic, questionId, ANY_OPTION, weight);
    }

    public Swing(String topic, String questionId, String option, int weight) {
        this.topic = Objects.requireNonNull(topic);
        this.questionId = Objects.requireNonNull(questionId);
        this.option = Objects.requireNonNull(option);
        this.weight = weight;
    }

    public String getTopic() {
        return topic;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getOption() {
        return option;
    }

    public int getWeight() {
        return weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Swing s && s.topic.equals(topic) && s.questionId.equals(questionId)
                && s.option.equals(option) && s.weight == weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, questionId, option, weight);
    }

    @Override
    public String toString() {
        return questionId + " can still move " + topic + (ANY_OPTION.equals(option) ? "" : " towards " + option)
                + " by " + weight;
    }
}
