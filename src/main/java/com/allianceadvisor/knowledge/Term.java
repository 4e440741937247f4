package com.allianceadvisor.knowledge;

import java.util.List;
import java.util.Locale;

/** A glossary term: a plain definition, an example, related terms, sources and the ids that use it. */
public record Term(String id, String term, List<String> aliases, String definition, String example, List<String> related,
                   List<String> sources, List<String> questions, List<String> findings, List<String> guidance) {

    /** Whether the text typed by a user names this term (its id, its name or an alias; any case, '-' or '_' for spaces). */
    public boolean matches(String typed) {
        String t = normal(typed);
        if (t.isEmpty()) {
            return false;
        }
        if (normal(id).equals(t) || normal(term).equals(t)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> normal(a).equals(t));
    }

    static String normal(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }
}
