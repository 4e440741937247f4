package com.allianceadvisor.engine;

import java.util.Objects;

/** A goal the user asked advice for: an area id from the knowledge base. */
public final class Goal {
    private final String area;

    public Goal(String area) {
        this.area = Objects.requireNonNull(area);
    }

    public String getArea() {
        return area;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Goal g && g.area.equals(area);
    }

    @Override
    public int hashCode() {
        return area.hashCode();
    }

    @Override
    public String toString() {
        return "goal " + area;
    }
}
