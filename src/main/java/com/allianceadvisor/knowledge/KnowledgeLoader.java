package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code knowledge-base/} into immutable types and checks it: required fields, duplicate ids,
 * option lists, citations. Every problem names the file and the id; all problems are reported at once.
 */
public final class KnowledgeLoader {
    private static final String ID_PATTERN = "[a-z][a-z0-9_]*";
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> problems = new ArrayList<>();
    /** sources.json could not be parsed: its error is the one message, not one per citation it would have held. */
    private boolean sourcesUnreadable;

    private KnowledgeLoader() {
    }

    public static KnowledgeBase load(ContentFolder folder) {
        return new KnowledgeLoader().read(folder);
    }

    private KnowledgeBase read(ContentFolder folder) {
        if (!folder.exists()) {
            throw new KnowledgeException(folder.describe() + ": the knowledge-base folder does not exist");
        }
        ContentFile areasFile = folder.read("areas.json");
        List<Area> areas = readAreas(areasFile, folder);
        Set<String> areaIds = new HashSet<>();
        areas.forEach(a -> areaIds.add(a.id()));
        List<String> defaultGoals = defaultGoals(areasFile, areaIds);
        List<String> strengths = strengths(areasFile);
        List<String> portfolioGoals = portfolioGoals(areasFile, areaIds);
        Map<String, Source> sources = readSources(folder.read("sources.json"), folder);

        Map<String, Question> questions = new LinkedHashMap<>();
        for (ContentFile file : folder.list("questions", ".json")) {
            readQuestions(file, areaIds, sources, questions);
        }
        Map<String, Guidance> guidance = new LinkedHashMap<>();
        for (ContentFile file : folder.list("guidance", ".json")) {
            readGuidance(file, areaIds, sources, guidance);
        }
        checkSameAs(guidance);
        Map<String, FindingDef> findings = new LinkedHashMap<>();
        for (ContentFile file : folder.list("findings", ".json")) {
            readFindings(file, areaIds, findings, questions);
        }
        checkRanks(findings);
        checkGiven(guidance, findings, strengths);
        List<EvidenceTable> evidence = readEvidence(folder, areaIds, questions, findings);
        List<RuleTable> tables = readTables(folder, areaIds);
        checkSummaries(areasFile, areas, findings);
        List<View> views = new ArrayList<>();
        for (ContentFile file : folder.list("views", ".json")) {
            readView(file, areaIds, sources, findings, views);
        }
        for (String[] c : cellNames) {
            if (!findings.containsKey(c[3]) && !questions.containsKey(c[3])) {
                String near = Nearest.of(c[3], findings.keySet());
                problems.add(c[0] + ": " + c[1] + ": cell '" + c[2] + "' names '{" + Echo.of(c[3]) + "}', which is neither a finding of the catalogue nor a question"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
            }
        }
        for (View view : views) {
            if (!View.COMPARE.equals(view.type())) {
                continue;
            }
            for (View.Item row : view.rows()) {
                Question q = questions.get(row.id());
                if (q == null || !q.isNumber() || !q.joint()) {
                    problems.add(view.file() + ": view '" + view.id() + "': row '" + Echo.of(row.id())
                            + "' must be a joint number question (one the partner rates too)");
                }
                if (row.label().isBlank()) {
                    problems.add(view.file() + ": view '" + view.id() + "': row '" + row.id() + "' needs a short 'label'");
                }
            }
        }
        ContentFile crosswalkFile = folder.read(CrosswalkReader.FILE);
        List<Crosswalk> crosswalks = new CrosswalkReader(problems, areaIds, questions,
                (n, where) -> citations(n, crosswalkFile, where, sources)).read(crosswalkFile, crosswalkFile == null ? null : parse(crosswalkFile));
        TrainingContentReader training = new TrainingContentReader(problems, areaIds, sources, questions, guidance, findings);
        List<PredictionItem> predictions = training.predictions(folder.read("training.json"));
        Map<String, Term> glossary = training.glossary(folder.read("glossary.json"));
        Map<String, TrainingCase> cases = new LinkedHashMap<>();
        for (ContentFile file : folder.list("cases", ".json")) {
            TrainingCase c = training.trainingCase(file);
            if (c != null && cases.put(c.id(), c) != null) {
                problems.add(file.name() + ": case '" + c.id() + "' is defined twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new KnowledgeBase(folder.describe(), List.copyOf(areas), defaultGoals, strengths, Collections.unmodifiableMap(sources),
                Collections.unmodifiableMap(questions), Collections.unmodifiableMap(guidance),
                Collections.unmodifiableMap(findings), List.copyOf(views), Collections.unmodifiableMap(cases),
                Collections.unmodifiableMap(glossary), List.copyOf(predictions), portfolioGoals, version(areasFile),
                crosswalks, KnowledgeBase.positions(questions.keySet()), KnowledgeBase.positions(areas.stream().map(Area::id).toList()),
                List.copyOf(evidence), List.copyOf(tables));
    }

    /** The checks every declaration that becomes a rule gets, for the table readers. */
    private final EvidenceReader.Declarations declarations = new EvidenceReader.Declarations() {
        @Override
        public String because(JsonNode n, ContentFile file, String where) {
            return KnowledgeLoader.this.because(n, file, where);
        }

        @Override
        public List<String> conditions(JsonNode n, ContentFile file, String where) {
            return KnowledgeLoader.this.conditions(n, file, where);
        }

        @Override
        public void keys(JsonNode n, Set<String> allowed, ContentFile file, String where) {
            KnowledgeLoader.this.keys(n, allowed, file, where);
        }
    };

    private List<RuleTable> readTables(ContentFolder folder, Set<String> areaIds) {
        RuleTableReader reader = new RuleTableReader(problems, areaIds, declarations);
        return readAll(folder, RuleTableReader.FOLDER, reader::read, RuleTable::table, RuleTable::file, "table");
    }

    private List<EvidenceTable> readEvidence(ContentFolder folder, Set<String> areaIds, Map<String, Question> questions,
                                             Map<String, FindingDef> findings) {
        EvidenceReader reader = new EvidenceReader(problems, areaIds, questions, findings, declarations);
        return readAll(folder, EvidenceReader.FOLDER, reader::read, EvidenceTable::topic, EvidenceTable::file, "the table of topic");
    }

    /** Every file of a folder read into one item each (null: refused, its problems listed), each name given once. */
    private <T> List<T> readAll(ContentFolder folder, String sub, java.util.function.BiFunction<ContentFile, JsonNode, T> read,
                                java.util.function.Function<T, String> name, java.util.function.Function<T, String> fileOf, String what) {
        Map<String, T> items = new LinkedHashMap<>();
        for (ContentFile file : folder.list(sub, ".json")) {
            T item = read.apply(file, parse(file));
            if (item != null) {
                T previous = items.put(name.apply(item), item);
                if (previous != null) {
                    problems.add(file.name() + ": " + what + " '" + name.apply(item) + "' is also defined in " + fileOf.apply(previous));
                }
            }
        }
        return new ArrayList<>(items.values());
    }

    private JsonNode parse(ContentFile file) {
        try {
            JsonNode node = mapper.readTree(file.text());
            if (node == null || !node.isObject()) {
                problems.add(file.name() + ": expected a JSON object at the top");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(JsonSyntax.describe(file.name(), e));
            return null;
        }
    }

    private List<Area> readAreas(ContentFile file, ContentFolder folder) {
        List<Area> areas = new ArrayList<>();
        if (file == null) {
            problems.add(folder.describe() + "/areas.json: missing (it lists the goals a user can pick)");
            return areas;
        }
        JsonNode root = parse(file);
        if (root != null) {
            keys(root, AREAS_FILE_KEYS, file, "top level");
        }
        for (JsonNode n : array(root, "areas", file, "")) {
            String id = id(n, file, "area");
            if (id != null) {
                keys(n, AREA_KEYS, file, "area '" + id + "'");
                areas.add(new Area(id, text(n, "title", file, "area '" + id + "'"), optional(n, "description"),
                        optional(n, "summary"), optional(n, "confidence"), strings(n.path("weakConfidence"))));
            }
        }
        return areas;
    }

    /** The knowledge base's own version, from areas.json ("unversioned" when it names none). */
    private String version(ContentFile file) {
        JsonNode root = file == null ? null : parseQuietly(file);
        return root != null && root.path("version").isTextual() ? root.path("version").asText() : "unversioned";
    }

    private List<String> defaultGoals(ContentFile file, Set<String> areaIds) {
        List<String> goals = new ArrayList<>();
        JsonNode root = file == null ? null : parseQuietly(file);
        if (root != null) {
            root.path("defaultGoals").forEach(g -> goals.add(g.asText()));
        }
        for (String g : goals) {
            if (!areaIds.contains(g)) {
                problems.add(file.name() + ": default goal '" + g + "' is not an area id");
            }
        }
        if (goals.isEmpty() && file != null) {
            problems.add(file.name() + ": 'defaultGoals' must list at least one area id");
        }
        return List.copyOf(goals);
    }

    private List<String> portfolioGoals(ContentFile file, Set<String> areaIds) {
        List<String> goals = new ArrayList<>();
        JsonNode root = file == null ? null : parseQuietly(file);
        if (root != null) {
            root.path("portfolioGoals").forEach(g -> goals.add(g.asText()));
        }
        for (String g : goals) {
            if (!areaIds.contains(g)) {
                problems.add(file.name() + ": portfolio goal '" + g + "' is not an area id");
            }
        }
        return List.copyOf(goals);
    }

    private List<String> strengths(ContentFile file) {
        List<String> strengths = new ArrayList<>();
        JsonNode root = file == null ? null : parseQuietly(file);
        if (root != null) {
            root.path("strengths").forEach(g -> strengths.add(g.asText()));
        }
        if (strengths.isEmpty() && file != null) {
            problems.add(file.name() + ": 'strengths' must list the advice strengths, strongest first");
        }
        return List.copyOf(strengths);
    }

    private JsonNode parseQuietly(ContentFile file) {
        try {
            return mapper.readTree(file.text());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Map<String, Source> readSources(ContentFile file, ContentFolder folder) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (file == null) {
            problems.add(folder.describe() + "/sources.json: missing (it lists every citation id)");
            return sources;
        }
        JsonNode root = parse(file);
        if (root != null) {
            keys(root, Set.of("$schema", "sources"), file, "top level");
        } else {
            sourcesUnreadable = true;
        }
        for (JsonNode n : array(root, "sources", file, "")) {
            String id = id(n, file, "source");
            if (id != null) {
                keys(n, Set.of("id", "reference", "seed"), file, "source '" + id + "'");
            }
            if (id != null && sources.put(id, new Source(id, text(n, "reference", file, "source '" + id + "'"),
                    optional(n, "seed"))) != null) {
                problems.add(file.name() + ": source '" + id + "' is defined twice");
            }
        }
        return sources;
    }

    private void readQuestions(ContentFile file, Set<String> areaIds, Map<String, Source> sources,
                               Map<String, Question> questions) {
        JsonNode root = parse(file);
        if (root == null) {
            return;
        }
        keys(root, Set.of("$schema", "area", "questions"), file, "top level");
        String area = checkArea(root, file, areaIds);
        for (JsonNode n : array(root, "questions", file, "")) {
            String id = id(n, file, "question");
            if (id == null) {
                continue;
            }
            String where = "question '" + id + "'";
            keys(n, QUESTION_KEYS, file, where);
            String type = n.path("type").asText(Question.CHOICE);
            List<Option> options = new ArrayList<>();
            int min = 0;
            int max = 0;
            if (Question.CHOICE.equals(type)) {
                Set<String> values = new HashSet<>();
                for (JsonNode o : array(n, "options", file, where + " ")) {
                    String value = text(o, "value", file, where + " option");
                    keys(o, Set.of("value", "label"), file, where + " option '" + value + "'");
                    if (value != null && !values.add(value)) {
                        problems.add(file.name() + ": " + where + ": option '" + value + "' appears twice");
                    }
                    options.add(new Option(value, text(o, "label", file, where + " option '" + value + "'")));
                }
                if (options.isEmpty() || !Question.UNKNOWN.equals(options.get(options.size() - 1).value())) {
                    problems.add(file.name() + ": " + where + ": the last option must be 'unknown'");
                }
            } else if (Question.NUMBER.equals(type)) {
                if (!n.path("min").isInt() || !n.path("max").isInt() || n.path("min").asInt() >= n.path("max").asInt()) {
                    problems.add(file.name() + ": " + where + ": a number question needs whole numbers 'min' < 'max'");
                }
                min = n.path("min").asInt();
                max = n.path("max").asInt();
            } else if (Question.TEXT.equals(type)) {
                min = 1;
                max = n.path("maxLength").asInt(80);
                if (max < 1) {
                    problems.add(file.name() + ": " + where + ": 'maxLength' must be a whole number of 1 or more");
                }
            } else {
                problems.add(file.name() + ": " + where + ": type '" + type + "' is not allowed; allowed: choice, number, text");
            }
            Question q = new Question(id, area, text(n, "text", file, where), text(n, "help", file, where), type,
                    List.copyOf(options), min, max, n.path("joint").asBoolean(false), citations(n, file, where, sources), file.name(),
                    n.path("identity").asBoolean(false), optional(n, "assumedIfUnknown"), asks(n, file, where, areaIds));
            Question previous = questions.put(id, q);
            if (previous != null) {
                problems.add(file.name() + ": " + where + " is already defined in " + previous.file());
            }
        }
    }

    private void readGuidance(ContentFile file, Set<String> areaIds, Map<String, Source> sources,
                              Map<String, Guidance> guidance) {
        JsonNode root = parse(file);
        if (root == null) {
            return;
        }
        keys(root, Set.of("$schema", "area", "guidance"), file, "top level");
        String area = checkArea(root, file, areaIds);
        for (JsonNode n : array(root, "guidance", file, "")) {
            String id = id(n, file, "guidance");
            if (id == null) {
                continue;
            }
            String where = "guidance '" + id + "'";
            keys(n, GUIDANCE_KEYS, file, where);
            List<String> actions = new ArrayList<>();
            n.path("actions").forEach(a -> actions.add(a.asText()));
            Guidance g = new Guidance(id, area, text(n, "title", file, where), text(n, "text", file, where),
                    List.copyOf(actions), citations(n, file, where, sources), file.name(), optional(n, "sameAs"), optional(n, "noteOn"),
                    given(n, file, where));
            Guidance previous = guidance.put(id, g);
            if (previous != null) {
                problems.add(file.name() + ": " + where + " is already defined in " + previous.file());
            }
        }
    }

    private void readFindings(ContentFile file, Set<String> areaIds, Map<String, FindingDef> findings, Map<String, Question> questions) {
        JsonNode root = parse(file);
        if (root == null) {
            return;
        }
        keys(root, Set.of("$schema", "area", "findings"), file, "top level");
        String area = checkArea(root, file, areaIds);
        for (JsonNode n : array(root, "findings", file, "")) {
            String key = text(n, "key", file, "finding");
            if (key == null) {
                continue;
            }
            String where = "finding '" + key + "'";
            keys(n, FINDING_KEYS, file, where);
            String type = n.path("type").asText(FindingDef.SINGLE);
            if (!List.of(FindingDef.SINGLE, FindingDef.LIST, FindingDef.NUMBER, FindingDef.TEXT).contains(type)) {
                problems.add(file.name() + ": " + where + ": type '" + type + "' is not allowed; allowed: single, list, number, text");
            }
            List<String> values = new ArrayList<>();
            n.path("values").forEach(v -> values.add(v.asText()));
            if (!FindingDef.NUMBER.equals(type) && !FindingDef.TEXT.equals(type) && values.isEmpty()) {
                problems.add(file.name() + ": " + where + ": 'values' must list the allowed values");
            }
            Map<String, String> labels = new LinkedHashMap<>();
            n.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            for (String v : values) {
                if (labels.getOrDefault(v, "").isBlank()) {
                    problems.add(file.name() + ": " + where + ": value '" + v + "' has no label; add it to 'labels' (value -> label)");
                }
            }
            for (String v : labels.keySet()) {
                if (!values.contains(v)) {
                    problems.add(file.name() + ": " + where + ": 'labels' names '" + v + "', which is not one of its 'values'");
                }
            }
            List<String> rankBy = new ArrayList<>();
            n.path("rankBy").forEach(r -> rankBy.add(r.asText()));
            if (!rankBy.isEmpty() && !FindingDef.LIST.equals(type)) {
                problems.add(file.name() + ": " + where + ": 'rankBy' is only allowed on a list finding");
            }
            FindingDef def = new FindingDef(key, text(n, "title", file, where), type, List.copyOf(values),
                    n.path("internal").asBoolean(false), file.name(), Collections.unmodifiableMap(labels), List.copyOf(rankBy),
                    area == null ? "" : area, fromAnswers(n, file, where, type, values, questions));
            FindingDef previous = findings.put(key, def);
            if (previous != null) {
                problems.add(file.name() + ": " + where + " is already defined in " + previous.file());
            }
        }
    }

    /** The values a single answer gives ({@code fromAnswers}): each names a choice question, values it allows, and a value of the finding. */
    private List<FindingDef.FromAnswer> fromAnswers(JsonNode n, ContentFile file, String where, String type, List<String> values,
                                                    Map<String, Question> questions) {
        JsonNode list = n.get("fromAnswers");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray() || list.isEmpty()) {
            problems.add(file.name() + ": " + where + ": 'fromAnswers' must be a non-empty list of {because, question, values, gives}");
            return List.of();
        }
        if (!FindingDef.SINGLE.equals(type) && !FindingDef.LIST.equals(type)) {
            problems.add(file.name() + ": " + where + ": 'fromAnswers' is only allowed on a single or list finding");
        }
        List<FindingDef.FromAnswer> from = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String at = where + ": fromAnswers " + (i + 1);
            if (!a.isObject()) {
                problems.add(file.name() + ": " + at + ": expected an object with because, question, values, gives");
                continue;
            }
            keys(a, FROM_ANSWER_KEYS, file, at);
            String because = because(a, file, at);
            String questionId = a.path("question").asText("");
            Question q = questions.get(questionId);
            List<String> answerValues = new ArrayList<>();
            a.path("values").forEach(v -> answerValues.add(v.asText("")));
            if (q == null || !q.isChoice()) {
                String near = Nearest.of(questionId, questions.keySet());
                problems.add(file.name() + ": " + at + ": question '" + Echo.of(questionId) + "' must be a choice question of the question bank"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
            } else if (!a.path("values").isArray() || answerValues.isEmpty()) {
                problems.add(file.name() + ": " + at + ": 'values' must be a non-empty list of answers to " + questionId);
            } else {
                for (String v : answerValues) {
                    if (!q.allows(v)) {
                        problems.add(file.name() + ": " + at + ": '" + Echo.of(v) + "' is not an answer to " + questionId + "; allowed: "
                                + q.allowedDescription());
                    }
                }
            }
            String gives = a.path("gives").asText("");
            if (!values.contains(gives)) {
                problems.add(file.name() + ": " + at + ": 'gives' '" + Echo.of(gives) + "' is not one of the finding's values; allowed: "
                        + String.join(", ", values));
            }
            from.add(new FindingDef.FromAnswer(because, questionId, List.copyOf(answerValues), gives));
        }
        return List.copyOf(from);
    }

    /** A duplicate names an existing item that is itself no duplicate. */
    private void checkSameAs(Map<String, Guidance> guidance) {
        for (Guidance g : guidance.values()) {
            if (g.sameAs().isEmpty()) {
                continue;
            }
            Guidance same = guidance.get(g.sameAs());
            if (same == null) {
                problems.add(g.file() + ": guidance '" + g.id() + "': sameAs '" + g.sameAs() + "' is not a guidance id");
            } else if (!same.sameAs().isEmpty() || same.id().equals(g.id())) {
                problems.add(g.file() + ": guidance '" + g.id() + "': sameAs '" + g.sameAs()
                        + "' must name an item that is not itself a duplicate");
            }
        }
    }

    /** The findings an area's summary template and confidence name must be in the catalogue. */
    private void checkSummaries(ContentFile file, List<Area> areas, Map<String, FindingDef> findings) {
        for (Area a : areas) {
            List<String> named = new ArrayList<>(a.headlineFindings());
            if (!a.confidence().isEmpty()) {
                named.add(a.confidence());
            }
            for (String key : named) {
                if (!findings.containsKey(key)) {
                    problems.add(file.name() + ": area '" + a.id() + "': summary names '" + key + "', which is not in the findings catalogue");
                }
            }
        }
    }

    /** Every value of a ranked list finding must have a number finding under each of its rank prefixes. */
    private void checkRanks(Map<String, FindingDef> findings) {
        for (FindingDef def : findings.values()) {
            for (String prefix : def.rankBy()) {
                for (String v : def.values()) {
                    FindingDef rank = findings.get(prefix + v);
                    if (rank == null || !rank.isNumber()) {
                        problems.add(def.file() + ": finding '" + def.key() + "': rankBy '" + prefix + "' needs a number finding '"
                                + prefix + v + "' in the catalogue");
                    }
                }
            }
        }
    }

    private void readView(ContentFile file, Set<String> areaIds, Map<String, Source> sources,
                          Map<String, FindingDef> findings, List<View> views) {
        JsonNode n = parse(file);
        if (n == null) {
            return;
        }
        String id = id(n, file, "view");
        String where = "view '" + id + "'";
        keys(n, VIEW_KEYS, file, where);
        String goal = text(n, "goal", file, where);
        if (goal != null && !areaIds.contains(goal)) {
            problems.add(file.name() + ": " + where + ": goal '" + goal + "' is not in areas.json");
        }
        String type = n.path("type").asText();
        List<View.Item> rows = new ArrayList<>();
        List<View.Item> columns = new ArrayList<>();
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        List<View.Bar> bars = new ArrayList<>();
        String mark = n.path("markRowFromFinding").asText("");
        View.Grid grid = null;
        if (View.TABLE.equals(type)) {
            array(n, "rows", file, where + " ").forEach(r -> rows.add(item(r, file, where + " row")));
            array(n, "columns", file, where + " ").forEach(c -> columns.add(item(c, file, where + " column")));
            for (View.Item row : rows) {
                Map<String, String> line = new LinkedHashMap<>();
                for (View.Item column : columns) {
                    JsonNode cell = n.path("cells").path(row.id()).path(column.id());
                    if (!cell.isTextual()) {
                        problems.add(file.name() + ": " + where + ": cell '" + row.id() + "." + column.id() + "' is missing");
                    }
                    line.put(column.id(), cell.asText(""));
                    java.util.regex.Matcher named = java.util.regex.Pattern.compile("\\{([^}|]+)}").matcher(cell.asText(""));
                    while (named.find()) {
                        cellNames.add(new String[] {file.name(), where, row.id() + "." + column.id(), named.group(1)});
                    }
                }
                cells.put(row.id(), line);
            }
            if (!mark.isEmpty() && !findings.containsKey(mark)) {
                problems.add(file.name() + ": " + where + ": markRowFromFinding '" + mark + "' is not in the findings catalogue");
            }
        } else if (View.COMPARE.equals(type)) {
            // the rows are checked against the questions once the views are read
            array(n, "rows", file, where + " ").forEach(r -> rows.add(item(r, file, where + " row")));
        } else if (View.BARS.equals(type)) {
            for (JsonNode b : array(n, "bars", file, where + " ")) {
                keys(b, Set.of("label", "finding"), file, where + " bar");
                String finding = b.path("finding").asText();
                FindingDef def = findings.get(finding);
                if (def == null || !def.isNumber()) {
                    problems.add(file.name() + ": " + where + ": bar finding '" + finding + "' is not a number finding of the catalogue");
                }
                bars.add(new View.Bar(b.path("label").asText(finding), finding));
            }
        } else if (View.MAP.equals(type)) {
            grid = grid(n.path("map"), file, where);
        } else {
            problems.add(file.name() + ": " + where + ": type '" + type + "' is not allowed; allowed: table, bars, map, compare");
        }
        views.add(new View(id, goal, type, text(n, "title", file, where), mark, List.copyOf(rows), List.copyOf(columns),
                cells, List.copyOf(bars), citations(n, file, where, sources), file.name(), grid));
    }

    private View.Item item(JsonNode r, ContentFile file, String where) {
        keys(r, Set.of("id", "label"), file, where + " '" + r.path("id").asText() + "'");
        return new View.Item(r.path("id").asText(), r.path("label").asText());
    }

    private View.Grid grid(JsonNode m, ContentFile file, String where) {
        String w = where + " map";
        keys(m, Set.of("label", "row", "column", "colour", "columnOrder", "bands", "noValue"), file, w);
        List<String> order = new ArrayList<>();
        m.path("columnOrder").forEach(c -> order.add(c.asText()));
        List<View.Band> bands = new ArrayList<>();
        for (JsonNode b : array(m, "bands", file, w + " ")) {
            keys(b, Set.of("min", "label", "colour"), file, w + " band");
            if (!b.path("min").isNumber()) {
                problems.add(file.name() + ": " + w + ": every band needs a number 'min'");
            }
            String colour = b.path("colour").asText("");
            if (!colour.matches("#[0-9a-fA-F]{6}")) {
                problems.add(file.name() + ": " + w + ": band colour '" + colour + "' must be written like #2d7d2d");
            }
            bands.add(new View.Band(b.path("min").asDouble(), b.path("label").asText(""), colour));
        }
        bands.sort(java.util.Comparator.comparingDouble(View.Band::min).reversed());
        return new View.Grid(text(m, "label", file, w), text(m, "row", file, w), text(m, "column", file, w),
                text(m, "colour", file, w), List.copyOf(order), List.copyOf(bands), m.path("noValue").asText("not scored"));
    }

    /** The file's 'area': one of areas.json, and the file is named after it (a name never carries meaning a field does not state). */
    private String checkArea(JsonNode root, ContentFile file, Set<String> areaIds) {
        String area = text(root, "area", file, "");
        if (area != null && !areaIds.contains(area)) {
            problems.add(file.name() + ": area '" + Echo.of(area) + "' is not in areas.json; allowed: " + String.join(", ", new java.util.TreeSet<>(areaIds)));
        } else if (area != null) {
            String name = file.name().replace('\\', '/');
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (!base.equals(area + ".json")) {
                problems.add(file.name() + ": the file of area '" + area + "' must be named " + area + ".json (its folder holds one file per area)");
            }
        }
        return area;
    }

    private Citations citations(JsonNode n, ContentFile file, String where, Map<String, Source> sources) {
        List<String> ids = new ArrayList<>();
        n.path("sources").forEach(s -> ids.add(s.asText()));
        String basis = n.hasNonNull("basis") ? n.get("basis").asText() : null;
        if (basis != null && !Citations.ADVISOR_HEURISTIC.equals(basis)) {
            problems.add(file.name() + ": " + where + ": 'basis' is '" + basis + "'; allowed: " + Citations.ADVISOR_HEURISTIC);
        }
        if (ids.isEmpty() && basis == null) {
            problems.add(file.name() + ": " + where + ": 'sources' must cite at least one source id (or give 'basis': '"
                    + Citations.ADVISOR_HEURISTIC + "')");
        }
        for (String id : ids) {
            if (!sourcesUnreadable && !sources.containsKey(id)) {
                problems.add(file.name() + ": " + where + ": source '" + id + "' is not in sources.json");
            }
        }
        Map<String, String> locators = new LinkedHashMap<>();
        n.path("locators").fields().forEachRemaining(e -> {
            if (!ids.contains(e.getKey())) {
                problems.add(file.name() + ": " + where + ": locator for '" + e.getKey() + "' names a source the item does not cite; allowed: "
                        + String.join(", ", ids));
            }
            locators.put(e.getKey(), e.getValue().asText());
        });
        return new Citations(List.copyOf(ids), Collections.unmodifiableMap(locators), basis);
    }

    private List<JsonNode> array(JsonNode parent, String field, ContentFile file, String where) {
        List<JsonNode> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            problems.add(file.name() + ": " + where + "'" + field + "' must be a list");
            return list;
        }
        n.forEach(list::add);
        return list;
    }

    private String id(JsonNode n, ContentFile file, String kind) {
        String id = text(n, "id", file, kind);
        if (id != null && !id.matches(ID_PATTERN)) {
            problems.add(file.name() + ": " + kind + " id '" + id + "' must be lower_snake_case");
        }
        return id;
    }

    private String text(JsonNode n, String field, ContentFile file, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(file.name() + ": " + (where.isEmpty() ? "" : where + ": ") + "'" + field + "' is required (text)");
            return null;
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return List.copyOf(list);
    }

    private static final Set<String> AREAS_FILE_KEYS = Set.of("$schema", "version", "strengths", "defaultGoals", "portfolioGoals", "areas");
    private static final Set<String> AREA_KEYS = Set.of("id", "title", "description", "summary", "confidence", "weakConfidence");
    private static final Set<String> FINDING_KEYS = Set.of("key", "title", "type", "values", "labels", "internal", "rankBy", "fromAnswers");
    private static final Set<String> FROM_ANSWER_KEYS = Set.of("because", "question", "values", "gives");
    private static final Set<String> VIEW_KEYS = Set.of("$schema", "id", "goal", "type", "title", "bars", "sources", "locators", "basis",
            "markRowFromFinding", "rows", "columns", "cells", "map");
    static final Set<String> QUESTION_KEYS = Set.of("id", "text", "help", "type", "options", "min", "max", "maxLength", "joint",
            "identity", "assumedIfUnknown", "sources", "locators", "basis", "ask");
    static final Set<String> GUIDANCE_KEYS = Set.of("id", "title", "text", "actions", "sources", "locators", "basis", "sameAs",
            "noteOn", "given");
    private static final Set<String> ASK_KEYS = Set.of("goal", "priority", "because", "when");
    private static final Set<String> GIVEN_KEYS = Set.of("because", "finding", "value", "when", "priority", "strength");
    /** Priorities order questions and advice: whole numbers from 0 to 100. */
    public static final int MAX_PRIORITY = 100;
    private final Set<String> ruleNames = new HashSet<>();
    /** Names in braces in table cells (file, where, cell, name): a finding key or a question id. */
    private final List<String[]> cellNames = new ArrayList<>();

    /** An unknown key is an error naming the file, the item and the allowed keys, with the nearest one. */
    private void keys(JsonNode n, Set<String> allowed, ContentFile file, String where) {
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                String near = Nearest.of(k, allowed);
                problems.add(file.name() + ": " + where + ": unknown key '" + Echo.of(k) + "'" + (near == null ? "" : " (did you mean '" + near + "'?)")
                        + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        });
    }

    private List<Question.Asking> asks(JsonNode n, ContentFile file, String where, Set<String> areaIds) {
        List<Question.Asking> asks = new ArrayList<>();
        JsonNode list = n.get("ask");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            problems.add(file.name() + ": " + where + ": 'ask' must be a list of {goal, priority, because, when}");
            return List.of();
        }
        for (JsonNode a : list) {
            String at = where + ": ask";
            keys(a, ASK_KEYS, file, at);
            String goal = a.path("goal").asText("");
            if (!areaIds.contains(goal)) {
                problems.add(file.name() + ": " + at + ": goal '" + Echo.of(goal) + "' is not in areas.json; allowed: " + String.join(", ", new java.util.TreeSet<>(areaIds)));
            }
            asks.add(new Question.Asking(goal, priority(a, file, at), because(a, file, at), conditions(a, file, at)));
        }
        return List.copyOf(asks);
    }

    private List<Guidance.Giving> given(JsonNode n, ContentFile file, String where) {
        List<Guidance.Giving> given = new ArrayList<>();
        JsonNode list = n.get("given");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            problems.add(file.name() + ": " + where + ": 'given' must be a list of {because, finding, value, when, priority, strength}");
            return List.of();
        }
        for (JsonNode a : list) {
            String at = where + ": given";
            keys(a, GIVEN_KEYS, file, at);
            String finding = a.path("finding").asText("");
            String value = a.path("value").asText("");
            List<String> when = conditions(a, file, at);
            if (finding.isEmpty() && when.isEmpty()) {
                problems.add(file.name() + ": " + at + ": needs a 'finding' (and 'value') or 'when' conditions");
            }
            if (finding.isEmpty() && !value.isEmpty()) {
                problems.add(file.name() + ": " + at + ": 'value' needs the 'finding' it is a value of");
            }
            given.add(new Guidance.Giving(because(a, file, at), finding, value, when, priority(a, file, at), a.path("strength").asText("")));
        }
        return List.copyOf(given);
    }

