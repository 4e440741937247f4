package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A fact, the rule that concluded it (null for answers) and the derivations of what that rule used. */
public record Derivation(Object fact, String rule, List<Derivation> supports) {

    /** The rule names in the derivation, nearest first, each once. */
    public List<String> rules() {
        Set<String> names = new LinkedHashSet<>();
        List<Derivation> level = List.of(this);
        while (!level.isEmpty()) {
            List<Derivation> next = new ArrayList<>();
            for (Derivation d : level) {
                if (d.rule != null) {
                    names.add(d.rule);
                }
                next.addAll(d.supports);
            }
            level = next;
        }
        return List.copyOf(names);
    }

    /** The answers at the leaves of the derivation, each once. */
    public List<AnswerFact> answers() {
        Set<AnswerFact> found = new LinkedHashSet<>();
        collect(this, found);
        return List.copyOf(found);
    }

    /** The leaves of the derivation that are of the given type (facts given to the consultation), each once. */
    public <T> List<T> leaves(Class<T> type) {
        Set<T> found = new LinkedHashSet<>();
        collectLeaves(this, type, found);
        return List.copyOf(found);
    }

    private static <T> void collectLeaves(Derivation d, Class<T> type, Set<T> found) {
        if (d.rule == null && type.isInstance(d.fact)) {
            found.add(type.cast(d.fact));
        }
        d.supports.forEach(s -> collectLeaves(s, type, found));
    }

    private static void collect(Derivation d, Set<AnswerFact> found) {
        if (d.fact instanceof AnswerFact a) {
            found.add(a);
        }
        d.supports.forEach(s -> collect(s, found));
    }
}
