package com.allianceadvisor.engine;

import java.util.Objects;

/** The most that one question's answer can still add to any option of a topic. */
public final class Swing {
    private final String topic;
    private final String questionId;
    private final int weight;

    public Swing(String topic, String questionId, int weight) {
        this.topic = Objects.requireNonNull(topic);
        this.questionId = Objects.requireNonNull(questionId);
        this.weight = weight;
    }

    public String getTopic() {
        return topic;
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getWeight() {
        return weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Swing s && s.topic.equals(topic) && s.questionId.equals(questionId) && s.weight == weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, questionId, weight);
    }

    @Override
    public String toString() {
        return questionId + " can still move " + topic + " by " + weight;
    }
}