    /** Each declared giving names a finding of the catalogue, one of its values, and a strength of areas.json. */
    private void checkGiven(Map<String, Guidance> guidance, Map<String, FindingDef> findings, List<String> strengths) {
        for (Guidance g : guidance.values()) {
            for (Guidance.Giving giving : g.given()) {
                String at = g.file() + ": guidance '" + g.id() + "': given \"" + giving.because() + "\"";
                if (!strengths.contains(giving.strength())) {
                    problems.add(at + ": strength '" + Echo.of(giving.strength()) + "' is not allowed; allowed: " + String.join(", ", strengths));
                }
                if (giving.finding().isEmpty()) {
                    continue;
                }
                FindingDef def = findings.get(giving.finding());
                if (def == null) {
                    String near = Nearest.of(giving.finding(), findings.keySet());
                    problems.add(at + ": finding '" + Echo.of(giving.finding()) + "' is not in the findings catalogue"
                            + (near == null ? "" : " (did you mean '" + near + "'?)"));
                } else if (!giving.value().isEmpty() && !def.values().isEmpty() && !def.values().contains(giving.value())) {
                    problems.add(at + ": '" + Echo.of(giving.value()) + "' is not a value of finding '" + giving.finding() + "'; allowed: "
                            + String.join(", ", def.values()));
                }
            }
        }
    }

