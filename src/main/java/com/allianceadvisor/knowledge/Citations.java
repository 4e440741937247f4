package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a question, advice item or view rests on: the source ids it cites, an optional locator per
 * source (table, figure or section), and an optional basis saying that the rule is the advisor's own
 * judgement rather than a source's statement.
 */
public record Citations(List<String> sources, Map<String, String> locators, String basis) {
    /** The one basis value allowed besides citing sources: a rule of thumb no source states. */
    public static final String ADVISOR_HEURISTIC = "advisor heuristic";

    public static Citations of(List<String> sources) {
        return new Citations(List.copyOf(sources), Map.of(), null);
    }

    public boolean heuristic() {
        return ADVISOR_HEURISTIC.equals(basis);
    }

    /** Each source id with its locator, e.g. "serrat_2009 (Table 2)". */
    public List<String> located() {
        List<String> out = new ArrayList<>();
        for (String id : sources) {
            String at = locators.get(id);
            out.add(at == null ? id : id + " (" + at + ")");
        }
        return out;
    }

    /** The line a report prints: located sources, and the basis when the item is a heuristic. */
    public String describe() {
        String cited = String.join(", ", located());
        if (!heuristic()) {
            return cited;
        }
        String mark = "advisor heuristic (no source states this rule)";
        return cited.isEmpty() ? mark : mark + "; concepts from " + cited;
    }
}
