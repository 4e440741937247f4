package com.allianceadvisor.engine;

import java.util.Objects;

/** A weighed argument for one option of a topic. */
public final class Evidence {
    private final String topic;
    private final String option;
    private final int weight;
    private final String reason;

    public Evidence(String topic, String option, int weight, String reason) {
        this.topic = Objects.requireNonNull(topic);
        this.option = Objects.requireNonNull(option);
        this.weight = weight;
        this.reason = Objects.requireNonNull(reason);
    }

    public String getTopic() {
        return topic;
    }

    public String getOption() {
        return option;
    }

    public int getWeight() {
        return weight;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && e.topic.equals(topic) && e.option.equals(option)
                && e.weight == weight && e.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, option, weight, reason);
    }

    @Override
    public String toString() {
        return String.format("%+d for %s = %s (%s)", weight, topic, option, reason);
    }
}
