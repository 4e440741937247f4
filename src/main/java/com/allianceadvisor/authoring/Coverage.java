package com.allianceadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allianceadvisor.engine.Ask;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.RuleFile;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.Guidance;
import com.allianceadvisor.knowledge.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What the scenarios and training cases exercise, from the engine's own record of each consultation: the
 * rules that fired, the questions asked or answered, the advice given and the finding values derived; and
 * what none of them reaches, per rule file or area and in total ({@code kb coverage}).
 */
public final class Coverage {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final Content content;
    private final Set<String> fired = new TreeSet<>();
    private final Set<String> questions = new TreeSet<>();
    private final Set<String> advice = new TreeSet<>();
    private final Set<String> values = new TreeSet<>();
    private int consultations;

    Coverage(Content content) {
        this.content = content;
    }

    /** Runs every scenario and case of the knowledge folder and records what each used. */
    public static Coverage of(Content content, ContentFolder knowledge) {
        Coverage coverage = new Coverage(content);
        ScenarioRunner runner = new ScenarioRunner(content);
        for (Scenario s : ScenarioRunner.load(knowledge, content.knowledge())) {
            runner.run(s, coverage);
        }
        return coverage;
    }

    void add(Consultation c) {
        consultations++;
        fired.addAll(c.firedRules());
        questions.addAll(c.answers().keySet());
        c.facts(Ask.class).forEach(a -> questions.add(a.getQuestionId()));
        // in a portfolio review, the alliances' own answers arrive as alliance facts keyed by question id
        c.facts(com.allianceadvisor.engine.AllianceFact.class).forEach(f -> {
            if (content.knowledge().question(f.getKey()) != null) {
                questions.add(f.getKey());
            }
        });
        c.advice().forEach(a -> advice.add(a.getGuidanceId()));
        c.findings().forEach((key, list) -> list.forEach(v -> values.add(key + "=" + v)));
    }

    /** One kind of item: how many there are, how many were reached, and those never reached, by group. */
    public record Part(int total, int reached, Map<String, List<String>> neverByGroup) {
        int percent() {
            return total == 0 ? 100 : (int) Math.round(100.0 * reached / total);
        }
    }

    public Part rules() {
        Map<String, List<String>> never = new LinkedHashMap<>();
        int total = 0;
        for (RuleFile f : content.rules().files()) {
            Matcher m = RULE.matcher(f.content());
            while (m.find()) {
                total++;
                if (!fired.contains(m.group(1))) {
                    never.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(m.group(1));
                }
            }
        }
        return part(total, never);
    }

    public Part questions() {
        Map<String, List<String>> never = new LinkedHashMap<>();
        for (Question q : content.knowledge().questions().values()) {
            if (!questions.contains(q.id())) {
                never.computeIfAbsent(q.area(), k -> new ArrayList<>()).add(q.id());
            }
        }
        return part(content.knowledge().questions().size(), never);
    }

    public Part advice() {
        Map<String, List<String>> never = new LinkedHashMap<>();
        for (Guidance g : content.knowledge().guidance().values()) {
            if (!advice.contains(g.id())) {
                never.computeIfAbsent(g.area(), k -> new ArrayList<>()).add(g.id());
            }
        }
        return part(content.knowledge().guidance().size(), never);
    }

    /** Values of the catalogue's fixed-value findings (numbers and free text are left out). */
    public Part findingValues() {
        Map<String, List<String>> never = new LinkedHashMap<>();
        int total = 0;
        for (FindingDef d : content.knowledge().findings().values()) {
            if (d.internal()) {
                continue;
            }
            for (String v : d.values()) {
                total++;
                if (!values.contains(d.key() + "=" + v)) {
                    never.computeIfAbsent(d.area(), k -> new ArrayList<>()).add(d.key() + "=" + v);
                }
            }
        }
        return part(total, never);
    }

    private static Part part(int total, Map<String, List<String>> never) {
        int missing = never.values().stream().mapToInt(List::size).sum();
        return new Part(total, total - missing, never);
    }

    /** The report in a format: text or json; any other is bad input. */
    public String render(String format) {
        return switch (format) {
            case "text" -> text();
            case "json" -> json();
            default -> throw new com.allianceadvisor.store.BadInputException("option --format: '" + format + "' is not allowed; allowed: text, json");
        };
    }

    /** The text {@code kb coverage} prints. */
    public String text() {
        StringBuilder sb = new StringBuilder("Coverage over " + consultations + " scenarios and training cases:\n");
        section(sb, "rules fired", rules());
        section(sb, "questions asked or answered", questions());
        section(sb, "advice given", advice());
        section(sb, "finding values derived", findingValues());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Part part) {
        sb.append(String.format("  %-28s %4d of %4d (%d%%)%n", title + ":", part.reached(), part.total(), part.percent()));
        part.neverByGroup().forEach((group, items) -> sb.append("      never, ").append(group).append(" (").append(items.size()).append("): ")
                .append(String.join(", ", items)).append('\n'));
    }

    /** The same as JSON: {consultations, rules|questions|advice|findingValues: {total, reached, never: {group: [...]}}}. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("consultations", consultations);
        root.put("rules", map(rules()));
        root.put("questions", map(questions()));
        root.put("advice", map(advice()));
        root.put("findingValues", map(findingValues()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Part part) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", part.total());
        m.put("reached", part.reached());
        m.put("never", part.neverByGroup());
        return m;
    }
}
