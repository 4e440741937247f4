package com.allianceadvisor.engine;

import java.util.Objects;

/** A recommendation that points at a guidance item of the knowledge base. */
public final class Advice {
    private final String guidanceId;
    private final String area;
    private final int priority;
    private final String strength;

    public Advice(String guidanceId, String area, int priority, String strength) {
        this.guidanceId = Objects.requireNonNull(guidanceId);
        this.area = Objects.requireNonNull(area);
        this.priority = priority;
        this.strength = Objects.requireNonNull(strength);
    }

    public String getGuidanceId() {
        return guidanceId;
    }

    public String getArea() {
        return area;
    }

    public int getPriority() {
        return priority;
    }

    public String getStrength() {
        return strength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Advice a && a.guidanceId.equals(guidanceId) && a.area.equals(area)
                && a.priority == priority && a.strength.equals(strength);
    }

    @Override
    public int hashCode() {
        return Objects.hash(guidanceId, area, priority, strength);
    }

    @Override
    public String toString() {
        return "advice " + guidanceId + " (" + strength + ")";
    }
}
