package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the training content of the knowledge base: {@code training.json} (what a trainee predicts per
 * goal), {@code glossary.json} and {@code cases/*.json}. Reading is strict: an unknown key is an error,
 * and every id a term or a case refers to (question, option value, finding, guidance, source, term,
 * goal) must exist. Problems are added to the list the knowledge loader reports.
 */
final class TrainingContentReader {
    private static final String CASE_ID = "[a-z0-9][a-z0-9-]*";
    private static final String TERM_ID = "[a-z][a-z0-9_]*";
    private static final Set<String> CASE_KEYS = TrainingCase.KEYS;
    private static final Set<String> TERM_KEYS = Set.of("id", "term", "aliases", "definition", "example", "related",
            "sources", "questions", "findings", "guidance");
    private static final Set<String> ITEM_KEYS = Set.of("key", "goal", "finding", "label", "kind", "pick", "scale", "rankBy");
    private static final int MIN_NARRATIVE_WORDS = 150;
    private static final int MAX_NARRATIVE_WORDS = 400;

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> problems;
    private final Set<String> areaIds;
    private final Map<String, Source> sources;
    private final Map<String, Question> questions;
    private final Map<String, Guidance> guidance;
    private final Map<String, FindingDef> findings;

    TrainingContentReader(List<String> problems, Set<String> areaIds, Map<String, Source> sources,
                          Map<String, Question> questions, Map<String, Guidance> guidance, Map<String, FindingDef> findings) {
        this.problems = problems;
        this.areaIds = areaIds;
        this.sources = sources;
        this.questions = questions;
        this.guidance = guidance;
        this.findings = findings;
    }

    // ------------------------------------------------------------------ training.json

    List<PredictionItem> predictions(ContentFile file) {
        List<PredictionItem> items = new ArrayList<>();
        if (file == null) {
            return items;
        }
        JsonNode root = parse(file, Set.of("$schema", "predictions"));
        if (root == null) {
            return items;
        }
        Set<String> keys = new java.util.HashSet<>();
        for (JsonNode n : list(root, "predictions", file, "")) {
            String key = text(n, "key", file, "prediction");
            if (key == null) {
                continue;
            }
            String where = "prediction '" + key + "'";
            keys(n, ITEM_KEYS, file, where);
            if (!keys.add(key)) {
                problems.add(file.name() + ": " + where + " is defined twice");
            }
            String goal = text(n, "goal", file, where);
            if (goal != null && !areaIds.contains(goal)) {
                problems.add(file.name() + ": " + where + ": goal '" + goal + "' is not in areas.json; allowed: " + String.join(", ", areaIds));
            }
            String finding = text(n, "finding", file, where);
            FindingDef def = finding == null ? null : findings.get(finding);
            if (finding != null && def == null) {
                problems.add(file.name() + ": " + where + ": finding '" + finding + "' is not in the findings catalogue");
            }
            String kind = n.path("kind").asText(PredictionItem.SINGLE);
            int pick = n.path("pick").asInt(0);
            if (!List.of(PredictionItem.SINGLE, PredictionItem.LIST, PredictionItem.PICK).contains(kind)) {
                problems.add(file.name() + ": " + where + ": kind '" + kind + "' is not allowed; allowed: single, list, pick");
            } else if (def != null && kind.equals(PredictionItem.SINGLE) == def.isList()) {
                problems.add(file.name() + ": " + where + ": kind '" + kind + "' does not fit the " + def.type() + " finding '" + finding + "'");
            } else if (kind.equals(PredictionItem.PICK) && pick < 1) {
                problems.add(file.name() + ": " + where + ": kind 'pick' needs 'pick', a whole number of at least 1");
            }
            List<String> scale = strings(n.path("scale"));
            if (def != null) {
                for (String v : scale) {
                    if (!def.values().contains(v)) {
                        problems.add(file.name() + ": " + where + ": scale value '" + v + "' is not a value of '" + finding + "'");
                    }
                }
            }
            String rankBy = n.path("rankBy").asText("");
            if (!rankBy.isEmpty() && def != null) {
                for (String v : def.values()) {
                    FindingDef rank = findings.get(rankBy + v);
                    if (rank == null || !rank.isNumber()) {
                        problems.add(file.name() + ": " + where + ": rankBy needs the number finding '" + rankBy + v + "'");
                    }
                }
            }
            items.add(new PredictionItem(key, goal, finding, n.path("label").asText(def == null ? key : def.title()), kind,
                    pick, List.copyOf(scale), rankBy));
        }
        return items;
    }

    // ------------------------------------------------------------------ glossary.json

    Map<String, Term> glossary(ContentFile file) {
        Map<String, Term> terms = new LinkedHashMap<>();
        if (file == null) {
            return terms;
        }
        JsonNode root = parse(file, Set.of("$schema", "terms"));
        if (root == null) {
            return terms;
        }
        for (JsonNode n : list(root, "terms", file, "")) {
            String id = text(n, "id", file, "term");
            if (id == null) {
                continue;
            }
            String where = "term '" + id + "'";
            if (!id.matches(TERM_ID)) {
                problems.add(file.name() + ": " + where + ": the id must be lower_snake_case");
            }
            keys(n, TERM_KEYS, file, where);
            List<String> ids = strings(n.path("questions"));
            ids.stream().filter(q -> !questions.containsKey(q))
                    .forEach(q -> problems.add(file.name() + ": " + where + ": question '" + q + "' is not in the question bank"));
            List<String> keys = strings(n.path("findings"));
            keys.stream().filter(k -> !findings.containsKey(k))
                    .forEach(k -> problems.add(file.name() + ": " + where + ": finding '" + k + "' is not in the findings catalogue"));
            List<String> advice = strings(n.path("guidance"));
            advice.stream().filter(g -> !guidance.containsKey(g))
                    .forEach(g -> problems.add(file.name() + ": " + where + ": guidance '" + g + "' is not a guidance id"));
            Term t = new Term(id, text(n, "term", file, where), strings(n.path("aliases")), text(n, "definition", file, where),
                    text(n, "example", file, where), strings(n.path("related")), citations(n, file, where), ids, keys, advice);
            if (terms.put(id, t) != null) {
                problems.add(file.name() + ": " + where + " is defined twice");
            }
        }
        for (Term t : terms.values()) {
            for (String r : t.related()) {
                if (!terms.containsKey(r)) {
                    problems.add(file.name() + ": term '" + t.id() + "': related term '" + r + "' is not in the glossary");
                }
            }
        }
        return terms;
    }

    // ------------------------------------------------------------------ cases/*.json

    TrainingCase trainingCase(ContentFile file) {
        JsonNode n = parse(file, CASE_KEYS);
        if (n == null) {
            return null;
        }
        String id = text(n, "id", file, "");
        if (id == null) {
            return null;
        }
        String base = file.name().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        if (!id.matches(CASE_ID)) {
            problems.add(file.name() + ": field 'id': '" + id + "' must be lowercase letters, digits and '-'");
        } else if (!id.equals(base)) {
            problems.add(file.name() + ": field 'id': '" + id + "' must match the file name (" + base + ".json)");
        }
        List<String> goals = strings(n.path("goals"));
        if (goals.isEmpty()) {
            problems.add(file.name() + ": field 'goals' must list at least one goal; allowed: " + String.join(", ", areaIds));
        }
        goals.stream().filter(g -> !areaIds.contains(g)).forEach(g -> problems.add(file.name() + ": field 'goals': '" + g
                + "' is not a goal; allowed: " + String.join(", ", areaIds)));
        int difficulty = n.path("difficulty").asInt(0);
        if (!n.path("difficulty").isInt() || difficulty < 1 || difficulty > 3) {
            problems.add(file.name() + ": field 'difficulty' must be 1, 2 or 3");
        }
        if (!n.path("year").isInt()) {
            problems.add(file.name() + ": field 'year' must be a whole number");
        }
        String narrative = text(n, "narrative", file, "");
        if (narrative != null) {
            int words = narrative.trim().split("\\s+").length;
            if (words < MIN_NARRATIVE_WORDS || words > MAX_NARRATIVE_WORDS) {
                problems.add(file.name() + ": field 'narrative' has " + words + " words; allowed: " + MIN_NARRATIVE_WORDS
                        + " to " + MAX_NARRATIVE_WORDS);
            }
        }
        Map<String, String> answers = answers(n, "answers", file);
        Map<String, String> partnerAnswers = answers(n, "partnerAnswers", file);
        Map<String, String> coding = notes(n, "coding", file);
        Map<String, String> partnerCoding = notes(n, "partnerCoding", file);
        sameKeys(file, "coding", coding, "answers", answers);
        sameKeys(file, "partnerCoding", partnerCoding, "partnerAnswers", partnerAnswers);
        Map<String, List<TrainingCase.Debrief>> debrief = debrief(n, file, goals);
        List<String> partners = strings(n.path("partners"));
        if (partners.isEmpty()) {
            problems.add(file.name() + ": field 'partners' must name at least one partner");
        }
        expect(n, file);
        return new TrainingCase(id, text(n, "title", file, ""), n.path("year").asInt(), text(n, "industry", file, ""), partners,
                goals, difficulty, narrative, answers, partnerAnswers, coding, partnerCoding, text(n, "whatHappened", file, ""),
                debrief, citations(n, file, "field 'sources'"), file);
    }

    /** The regression expectation: what the advisor concluded when the case was written; every id is checked. */
    private void expect(JsonNode root, ContentFile file) {
        JsonNode e = root.get("expect");
        if (e == null || !e.isObject() || e.isEmpty()) {
            problems.add(file.name() + ": field 'expect' is required: the findings and advice the advisor concludes from the case (kb test checks them)");
            return;
        }
        keys(e, Set.of("findings", "advicePresent", "adviceAbsent", "pendingQuestions", "sensitivity"), file, "field 'expect'");
        e.path("findings").fieldNames().forEachRemaining(k -> {
            if (!findings.containsKey(k)) {
                problems.add(file.name() + ": field 'expect.findings." + k + "': not in the findings catalogue");
            }
        });
        for (String list : List.of("advicePresent", "adviceAbsent")) {
            for (JsonNode g : e.path(list)) {
                if (!guidance.containsKey(g.asText())) {
                    problems.add(file.name() + ": field 'expect." + list + "': '" + g.asText() + "' is not a guidance id");
                }
            }
        }
        for (JsonNode q : e.path("pendingQuestions")) {
            if (!questions.containsKey(q.asText())) {
                problems.add(file.name() + ": field 'expect.pendingQuestions': '" + q.asText() + "' is not a question id");
            }
        }
    }

    private Map<String, String> answers(JsonNode root, String field, ContentFile file) {
        Map<String, String> answers = new LinkedHashMap<>();
        JsonNode node = root.get(field);
        if (node == null) {
            if (field.equals("answers")) {
                problems.add(file.name() + ": field 'answers' is required: the case coded as answers to the advisor's questions");
            }
            return answers;
        }
        if (!node.isObject()) {
            problems.add(file.name() + ": field '" + field + "' must be an object: question id to value");
            return answers;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Question q = questions.get(e.getKey());
            if (q == null) {
                problems.add(file.name() + ": field '" + field + "." + e.getKey() + "': not a question id");
                continue;
            }
            String value = e.getValue().isValueNode() ? e.getValue().asText() : null;
            String normal = value == null ? null : q.normalise(value).orElse(null);
            if (normal == null) {
                problems.add(file.name() + ": field '" + field + "." + e.getKey() + "': '" + e.getValue() + "' is not allowed; allowed: "
                        + q.allowedDescription());
                continue;
            }
            answers.put(e.getKey(), normal);
        }
        return answers;
    }

    private Map<String, String> notes(JsonNode root, String field, ContentFile file) {
        Map<String, String> notes = new LinkedHashMap<>();
        JsonNode node = root.path(field);
        if (node.isMissingNode()) {
            return notes;
        }
        if (!node.isObject()) {
            problems.add(file.name() + ": field '" + field + "' must be an object: question id to a note");
            return notes;
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problems.add(file.name() + ": field '" + field + "." + e.getKey() + "' must be a note (text)");
            } else {
                notes.put(e.getKey(), e.getValue().asText());
            }
        });
        return notes;
    }

    private void sameKeys(ContentFile file, String notesField, Map<String, String> notes, String answersField, Map<String, String> answers) {
        for (String q : answers.keySet()) {
            if (!notes.containsKey(q)) {
                problems.add(file.name() + ": field '" + notesField + "." + q + "' is missing: every answer needs a note saying which fact supports it");
            }
        }
        for (String q : notes.keySet()) {
            if (!answers.containsKey(q)) {
                problems.add(file.name() + ": field '" + notesField + "." + q + "': there is no such key in '" + answersField + "'");
            }
        }
    }

    private Map<String, List<TrainingCase.Debrief>> debrief(JsonNode root, ContentFile file, List<String> goals) {
        Map<String, List<TrainingCase.Debrief>> debrief = new LinkedHashMap<>();
        JsonNode node = root.path("debrief");
        if (!node.isObject()) {
            problems.add(file.name() + ": field 'debrief' must be an object: goal to discussion questions");
            return debrief;
        }
        node.fields().forEachRemaining(e -> {
            String where = file.name() + ": field 'debrief." + e.getKey() + "'";
            if (!goals.contains(e.getKey())) {
                problems.add(where + ": '" + e.getKey() + "' is not one of the case's goals (" + String.join(", ", goals) + ")");
            }
            List<TrainingCase.Debrief> questions = new ArrayList<>();
            if (!e.getValue().isArray() || e.getValue().size() < 2 || e.getValue().size() > 4) {
                problems.add(where + " must list 2 to 4 discussion questions");
            }
            for (JsonNode q : e.getValue()) {
                if (!q.isObject()) {
                    problems.add(where + ": each entry must be {\"question\": ..., \"points\": [...]}");
                    continue;
                }
                keys(q, Set.of("question", "points"), file, "debrief '" + e.getKey() + "'");
                List<String> points = strings(q.path("points"));
                if (!q.path("question").isTextual() || points.isEmpty()) {
                    problems.add(where + ": each entry needs a 'question' and at least one of the 'points'");
                    continue;
                }
                questions.add(new TrainingCase.Debrief(q.path("question").asText(), List.copyOf(points)));
            }
            debrief.put(e.getKey(), List.copyOf(questions));
        });
        for (String goal : goals) {
            if (!debrief.containsKey(goal)) {
                problems.add(file.name() + ": field 'debrief." + goal + "' is missing: every goal of the case needs its debrief");
            }
        }
        return debrief;
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode parse(ContentFile file, Set<String> allowed) {
        JsonNode node;
        try {
            node = mapper.readTree(file.text());
        } catch (JsonProcessingException e) {
            problems.add(JsonSyntax.describe(file.name(), e));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(file.name() + ": expected a JSON object at the top");
            return null;
        }
        keys(node, allowed, file, "");
        return node;
    }

    /** An unknown key is an error naming the allowed keys, with the nearest one as a hint. */
    private void keys(JsonNode node, Set<String> allowed, ContentFile file, String where) {
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                String near = Nearest.of(k, allowed);
                problems.add(file.name() + ": " + (where.isEmpty() ? "" : where + ": ") + "unknown key '" + k + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + "; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }

    private List<JsonNode> list(JsonNode parent, String field, ContentFile file, String where) {
        List<JsonNode> list = new ArrayList<>();
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            problems.add(file.name() + ": " + where + "'" + field + "' must be a list");
            return list;
        }
        n.forEach(list::add);
        return list;
    }

    private String text(JsonNode n, String field, ContentFile file, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(file.name() + ": " + (where.isEmpty() ? "" : where + ": ") + "field '" + field + "' is required (text)");
            return null;
        }
        return v.asText();
    }

    private List<String> citations(JsonNode n, ContentFile file, String where) {
        List<String> ids = strings(n.path("sources"));
        if (ids.isEmpty()) {
            problems.add(file.name() + ": " + where + ": 'sources' must cite at least one source id");
        }
        ids.stream().filter(id -> !sources.isEmpty() && !sources.containsKey(id)) // empty: sources.json is unreadable, reported once
                .forEach(id -> problems.add(file.name() + ": " + where + ": source '" + id + "' is not in sources.json; allowed: "
                        + String.join(", ", sources.keySet())));
        return ids;
    }

    private static List<String> strings(JsonNode n) {
        List<String> list = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> list.add(x.asText()));
        }
        return List.copyOf(list);
    }
}
