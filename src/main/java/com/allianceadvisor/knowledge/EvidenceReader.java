package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the evidence tables, {@code evidence/<topic>.json}: strict (an unknown key is an error, with the
 * nearest allowed key) and checked against the catalogue and the question bank: the topic is a finding
 * with its options as values, the file is named after it, every option has a baseline row, every row
 * names a question (or a finding) and values it allows, a weight from 0 to {@value #MAX_WEIGHT} and a reason.
 * Problems go to the knowledge loader's list.
 */
final class EvidenceReader {
    static final String FOLDER = "evidence";
    static final int MAX_WEIGHT = 10;
    private static final Set<String> TOP_KEYS = Set.of("$schema", "topic", "area", "settles", "when", "rows");
    private static final Set<String> ROW_KEYS = Set.of("because", "question", "finding", "value", "values", "option", "weight", "reason");

    /** The sentence and condition checks the loader applies to every declaration that becomes a rule. */
    interface Declarations {
        String because(JsonNode n, ContentFile file, String where);

        List<String> conditions(JsonNode n, ContentFile file, String where);

        void keys(JsonNode n, Set<String> allowed, ContentFile file, String where);
    }

    private final List<String> problems;
    private final Set<String> areaIds;
    private final Map<String, Question> questions;
    private final Map<String, FindingDef> findings;
    private final Declarations declarations;

    EvidenceReader(List<String> problems, Set<String> areaIds, Map<String, Question> questions, Map<String, FindingDef> findings,
                   Declarations declarations) {
        this.problems = problems;
        this.areaIds = areaIds;
        this.questions = questions;
        this.findings = findings;
        this.declarations = declarations;
    }

    EvidenceTable read(ContentFile file, JsonNode root) {
        if (root == null) {
            return null;
        }
        String name = file.name();
        declarations.keys(root, TOP_KEYS, file, "table");
        String topic = root.path("topic").asText("");
        FindingDef def = findings.get(topic);
        if (def == null || !FindingDef.SINGLE.equals(def.type())) {
            String near = Nearest.of(topic, findings.keySet());
            problems.add(name + ": 'topic' '" + Echo.of(topic) + "' must be a single-valued finding of the catalogue (its values are the options)"
                    + (near == null ? "" : " (did you mean '" + near + "'?)"));
            return null;
        }
        String base = name.replace('\\', '/').substring(name.replace('\\', '/').lastIndexOf('/') + 1);
        if (!base.equals(topic + ".json")) {
            problems.add(name + ": the table of topic '" + topic + "' must be in " + FOLDER + "/" + topic + ".json");
        }
        String area = root.path("area").asText("");
        if (!areaIds.contains(area)) {
            problems.add(name + ": 'area' '" + Echo.of(area) + "' is not in areas.json; allowed: " + String.join(", ", new TreeSet<>(areaIds)));
        } else if (!area.equals(def.area())) {
            problems.add(name + ": 'area' is '" + area + "' but the catalogue files topic '" + topic + "' under '" + def.area() + "'");
        }
        JsonNode settlesNode = root.get("settles");
        if (settlesNode != null && !settlesNode.isBoolean()) {
            problems.add(name + ": 'settles' must be true or false");
        }
        boolean settles = settlesNode != null && settlesNode.asBoolean();
        if (settles && !findings.containsKey(topic + ".settled")) {
            problems.add(name + ": a topic that settles needs the finding '" + topic + ".settled' in the catalogue (the interview stops on it)");
        }
        List<String> gate = declarations.conditions(root, file, "table");
        JsonNode list = root.get("rows");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(name + ": 'rows' must be a non-empty list of {because, question or finding, value or values, option, weight, reason}");
            return null;
        }
        List<EvidenceTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            EvidenceTable.Row row = row(file, list.get(i), "row " + (i + 1), def, settles);
            if (row != null) {
                rows.add(row);
            }
        }
        Set<String> baselined = new LinkedHashSet<>();
        rows.stream().filter(EvidenceTable.Row::isBaseline).forEach(r -> baselined.add(r.option()));
        for (String option : def.values()) {
            if (!baselined.contains(option)) {
                problems.add(name + ": option '" + option + "' has no baseline row (a row without question or finding, weight 0 if"
                        + " nothing favours it at the start): without one it is not scored until some evidence names it");
            }
        }
        return new EvidenceTable(topic, area, settles, gate, List.copyOf(rows), name);
    }

    private EvidenceTable.Row row(ContentFile file, JsonNode n, String where, FindingDef topic, boolean settles) {
        String name = file.name();
        if (!n.isObject()) {
            problems.add(name + ": " + where + ": expected an object with " + String.join(", ", new TreeSet<>(ROW_KEYS)));
            return null;
        }
        declarations.keys(n, ROW_KEYS, file, where);
        String because = declarations.because(n, file, where);
        String at = where + " \"" + because + "\"";
        String questionId = n.path("question").asText("");
        String findingKey = n.path("finding").asText("");
        if (!questionId.isEmpty() && !findingKey.isEmpty()) {
            problems.add(name + ": " + at + ": weighs either a 'question' or a 'finding', not both");
            return null;
        }
        List<String> values = new ArrayList<>();
        if (n.has("value") && n.has("values")) {
            problems.add(name + ": " + at + ": give 'value' or 'values', not both");
        }
        if (n.has("value")) {
            values.add(n.path("value").asText(""));
        }
        for (JsonNode v : n.path("values")) {
            values.add(v.asText(""));
        }
        if (n.has("values") && (!n.get("values").isArray() || n.get("values").isEmpty())) {
            problems.add(name + ": " + at + ": 'values' must be a non-empty list");
        }
        if (!questionId.isEmpty()) {
            Question q = questions.get(questionId);
            if (q == null || !q.isChoice()) {
                String near = Nearest.of(questionId, questions.keySet());
                problems.add(name + ": " + at + ": question '" + Echo.of(questionId) + "' must be a choice question of the question bank"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
                return null;
            }
            for (String v : values) {
                if (!q.allows(v) || Question.UNKNOWN.equals(v)) {
                    problems.add(name + ": " + at + ": '" + Echo.of(v) + "' is not an answer to " + questionId + "; allowed: " + q.allowedDescription()
                            + " (an 'unknown' answer weighs nothing)");
                }
            }
        } else if (!findingKey.isEmpty()) {
            FindingDef f = findings.get(findingKey);
            if (f == null) {
                String near = Nearest.of(findingKey, findings.keySet());
                problems.add(name + ": " + at + ": finding '" + Echo.of(findingKey) + "' is not in the findings catalogue"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
                return null;
            }
            for (String v : values) {
                if (!f.values().isEmpty() && !f.values().contains(v)) {
                    problems.add(name + ": " + at + ": '" + Echo.of(v) + "' is not a value of finding '" + findingKey + "'; allowed: "
                            + String.join(", ", f.values()));
                }
            }
            if (settles) {
                problems.add(name + ": " + at + ": a topic that settles weighs answers only, so that the swings can be computed from"
                        + " its rows; weigh the question the finding comes from, or set 'settles' to false");
            }
        }
        boolean conditional = !questionId.isEmpty() || !findingKey.isEmpty();
        if (conditional && values.isEmpty()) {
            problems.add(name + ": " + at + ": needs the 'value' (or 'values') of " + (questionId.isEmpty() ? findingKey : questionId) + " that count");
        }
        if (!conditional && !values.isEmpty()) {
            problems.add(name + ": " + at + ": 'value' needs the 'question' or 'finding' it is a value of");
        }
        String option = n.path("option").asText("");
        if (!topic.values().contains(option)) {
            problems.add(name + ": " + at + ": option '" + Echo.of(option) + "' is not a value of " + topic.key() + "; allowed: "
                    + String.join(", ", topic.values()));
        }
        JsonNode w = n.get("weight");
        if (w == null || !w.isInt() || w.asInt() < 0 || w.asInt() > MAX_WEIGHT) {
            problems.add(name + ": " + at + ": 'weight' must be a whole number from 0 to " + MAX_WEIGHT
                    + (w == null ? "" : "; it is " + Echo.of(w.toString())));
        }
        String reason = n.path("reason").asText("");
        if (reason.isBlank() || reason.contains("\n")) {
            problems.add(name + ": " + at + ": 'reason' must be one line saying why the value favours the option (reports show it)");
        }
        return new EvidenceTable.Row(because, questionId, findingKey, List.copyOf(values), option, w == null ? 0 : w.asInt(), reason);
    }
}
