package com.allianceadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighed evidence of one scored topic, as a table: each row is one answer (or finding) value that
 * adds a weight to one option, with the sentence that names it and the reason a report gives. The rows
 * are compiled into evidence rules at load; where the topic {@code settles}, the swings (the largest
 * weight one answer to a question can still add to an option) are computed from the rows, so that the
 * interview stops asking once the leader can no longer be overturned.
 *
 * @param gate extra DRL patterns, besides the area's goal, under which every row of the table applies
 */
public record EvidenceTable(String topic, String area, boolean settles, List<String> gate, List<Row> rows, String file) {

    /**
     * @param question the question whose answer the row weighs, or empty when it weighs a finding
     * @param finding  the finding key the row weighs, or empty when it weighs an answer
     * @param values   the values that count (any of them); empty for a baseline row, which always applies
     */
    public record Row(String because, String question, String finding, List<String> values, String option, int weight, String reason) {
        public boolean isBaseline() {
            return question.isEmpty() && finding.isEmpty();
        }
    }

    /** For each question the rows weigh, the largest weight one of its answers adds to each option (only positive weights). */
    public Map<String, Map<String, Integer>> swings() {
        Map<String, Map<String, Integer>> swings = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.question().isEmpty() || r.weight() <= 0) {
                continue;
            }
            swings.computeIfAbsent(r.question(), q -> new LinkedHashMap<>()).merge(r.option(), r.weight(), Math::max);
        }
        return swings;
    }
}
