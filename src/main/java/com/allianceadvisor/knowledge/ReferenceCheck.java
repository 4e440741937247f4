package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allianceadvisor.engine.RuleFile;

/**
 * Checks that every id a rule names exists in the knowledge base: question ids and option values,
 * goals, guidance ids, finding keys and values, evidence topics. Also checks that rules use only the
 * fact model and logical insertion. Problems name the rule file, the line and the id.
 */
public final class ReferenceCheck {
    private static final String STR = "\"([^\"]*)\"";
    private static final Pattern QUESTION_ID = Pattern.compile("questionId\\s*==\\s*" + STR);
    /** Lists of ids: {@code questionId in (...)}, {@code Finding(key in (...))}, {@code guidanceId in (...)}. */
    private static final Pattern QUESTION_LIST = Pattern.compile("questionId\\s*(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern KEY_LIST = Pattern.compile("Finding\\s*\\(\\s*key\\s*(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern GUIDANCE_LIST = Pattern.compile("guidanceId\\s*(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern ANSWER_VALUE = Pattern.compile(
            "Answer\\s*\\(\\s*questionId\\s*==\\s*" + STR + "\\s*,\\s*value\\s*(?:==|!=)\\s*" + STR);
    private static final Pattern ANSWER_IN = Pattern.compile(
            "Answer\\s*\\(\\s*questionId\\s*==\\s*" + STR + "\\s*,\\s*value\\s*(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern GOAL = Pattern.compile("Goal\\s*\\(\\s*area\\s*==\\s*" + STR);
    private static final Pattern ASK = Pattern.compile("new\\s+Ask\\s*\\(\\s*" + STR + "\\s*,\\s*" + STR);
    private static final Pattern ASK_GOAL = Pattern.compile("Ask\\s*\\(\\s*goal\\s*==\\s*" + STR);
    private static final Pattern ADVICE = Pattern.compile("new\\s+Advice\\s*\\(\\s*" + STR + "\\s*,\\s*" + STR
            + "\\s*,\\s*[^,]+,\\s*" + STR);
    private static final Pattern ADVICE_MATCH = Pattern.compile("Advice\\s*\\(\\s*guidanceId\\s*==\\s*" + STR);
    private static final Pattern NEW_FINDING = Pattern.compile("new\\s+Finding\\s*\\(\\s*" + STR + "\\s*,\\s*(" + STR + ")?");
    private static final Pattern FINDING_MATCH = Pattern.compile(
            "Finding\\s*\\(\\s*key\\s*==\\s*" + STR + "(?:\\s*,\\s*value\\s*(?:==|!=)\\s*" + STR + ")?");
    private static final Pattern FINDING_IN = Pattern.compile(
            "Finding\\s*\\(\\s*key\\s*==\\s*" + STR + "\\s*,\\s*value\\s*(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern EVIDENCE = Pattern.compile("new\\s+Evidence\\s*\\(\\s*" + STR + "\\s*,\\s*" + STR);
    private static final Pattern SWING = Pattern.compile("new\\s+Swing\\s*\\(\\s*" + STR + "\\s*,\\s*" + STR);
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?<![\\w.])(insert|modify|update|retract|delete)\\s*\\(|System\\s*\\.|java\\.io|java\\.nio|Thread\\s*\\.|Runtime\\s*\\.");
    private static final Pattern ENGINE_HANDLE = Pattern.compile("\\b(drools|kcontext)\\s*\\.");
    private static final Pattern LOOP = Pattern.compile("\\b(while|for)\\s*\\(|\\bdo\\s*\\{");
    private static final Pattern CONSEQUENCE = Pattern.compile("(?s)\\bthen\\b(.*?)\\bend\\b");
    private static final Pattern INSERTED = Pattern.compile("insertLogical\\s*\\(\\s*new\\s+(\\w+)");
    /** The fact types rules may insert: what the rules derive. */
    private static final List<String> DERIVED = List.of("Ask", "Finding", "Evidence", "Score", "Swing", "Advice", "AllianceFact", "DerivedAnswer");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.]+)", Pattern.MULTILINE);

    private final KnowledgeBase kb;
    private final List<String> problems = new ArrayList<>();

    private ReferenceCheck(KnowledgeBase kb) {
        this.kb = kb;
    }

    private static String blankStrings(String code) {
        Matcher m = Pattern.compile("\"[^\"\\n]*\"").matcher(code);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("\"" + " ".repeat(m.group().length() - 2) + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** All problems found; empty when rules and knowledge agree. */
    public static List<String> check(KnowledgeBase kb, List<RuleFile> rules) {
        ReferenceCheck check = new ReferenceCheck(kb);
        rules.forEach(check::checkFile);
        return check.problems;
    }

    private void checkFile(RuleFile file) {
        String text = stripComments(file.content());
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            if (!m.group(1).startsWith("com.allianceadvisor.engine.")) {
                report(file, text, m.start(), "imports " + m.group(1) + "; rules may only use the fact model (com.allianceadvisor.engine)");
            }
        }
        gating(file, text);
        m = FORBIDDEN.matcher(text);
        while (m.find()) {
            report(file, text, m.start(), "uses '" + m.group().trim() + "'; rules may only use insertLogical on the fact model");
        }
        m = ENGINE_HANDLE.matcher(text);
        while (m.find()) {
            report(file, text, m.start(), "uses '" + m.group().trim() + "'; rules may only use insertLogical on the fact model");
        }
        Matcher c = CONSEQUENCE.matcher(text);
        while (c.find()) {
            // string literals keep their length so positions still point at the right line
            Matcher loop = LOOP.matcher(blankStrings(c.group(1)));
            while (loop.find()) {
                report(file, text, c.start(1) + loop.start(), "has a '" + loop.group(1) + "' loop in a consequence; a consequence only inserts facts "
                        + "(let the rules do the repeating)");
            }
            Matcher inserted = INSERTED.matcher(c.group(1));
            while (inserted.find()) {
                if (!DERIVED.contains(inserted.group(1))) {
                    report(file, text, c.start(1) + inserted.start(), "inserts a " + inserted.group(1) + "; rules may insert only "
                            + String.join(", ", DERIVED));
                }
            }
        }
        m = QUESTION_ID.matcher(text);
        while (m.find()) {
            question(file, text, m.start(), m.group(1));
        }
        m = QUESTION_LIST.matcher(text);
        while (m.find()) {
            for (String id : literals(m.group(1))) {
                question(file, text, m.start(), id);
            }
        }
        m = KEY_LIST.matcher(text);
        while (m.find()) {
            for (String key : literals(m.group(1))) {
                finding(file, text, m.start(), key, null);
            }
        }
        m = GUIDANCE_LIST.matcher(text);
        while (m.find()) {
            for (String id : literals(m.group(1))) {
                guidance(file, text, m.start(), id);
            }
        }
        m = ANSWER_VALUE.matcher(text);
        while (m.find()) {
            value(file, text, m.start(), m.group(1), m.group(2));
        }
        m = ANSWER_IN.matcher(text);
        while (m.find()) {
            for (String v : literals(m.group(2))) {
                value(file, text, m.start(), m.group(1), v);
            }
        }
        m = GOAL.matcher(text);
        while (m.find()) {
            area(file, text, m.start(), m.group(1));
        }
        m = ASK_GOAL.matcher(text);
        while (m.find()) {
            area(file, text, m.start(), m.group(1));
        }
        m = ASK.matcher(text);
        while (m.find()) {
            question(file, text, m.start(), m.group(1));
            area(file, text, m.start(), m.group(2));
        }
        m = ADVICE.matcher(text);
        while (m.find()) {
            guidance(file, text, m.start(), m.group(1));
            area(file, text, m.start(), m.group(2));
            if (!kb.strengths().contains(m.group(3))) {
                report(file, text, m.start(), "advice strength '" + m.group(3) + "' is not allowed; allowed: " + String.join(", ", kb.strengths()));
            }
        }
        m = ADVICE_MATCH.matcher(text);
        while (m.find()) {
            guidance(file, text, m.start(), m.group(1));
        }
        m = NEW_FINDING.matcher(text);
        while (m.find()) {
            finding(file, text, m.start(), m.group(1), m.group(3));
        }
        m = FINDING_MATCH.matcher(text);
        while (m.find()) {
            finding(file, text, m.start(), m.group(1), m.group(2));
        }
        m = FINDING_IN.matcher(text);
        while (m.find()) {
            for (String v : literals(m.group(2))) {
                finding(file, text, m.start(), m.group(1), v);
            }
        }
        m = EVIDENCE.matcher(text);
        while (m.find()) {
            finding(file, text, m.start(), m.group(1), m.group(2));
        }
        m = SWING.matcher(text);
        while (m.find()) {
            finding(file, text, m.start(), m.group(1), null);
            question(file, text, m.start(), m.group(2));
        }
    }

    private void question(RuleFile file, String text, int at, String id) {
        if (kb.question(id) == null) {
            report(file, text, at, "question '" + id + "' is not in the question bank");
        }
    }

    private void value(RuleFile file, String text, int at, String questionId, String value) {
        Question q = kb.question(questionId);
        if (q != null && !q.isNumber() && q.normalise(value).filter(value::equals).isEmpty()) {
            report(file, text, at, "question '" + questionId + "' has no option '" + value + "'; allowed: " + q.allowedDescription());
        }
    }

    private void area(RuleFile file, String text, int at, String id) {
        if (kb.area(id) == null) {
            report(file, text, at, "goal '" + id + "' is not in areas.json; allowed: " + String.join(", ", kb.areaIds()));
        }
    }

    private void guidance(RuleFile file, String text, int at, String id) {
        if (kb.guidance(id) == null) {
            report(file, text, at, "guidance '" + id + "' is not in the knowledge base");
        }
    }

    private void finding(RuleFile file, String text, int at, String key, String value) {
        FindingDef def = kb.finding(key);
        if (def == null) {
            report(file, text, at, "finding '" + key + "' is not in the findings catalogue");
        } else if (value != null && !def.isNumber() && !def.isText() && !def.values().contains(value)) {
            report(file, text, at, "finding '" + key + "' has no value '" + value + "'; allowed: " + String.join(", ", def.values()));
        }
    }

    private static final Pattern RULE_WHEN = Pattern.compile("(?s)\\brule\\s+\"([^\"]*)\"(.*?)\\bthen\\b");
    private static final Pattern KEYED = Pattern.compile("(?:key|topic)\\s*==\\s*" + STR);

    /**
     * A file named after an area ({@code <area>.drl}, or {@code <area>.<what>.generated.drl} made from a rule table of the
     * area) holds that area's rules: each must hold only when the
     * area is chosen, by its goal ({@code Goal(area == "<area>")}) or a finding of the area's own catalogue
     * (itself derived under the goal). A rule gated by neither fires for every goal.
     */
    private void gating(RuleFile file, String text) {
        String base = file.name().replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (!base.endsWith(".drl")) {
            return;
        }
        // <area>.drl, and the rules of a rule table, generated/<area>.<what>.generated.drl
        String area = base.substring(0, base.indexOf('.'));
        if (!kb.areaIds().contains(area)) {
            return;
        }
        Pattern goal = Pattern.compile("Goal\\s*\\(\\s*area\\s*==\\s*\"" + Pattern.quote(area) + "\"");
        Matcher r = RULE_WHEN.matcher(text);
        while (r.find()) {
            String when = r.group(2);
            if (goal.matcher(when).find()) {
                continue;
            }
            boolean ownFinding = false;
            Matcher k = KEYED.matcher(when);
            while (k.find() && !ownFinding) {
                FindingDef def = kb.findings().get(k.group(1));
                ownFinding = def != null && def.area().equals(area);
            }
            if (!ownFinding) {
                report(file, text, r.start(), "rule \"" + ruleName(file.content(), text, r.start()) + "\" is not gated by its area: add Goal(area == \"" + area
                        + "\") or a condition on a finding of findings/" + area + ".json; otherwise it fires for every goal");
            }
        }
    }

    /** The name of the rule at an offset of the stripped text (which blanks rule names): read from the file's own line. */
    private static String ruleName(String raw, String stripped, int at) {
        int line = (int) stripped.substring(0, at).chars().filter(ch -> ch == '\n').count();
        String[] lines = raw.split("\n", -1);
        Matcher m = Pattern.compile("rule\\s+\"([^\"]*)\"").matcher(line < lines.length ? lines[line] : "");
        return m.find() ? m.group(1) : "";
    }

    private void report(RuleFile file, String text, int at, String message) {
        problems.add(file.name() + ":" + line(text, at) + ": " + message);
    }

    /** The 1-based line of an offset in a text. */
    public static int line(String text, int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<String> literals(String list) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile(STR).matcher(list);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** Blanks out comments and rule names, keeping line breaks so line numbers stay right. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean inString = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                i++;
            } else if (c == '"') {
                inString = true;
                out.append(c);
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll("(?m)^(\\s*rule\\s+)\"[^\"]*\"", "$1\"\"");
    }
}
