package com.allianceadvisor.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.allianceadvisor.engine.RuleFaultException;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFile;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.JsonSyntax;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.StrictJson;
import com.allianceadvisor.knowledge.TrainingCase;
import com.allianceadvisor.portfolio.Alliance;
import com.allianceadvisor.portfolio.PortfolioReview;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.whatif.SensitivityAnalysis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads {@code knowledge-base/scenarios/*.json} and runs each against the rules. */
public final class ScenarioRunner {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "expect", "alliances");
    private static final Set<String> EXPECT_KEYS = Set.of("findings", "advicePresent", "adviceAbsent", "pendingQuestions", "sensitivity");

    private final Content content;

    public ScenarioRunner(Content content) {
        this.content = content;
    }

    /**
     * Loads all scenarios of the folder, then the training cases (each case is also a regression
     * scenario: its {@code expect} block is what the advisor concluded when it was written). A malformed
     * scenario is an error naming the file.
     */
    public static List<Scenario> load(ContentFolder knowledgeFolder, KnowledgeBase kb) {
        List<Scenario> scenarios = new ArrayList<>();
        for (ContentFile f : knowledgeFolder.list("scenarios", ".json")) {
            scenarios.add(parse(f, kb));
        }
        kb.cases().values().forEach(c -> scenarios.add(parse(c.file(), kb, TrainingCase.KEYS)));
        return scenarios;
    }

    static Scenario parse(ContentFile f, KnowledgeBase kb) {
        return parse(f, kb, SCENARIO_KEYS);
    }

    static Scenario parse(ContentFile f, KnowledgeBase kb, Set<String> keys) {
        JsonNode root;
        try {
            root = MAPPER.readTree(f.text());
        } catch (JsonProcessingException e) {
            throw new BadInputException(JsonSyntax.describe(f.name(), e));
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(f.name() + ": expected a JSON object");
        }
        AnswerSet set = AnswerFiles.parse(f.name(), f.text(), kb, keys);
        JsonNode expect = root.path("expect");
        if (!expect.isObject()) {
            throw new BadInputException(f.name() + ": field 'expect' is required: an object with 'findings', 'advicePresent', 'adviceAbsent' or 'pendingQuestions'");
        }
        String unknown = StrictJson.unknownKey(f.name(), "field 'expect'", expect, EXPECT_KEYS);
        if (unknown != null) {
            throw new BadInputException(unknown);
        }
        Map<String, Object> findings = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = expect.path("findings").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (kb.finding(e.getKey()) == null) {
                throw new BadInputException(f.name() + ": field 'expect.findings." + e.getKey() + "': not in the findings catalogue");
            }
            JsonNode v = e.getValue();
            if (v.isNull()) {
                findings.put(e.getKey(), null);
            } else if (v.isArray()) {
                List<String> list = new ArrayList<>();
                v.forEach(x -> list.add(x.asText()));
                findings.put(e.getKey(), list);
            } else {
                findings.put(e.getKey(), v.isNumber() ? (Object) v.numberValue() : v.asText());
            }
        }
        List<String> present = ids(f, expect, "advicePresent", kb);
        List<String> absent = ids(f, expect, "adviceAbsent", kb);
        List<String> pending = null;
        if (expect.has("pendingQuestions")) {
            pending = new ArrayList<>();
            for (JsonNode q : expect.path("pendingQuestions")) {
                if (kb.question(q.asText()) == null) {
                    throw new BadInputException(f.name() + ": field 'expect.pendingQuestions': '" + q.asText() + "' is not a question id");
                }
                pending.add(q.asText());
            }
        }
        JsonNode sensitivity = expect.path("sensitivity");
        List<Scenario.Flip> flips = new ArrayList<>();
        for (JsonNode n : sensitivity.path("flips")) {
            String where = f.name() + ": field 'expect.sensitivity.flips'";
            String finding = n.path("finding").asText();
            String question = n.path("questionId").asText();
            if (kb.finding(finding) == null) {
                throw new BadInputException(where + ": finding '" + finding + "' is not in the findings catalogue");
            }
            if (kb.question(question) == null) {
                throw new BadInputException(where + ": '" + question + "' is not a question id");
            }
            String value = kb.question(question).normalise(n.path("value").asText()).orElseThrow(() -> new BadInputException(
                    where + ": value '" + n.path("value").asText() + "' is not allowed for " + question + "; allowed: "
                            + kb.question(question).allowedDescription()));
            flips.add(new Scenario.Flip(finding, question, value, n.path("to").isNull() ? null : n.path("to").asText()));
        }
        List<String> stable = new ArrayList<>();
        for (JsonNode n : sensitivity.path("stable")) {
            if (kb.finding(n.asText()) == null) {
                throw new BadInputException(f.name() + ": field 'expect.sensitivity.stable': '" + n.asText()
                        + "' is not in the findings catalogue");
            }
            stable.add(n.asText());
        }
        if (findings.isEmpty() && present.isEmpty() && absent.isEmpty() && pending == null && flips.isEmpty() && stable.isEmpty()) {
            throw new BadInputException(f.name() + ": field 'expect' checks nothing; give 'findings', 'advicePresent', 'adviceAbsent', 'pendingQuestions' or 'sensitivity'");
        }
        return new Scenario(f.name(), root.path("name").asText(root.path("title").asText(f.name())), set, findings, present, absent, pending,
                List.copyOf(flips), List.copyOf(stable), alliances(f, root.get("alliances"), kb));
    }

    /** {@code "alliances": {"id": {"goals": [...], "answers": {...}}, ...}}, or null when the field is absent. */
    private static Map<String, AnswerSet> alliances(ContentFile f, JsonNode node, KnowledgeBase kb) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadInputException(f.name() + ": field 'alliances' must be an object of alliance id -> {\"goals\": [...], \"answers\": {...}}");
        }
        Map<String, AnswerSet> alliances = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            alliances.put(e.getKey(), AnswerFiles.parse(f.name() + ": field 'alliances." + e.getKey() + "'", e.getValue().toString(), kb));
        }
        return alliances;
    }

    private static List<String> ids(ContentFile f, JsonNode expect, String field, KnowledgeBase kb) {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : expect.path(field)) {
            if (kb.guidance(n.asText()) == null) {
                throw new BadInputException(f.name() + ": field 'expect." + field + "': '" + n.asText() + "' is not a guidance id");
            }
            ids.add(n.asText());
        }
        return ids;
    }

    /** Runs one scenario; a rule fault fails this scenario alone, naming the rule. */
    public ScenarioResult run(Scenario s) {
        return run(s, null);
    }

    /** As {@link #run(Scenario)}, adding what the consultation used to the coverage (null: none). */
    public ScenarioResult run(Scenario s, Coverage coverage) {
        Interview interview;
        try {
            interview = s.alliances() == null ? Workspace.replayed(content, s.answers(), List.of()) : portfolio(s);
        } catch (RuleFaultException e) {
            return new ScenarioResult(s, List.of("rule fault: " + e.getMessage()));
        }
        try {
            if (coverage != null) {
                coverage.add(interview.consultation());
            }
            Report report = new ReportBuilder(content.knowledge()).build(interview.consultation());
            Set<String> ranked = new HashSet<>();
            content.knowledge().findings().values().forEach(d -> {
                if (d.isRanked()) {
                    ranked.add(d.key());
                }
            });
            List<String> mismatches = new ArrayList<>(compare(s, report, interview.consultation().findings(), ranked));
            if (s.checksSensitivity()) {
                mismatches.addAll(compareSensitivity(s, new SensitivityAnalysis(content.knowledge()).flips(interview.consultation())));
            }
            return new ScenarioResult(s, mismatches);
        } finally {
            interview.consultation().close();
        }
    }

    private Interview portfolio(Scenario s) {
        List<Alliance> alliances = new ArrayList<>();
        s.alliances().forEach((id, set) -> alliances.add(new Alliance(id, set)));
        return PortfolioReview.open(content, alliances, s.answers());
    }

    /** Compares expectations with a report; the values of a ranked list finding must come in rank order. */
    static List<String> compare(Scenario s, Report report, Map<String, List<String>> allFindings, Set<String> ranked) {
        List<String> mismatches = new ArrayList<>();
        s.findings().forEach((key, expected) -> {
            List<String> actualValues = allFindings.get(key);
            Object actual = report.findings().containsKey(key) ? report.findings().get(key)
                    : actualValues == null ? null : actualValues.size() == 1 ? actualValues.get(0) : actualValues;
            boolean inOrder = ranked.contains(key) && expected instanceof Collection<?> e && actual instanceof Collection<?> a
                    && !strings(e).equals(strings(a));
            if (!same(expected, actual) || inOrder) {
                mismatches.add("finding " + key + ": expected " + show(expected) + ", actual " + show(actual));
            }
        });
        for (String id : s.advicePresent()) {
            if (report.advice(id) == null) {
                mismatches.add("advice " + id + ": expected present, actual absent");
            }
        }
        for (String id : s.adviceAbsent()) {
            if (report.advice(id) != null) {
                mismatches.add("advice " + id + ": expected absent, actual present");
            }
        }
        if (s.pendingQuestions() != null && !s.pendingQuestions().equals(report.pendingQuestions())) {
            mismatches.add("pending questions: expected " + s.pendingQuestions() + ", actual " + report.pendingQuestions());
        }
        if (!mismatches.isEmpty()) {
            List<String> advice = new ArrayList<>();
            report.advice().forEach(a -> advice.add(a.id()));
            mismatches.add("(actual advice: " + advice + ")");
        }
        return mismatches;
    }

    static List<String> compareSensitivity(Scenario s, List<Report.Flip> actual) {
        List<String> mismatches = new ArrayList<>();
        for (Scenario.Flip e : s.flips()) {
            boolean found = actual.stream().anyMatch(a -> a.finding().equals(e.finding()) && a.questionId().equals(e.questionId())
                    && a.value().equals(e.value()) && Objects.equals(a.to(), e.to()));
            if (!found) {
                mismatches.add("sensitivity: expected " + e.finding() + " -> " + e.to() + " if " + e.questionId() + " = " + e.value()
                        + ", not found");
            }
        }
        for (String key : s.stable()) {
            actual.stream().filter(a -> a.finding().equals(key)).findFirst().ifPresent(a -> mismatches.add(
                    "sensitivity: expected " + key + " to be stable, but it changes to " + a.to() + " if " + a.questionId()
                            + " = " + a.value()));
        }
        return mismatches;
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof Collection<?> e) {
            Collection<?> a = actual instanceof Collection<?> c ? c : actual == null ? List.of() : List.of(actual);
            return new HashSet<>(strings(e)).equals(new HashSet<>(strings(a)));
        }
        if (expected instanceof Number n && actual instanceof Number m) {
            return Math.abs(n.doubleValue() - m.doubleValue()) < 1e-9;
        }
        return Objects.equals(expected == null ? null : String.valueOf(expected), actual == null ? null : String.valueOf(actual));
    }

    private static List<String> strings(Collection<?> c) {
        List<String> s = new ArrayList<>();
        c.forEach(x -> s.add(String.valueOf(x)));
        return s;
    }

    private static String show(Object o) {
        return o == null ? "(absent)" : String.valueOf(o);
    }
}