    private int priority(JsonNode a, ContentFile file, String where) {
        JsonNode p = a.get("priority");
        if (p == null || !p.isInt() || p.asInt() < 0 || p.asInt() > MAX_PRIORITY) {
            problems.add(file.name() + ": " + where + ": 'priority' must be a whole number from 0 to " + MAX_PRIORITY
                    + (p == null ? "" : "; it is " + Echo.of(p.toString())));
            return 0;
        }
        return p.asInt();
    }

    /** The sentence that names the generated rule: required, one line, no quotes, unique. */
    private String because(JsonNode a, ContentFile file, String where) {
        String because = a.path("because").asText("");
        if (because.isBlank() || because.contains("\"") || because.contains("\n") || because.contains("\\")) {
            problems.add(file.name() + ": " + where + ": 'because' must be a one-line sentence without quotes (it names the rule and answers 'why')");
        } else if (!ruleNames.add(because)) {
            problems.add(file.name() + ": " + where + ": 'because' \"" + because + "\" names another declaration or rule too; rule names must differ");
        }
        return because;
    }

    private List<String> conditions(JsonNode a, ContentFile file, String where) {
        JsonNode w = a.get("when");
        if (w == null) {
            return List.of();
        }
        List<String> when = new ArrayList<>();
        if (!w.isArray()) {
            problems.add(file.name() + ": " + where + ": 'when' must be a list of DRL patterns, one per entry");
            return List.of();
        }
        for (JsonNode c : w) {
            String text = c.asText("");
            String code = text.replaceAll("\"[^\"]*\"", "\"\"");
            if (!c.isTextual() || text.isBlank() || text.contains("\n") || code.matches("(?s).*\\b(then|end|rule|when)\\b.*")
                    || code.chars().filter(ch -> ch == '(').count() != code.chars().filter(ch -> ch == ')').count()) {
                problems.add(file.name() + ": " + where + ": 'when' entry '" + Echo.of(text) + "' must be one DRL pattern on one line");
                continue;
            }
            when.add(text);
        }
        return List.copyOf(when);
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null ? "" : v.asText();
    }
}
