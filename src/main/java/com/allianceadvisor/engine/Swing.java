package com.allianceadvisor.engine;

import java.util.Objects;

/**
 * The most that one question's answer can still lift one option of a topic ({@code option}) over another
 * ({@code against}): the largest difference its weights make between the two, over all the question's
 * values. {@link #ANY_OPTION} stands for every option: the three-argument form is what an answer can add
 * to any option, the four-argument form what it can add to one option, whatever it adds to the others.
 */
public final class Swing {
    /** The option of a swing that applies to every option of its topic. */
    public static final String ANY_OPTION = "*";

    private final String topic;
    private final String questionId;
    private final String option;
    private final String against;
    private final int weight;

    public Swing(String topic, String questionId, int weight) {
        this(topic, questionId, ANY_OPTION, ANY_OPTION, weight);
    }

    public Swing(String topic, String questionId, String option, int weight) {
        this(topic, questionId, option, ANY_OPTION, weight);
    }

    public Swing(String topic, String questionId, String option, String against, int weight) {
        this.topic = Objects.requireNonNull(topic);
        this.questionId = Objects.requireNonNull(questionId);
        this.option = Objects.requireNonNull(option);
        this.against = Objects.requireNonNull(against);
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

    /** The option this swing gains on, or {@link #ANY_OPTION}. */
    public String getAgainst() {
        return against;
    }

    public int getWeight() {
        return weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Swing s && s.topic.equals(topic) && s.questionId.equals(questionId)
                && s.option.equals(option) && s.against.equals(against) && s.weight == weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, questionId, option, against, weight);
    }

    @Override
    public String toString() {
        return questionId + " can still move " + topic + (ANY_OPTION.equals(option) ? "" : " towards " + option)
                + (ANY_OPTION.equals(against) ? "" : " over " + against) + " by " + weight;
    }
}
