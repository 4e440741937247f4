package com.allianceadvisor.engine;

import java.util.Objects;

/** The total weight of the evidence for one option of a topic. */
public final class Score {
    private final String topic;
    private final String option;
    private final int total;

    public Score(String topic, String option, int total) {
        this.topic = Objects.requireNonNull(topic);
        this.option = Objects.requireNonNull(option);
        this.total = total;
    }

    public String getTopic() {
        return topic;
    }

    public String getOption() {
        return option;
    }

    public int getTotal() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score s && s.topic.equals(topic) && s.option.equals(option) && s.total == total;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, option, total);
    }

    @Override
    public String toString() {
        return topic + " = " + option + " scores " + total;
    }
}
