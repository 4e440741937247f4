package com.allianceadvisor.engine;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** A question some rule wants asked, with its highest priority and the goals it serves. */
public record PendingQuestion(String questionId, int priority, Set<String> goals) {
    /** Highest priority first, then by question id. */
    public static final Comparator<PendingQuestion> HIGHEST_PRIORITY_FIRST =
            Comparator.comparingInt(PendingQuestion::priority).reversed().thenComparing(PendingQuestion::questionId);

    PendingQuestion merge(PendingQuestion other) {
        Set<String> all = new TreeSet<>(goals);
        all.addAll(other.goals);
        return new PendingQuestion(questionId, Math.max(priority, other.priority), Set.copyOf(all));
    }
}
