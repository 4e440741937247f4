package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.knowledge.Area;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.Guidance;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Source;

/** The wording the text, Markdown and HTML reports share: titles, finding values and numbers. */
final class ReportText {
    /** How many answers an item's one-line reason lists before "and N more". */
    static final int ANSWERS_SHOWN = 4;

    private ReportText() {
    }

    /** A finding value as shown: a list joined by commas, anything else as text. */
    static String value(Object value) {
        return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : value instanceof Number n ? number(n.doubleValue()) : String.valueOf(value);
    }

    /** A finding value with each value id replaced by its catalogue label (numbers as they are). */
    static Object labelled(KnowledgeBase kb, String key, Object value) {
        if (value instanceof List<?> list) {
            List<String> labels = new ArrayList<>();
            list.forEach(v -> labels.add(valueLabel(kb, key, String.valueOf(v))));
            return List.copyOf(labels);
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        return valueLabel(kb, key, String.valueOf(value));
    }

    static String valueLabel(KnowledgeBase kb, String key, String value) {
        FindingDef def = kb.finding(key);
        return def == null ? value : def.label(value);
    }

    /** A number without a needless ".0", otherwise rounded to two decimals. */
    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }

    static String findingTitle(KnowledgeBase kb, String key) {
        FindingDef def = kb.finding(key);
        return def == null ? key : def.title();
    }

    /** The sources of an advice item as short references with their locators, marked when the item is an advisor heuristic. */
    static String cited(KnowledgeBase kb, AdviceItem a) {
        Guidance g = kb.guidance(a.id());
        return cited(kb, g == null ? com.allianceadvisor.knowledge.Citations.of(a.sources()) : g.cited());
    }

    /** Short references with their locators ("Author (year), Table 2"), and the heuristic mark when the basis says so. */
    static String cited(KnowledgeBase kb, com.allianceadvisor.knowledge.Citations c) {
        List<String> shown = new ArrayList<>();
        List<String> refs = citations(kb, c.sources());
        for (int i = 0; i < refs.size(); i++) {
            String at = c.locators().get(c.sources().get(i));
            shown.add(at == null ? refs.get(i) : refs.get(i) + ", " + at);
        }
        String line = String.join("; ", shown);
        if (!c.heuristic()) {
            return line;
        }
        String mark = "advisor heuristic (no source states this rule)";
        return line.isEmpty() ? mark : mark + "; concepts from " + line;
    }

    static String areaTitle(KnowledgeBase kb, String area) {
        Area def = kb.area(area);
        return def == null ? area : def.title();
    }

    /** An id in words: underscores become spaces. */
    static String humanised(String id) {
        return id.replace('_', ' ');
    }

    /** "if <question in words> were <option label>" ("... were not known" for unknown). */
    static String ifAnswered(KnowledgeBase kb, String questionId, String value) {
        Question q = kb.question(questionId);
        String shown = Question.UNKNOWN.equals(value) ? "not known" : q == null ? value : q.label(value);
        return "if " + humanised(questionId) + " were " + shown;
    }

    /** The titles of the areas whose duplicates an item stands for. */
    static String alsoFor(KnowledgeBase kb, AdviceItem item) {
        Set<String> areas = new java.util.LinkedHashSet<>();
        for (String id : item.alsoFor()) {
            var g = kb.guidance(id);
            areas.add(areaTitle(kb, g == null ? item.area() : g.area()));
        }
        return String.join(", ", areas);
    }

    /** At most a few answers in a line, with how many more there are. */
    static String briefAnswers(List<String> answers) {
        int shown = Math.min(ANSWERS_SHOWN, answers.size());
        String line = String.join("; ", answers.subList(0, shown));
        return answers.size() > shown ? line + "; and " + (answers.size() - shown) + " more (see 'how')" : line;
    }

    /** Short citations ("Author (year)"-style: the reference up to its first period after the year), by source id. */
    static List<String> citations(KnowledgeBase kb, List<String> ids) {
        List<String> shown = new ArrayList<>();
        for (String id : ids) {
            Source s = kb.sources().get(id);
            shown.add(s == null ? id : shortReference(s.reference()));
        }
        return shown;
    }

    static String shortReference(String reference) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?\\(\\d{4}[a-z]?\\))").matcher(reference);
        return m.find() ? m.group(1) : reference;
    }

    /**
     * "What would change it", per headline finding (by title and label): the answers that would change it,
     * or that no single answer does.
     */
    static Map<String, List<String>> sensitivityLines(KnowledgeBase kb, Report report) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String goal : report.goals()) {
            Area area = kb.area(goal);
            if (area == null) {
                continue;
            }
            for (String key : area.headlineFindings()) {
                Object value = report.findingLabels().get(key);
                if (value == null) {
                    continue;
                }
                String title = findingTitle(kb, key) + ": " + value(value);
                List<String> changes = new ArrayList<>();
                for (Report.Flip f : report.sensitivity()) {
                    if (f.finding().equals(key)) {
                        changes.add(flipLabel(kb, key, f.from()) + " -> " + flipLabel(kb, key, f.to()) + " "
                                + ifAnswered(kb, f.questionId(), f.value()));
                    }
                }
                if (changes.isEmpty()) {
                    changes.add("no single answer changes it");
                }
                lines.put(title, changes);
            }
        }
        return lines;
    }

    private static String flipLabel(KnowledgeBase kb, String key, String ids) {
        if (ids == null) {
            return "no longer concluded";
        }
        List<String> labels = new ArrayList<>();
        for (String id : ids.split(", ")) {
            labels.add(valueLabel(kb, key, id));
        }
        return String.join(", ", labels);
    }
}
