package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighed evidence of one scored topic, as a table: each row is one answer (or finding) value that
 * adds a weight to one option, with the sentence that names it and the reason a report gives. The rows
 * are compiled into evidence rules at load; where the topic {@code settles}, the swings (for each
 * question and each ordered pair of options, the most one answer can lift the first over the second) are
 * computed from the rows, so that the interview stops asking once the leader can no longer be overturned.
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

    /** The options of the topic, in the order of their baseline rows. */
    public List<String> options() {
        List<String> options = new ArrayList<>();
        for (Row r : rows) {
            if (r.isBaseline() && !options.contains(r.option())) {
                options.add(r.option());
            }
        }
        return options;
    }

    /** For each question the rows weigh, what each of its values adds to each option (rows on one value add up). */
    public Map<String, Map<String, Map<String, Integer>>> weightsByAnswer() {
        Map<String, Map<String, Map<String, Integer>>> weights = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.question().isEmpty()) {
                continue;
            }
            for (String v : r.values()) {
                weights.computeIfAbsent(r.question(), q -> new LinkedHashMap<>()).computeIfAbsent(v, x -> new LinkedHashMap<>())
                        .merge(r.option(), r.weight(), Integer::sum);
            }
        }
        return weights;
    }

    /**
     * For each question the rows weigh, each option and each other option: the most one answer to the
     * question can lift the option over the other (the largest difference of their weights over the
     * question's values; a value the table does not weigh, such as unknown, adds nothing to either). Only
     * positive swings are listed.
     */
    public Map<String, Map<String, Map<String, Integer>>> netSwings() {
        Map<String, Map<String, Map<String, Integer>>> swings = new LinkedHashMap<>();
        List<String> options = options();
        weightsByAnswer().forEach((question, byValue) -> {
            for (String option : options) {
                for (String against : options) {
                    if (option.equals(against)) {
                        continue;
                    }
                    int most = 0;
                    for (Map<String, Integer> w : byValue.values()) {
                        most = Math.max(most, w.getOrDefault(option, 0) - w.getOrDefault(against, 0));
                    }
                    if (most > 0) {
                        swings.computeIfAbsent(question, q -> new LinkedHashMap<>()).computeIfAbsent(option, o -> new LinkedHashMap<>())
                                .put(against, most);
                    }
                }
            }
        });
        return swings;
    }
}
