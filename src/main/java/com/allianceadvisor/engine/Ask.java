package com.allianceadvisor.engine;

import java.util.Objects;

/** A question that is relevant to a goal and not yet answered. Inserted logically by interview rules. */
public final class Ask {
    private final String questionId;
    private final String goal;
    private final int priority;

    public Ask(String questionId, String goal, int priority) {
        this.questionId = Objects.requireNonNull(questionId);
        this.goal = Objects.requireNonNull(goal);
        this.priority = priority;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getGoal() {
        return goal;
    }

    public int getPriority() {
        return priority;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ask a && a.questionId.equals(questionId) && a.goal.equals(goal) && a.priority == priority;
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionId, goal, priority);
    }

    @Override
    public String toString() {
        return "ask " + questionId + " for " + goal;
    }
}
