package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code crosswalks.json}: strict (an unknown key is an error) and checked against the questions
 * (the scale and every question a model answers must exist, every scale value must be mapped, every
 * mapped value must be one the question allows). Problems go to the knowledge loader's list.
 */
final class CrosswalkReader {
    static final String FILE = "crosswalks.json";
    private static final Set<String> TOP_KEYS = Set.of("$schema", "crosswalks");
    private static final Set<String> KEYS = Set.of("scale", "title", "goals", "models", "sources", "locators", "basis");
    private static final Set<String> MODEL_KEYS = Set.of("id", "label", "question", "values", "unknownText");
    private static final String PLAIN = "[A-Za-z0-9_.-]+";

    private final List<String> problems;
    private final Set<String> areaIds;
    private final Map<String, Question> questions;
    private final BiFunction<JsonNode, String, Citations> citations;

    CrosswalkReader(List<String> problems, Set<String> areaIds, Map<String, Question> questions,
                    BiFunction<JsonNode, String, Citations> citations) {
        this.problems = problems;
        this.areaIds = areaIds;
        this.questions = questions;
        this.citations = citations;
    }

    List<Crosswalk> read(ContentFile file, JsonNode root) {
        List<Crosswalk> result = new ArrayList<>();
        if (file == null || root == null) {
            return result;
        }
        String name = file.name();
        keys(root, TOP_KEYS, name, "");
        JsonNode list = root.get("crosswalks");
        if (list == null || !list.isArray()) {
            problems.add(name + ": 'crosswalks' must be a list");
            return result;
        }
        Set<String> targets = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Crosswalk c = crosswalk(name, list.get(i), "crosswalk " + (i + 1), targets);
            if (c != null) {
                result.add(c);
            }
        }
        return List.copyOf(result);
    }

    private Crosswalk crosswalk(String file, JsonNode n, String where, Set<String> targets) {
        if (!n.isObject()) {
            problems.add(file + ": " + where + ": expected an object with " + String.join(", ", KEYS));
            return null;
        }
        keys(n, KEYS, file, where + ": ");
        String scaleId = n.path("scale").asText("");
        Question scale = questions.get(scaleId);
        if (scale == null || !scale.isChoice()) {
            problems.add(file + ": " + where + ": 'scale' '" + Echo.of(scaleId) + "' must be a choice question of the question bank");
            return null;
        }
        where = "crosswalk '" + scaleId + "'";
        List<String> values = new ArrayList<>();
        scale.options().forEach(o -> values.add(o.value()));
        List<String> goals = new ArrayList<>();
        for (JsonNode g : n.path("goals")) {
            if (!areaIds.contains(g.asText())) {
                problems.add(file + ": " + where + ": goal '" + Echo.of(g.asText()) + "' is not in areas.json; allowed: " + String.join(", ", areaIds));
            }
            goals.add(g.asText());
        }
        String title = n.path("title").asText("");
        if (!title.isEmpty() && goals.isEmpty()) {
            problems.add(file + ": " + where + ": a crosswalk with a title needs 'goals' (the goals whose report shows it)");
        }
        List<Crosswalk.Model> models = new ArrayList<>();
        JsonNode list = n.get("models");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(file + ": " + where + ": 'models' must be a non-empty list");
            return null;
        }
        for (JsonNode m : list) {
            Crosswalk.Model model = model(file, where, m, scale, values, targets, !title.isEmpty());
            if (model != null) {
                models.add(model);
            }
        }
        Citations cited = citations.apply(n, where);
        View view = title.isEmpty() ? null : view(file, scale, title, goals, models, cited);
        return new Crosswalk(scaleId, List.copyOf(goals), List.copyOf(models), view, file);
    }

    private Crosswalk.Model model(String file, String where, JsonNode m, Question scale, List<String> values, Set<String> targets,
                                  boolean shown) {
        keys(m, MODEL_KEYS, file, where + ": model: ");
        String id = m.path("id").asText("");
        String label = m.path("label").asText("");
        if (id.isEmpty() || label.isEmpty()) {
            problems.add(file + ": " + where + ": every model needs an 'id' and a 'label'");
            return null;
        }
        String at = where + ", model '" + id + "'";
        String questionId = m.path("question").asText("");
        Question target = questionId.isEmpty() ? null : questions.get(questionId);
        if (!questionId.isEmpty()) {
            if (target == null || !target.isChoice()) {
                problems.add(file + ": " + at + ": question '" + Echo.of(questionId) + "' must be a choice question of the question bank");
                return null;
            }
            if (questionId.equals(scale.id())) {
                problems.add(file + ": " + at + ": a model cannot answer the scale itself");
            }
            if (!targets.add(questionId)) {
                problems.add(file + ": " + at + ": question '" + questionId + "' is already answered by another crosswalk model");
            }
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        JsonNode v = m.path("values");
        if (!v.isObject()) {
            problems.add(file + ": " + at + ": 'values' must map each value of " + scale.id() + " (" + String.join(", ", values) + ")");
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!values.contains(e.getKey())) {
                problems.add(file + ": " + at + ": '" + Echo.of(e.getKey()) + "' is not a value of " + scale.id() + "; allowed: " + String.join(", ", values));
                continue;
            }
            String to = e.getValue().asText("");
            if (target != null && (!to.matches(PLAIN) || !target.allows(to))) {
                problems.add(file + ": " + at + ": '" + Echo.of(to) + "' is not an answer to " + questionId + "; allowed: " + target.allowedDescription());
                continue;
            }
            if (to.isBlank()) {
                problems.add(file + ": " + at + ": the value for '" + e.getKey() + "' must be text");
                continue;
            }
            mapped.put(e.getKey(), to);
        }
        for (String value : values) {
            boolean required = target != null || !Question.UNKNOWN.equals(value);
            if (required && !v.has(value)) {
                problems.add(file + ": " + at + ": value '" + value + "' of " + scale.id() + " is not mapped"
                        + (target != null ? " (map it to 'unknown' to leave it to further questions)" : ""));
            }
        }
        String unknownText = m.path("unknownText").asText("");
        if (shown && target != null && mapped.containsValue(Question.UNKNOWN) && unknownText.isEmpty()) {
            problems.add(file + ": " + at + ": 'unknownText' is required: the table shows it where the scale leaves " + questionId + " open");
        }
        // in the order of the file: the generated rules (and so the cache key of the compiled rules) must be the same in every process
        return new Crosswalk.Model(id, label, questionId, java.util.Collections.unmodifiableMap(mapped), unknownText);
    }

    private View view(String file, Question scale, String title, List<String> goals, List<Crosswalk.Model> models, Citations cited) {
        List<View.Item> rows = new ArrayList<>();
        for (Option o : scale.options()) {
            if (!Question.UNKNOWN.equals(o.value())) {
                rows.add(new View.Item(o.value(), o.label()));
            }
        }
        List<View.Item> columns = new ArrayList<>();
        models.forEach(m -> columns.add(new View.Item(m.id(), m.label())));
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        for (View.Item row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            for (Crosswalk.Model m : models) {
                String value = m.values().getOrDefault(row.id(), "");
                if (m.answersQuestion()) {
                    value = Question.UNKNOWN.equals(value) ? m.unknownText() : questions.get(m.question()).label(value);
                }
                line.put(m.id(), value);
            }
            cells.put(row.id(), line);
        }
        return new View("crosswalk_" + scale.id(), goals.isEmpty() ? "" : goals.get(0), View.TABLE, title, "", List.copyOf(rows),
                List.copyOf(columns), cells, List.of(), cited, file, null);
    }

    private void keys(JsonNode n, Set<String> allowed, String file, String where) {
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problems.add(file + ": " + where + "unknown key '" + Echo.of(k) + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }
}
