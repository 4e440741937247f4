package com.allianceadvisor.engine;

import java.util.Set;
import java.util.TreeSet;

/** A question some rule wants asked, with its highest priority and the goals it serves. */
public record PendingQuestion(String questionId, int priority, Set<String> goals) {
    PendingQuestion merge(PendingQuestion other) {
        Set<String> all = new TreeSet<>(goals);
        all.addAll(other.goals);
        return new PendingQuestion(questionId, Math.max(priority, other.priority), Set.copyOf(all));
    }
}
