package com.allianceadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.drools.template.ObjectDataCompiler;

import com.allianceadvisor.engine.RuleFile;

/**
 * Rules written once as a shape and generated, one per row of a declaration in the knowledge base, at
 * load: the crosswalks ({@code crosswalks.json}), one rule per scale value and model; the asking rules of
 * the questions; the advice rules of the guidance items; and the evidence tables, through Drools' own rule
 * templates ({@code templates/*.drt}), with the swings computed from the rows; and the rule tables
 * ({@code tables/*.json}), each through the rule template of the rules folder it names ({@code rules/*.drt}).
 * The text is compiled, checked and cached like any rule file; its name says where the rows come from.
 */
public final class GeneratedRules {
    /** The name of the generated file (its base name never clashes with a file of the rules folder). */
    public static final String CROSSWALK_FILE = "generated/" + CrosswalkReader.FILE.replace(".json", "") + ".generated.drl";
    /** The asking rules, from the questions' {@code ask} declarations. */
    public static final String ASK_FILE = "generated/questions-ask.generated.drl";
    /** The classification rules, from the findings' {@code fromAnswers} declarations. */
    public static final String FROM_ANSWERS_FILE = "generated/findings-from-answers.generated.drl";
    /** The advice rules, from the guidance items' {@code given} declarations. */
    public static final String ADVICE_FILE = "generated/guidance-given.generated.drl";
    /** The evidence rules, one per row of the evidence tables, and the swings computed from them. */
    public static final String EVIDENCE_FILE = "generated/evidence-rows.generated.drl";
    public static final String SWING_FILE = "generated/evidence-swings.generated.drl";
    /** The file kind of a rule template in the rules folder: not compiled itself, but once per rule table that names it. */
    public static final String TEMPLATE_SUFFIX = ".drt";
    private static final String IMPORTS = """
            package advisor.rules;

            import com.allianceadvisor.engine.Goal;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.DerivedAnswer;
            import com.allianceadvisor.engine.PartnerAnswer;
            import com.allianceadvisor.engine.Ask;
            import com.allianceadvisor.engine.Finding;
            import com.allianceadvisor.engine.Evidence;
            import com.allianceadvisor.engine.Score;
            import com.allianceadvisor.engine.Swing;
            import com.allianceadvisor.engine.Advice;
            import com.allianceadvisor.engine.AllianceFact;

            """;

    private GeneratedRules() {
    }

    private static List<RuleFile> of(KnowledgeBase kb, Map<String, String> templates, Path keep) {
        List<RuleFile> files = new ArrayList<>();
        if (!kb.crosswalks().isEmpty()) {
            files.add(new RuleFile(CROSSWALK_FILE, crosswalks(kb.crosswalks())));
        }
        if (kb.questions().values().stream().anyMatch(q -> !q.asks().isEmpty())) {
            files.add(new RuleFile(ASK_FILE, asks(kb)));
        }
        if (kb.findings().values().stream().anyMatch(f -> !f.fromAnswers().isEmpty())) {
            files.add(new RuleFile(FROM_ANSWERS_FILE, fromAnswers(kb)));
        }
        if (kb.guidance().values().stream().anyMatch(g -> !g.given().isEmpty())) {
            files.add(new RuleFile(ADVICE_FILE, given(kb)));
        }
        if (!kb.evidence().isEmpty()) {
            files.add(new RuleFile(EVIDENCE_FILE, evidence(kb.evidence(), keep)));
        }
        if (kb.evidence().stream().anyMatch(EvidenceTable::settles)) {
            files.add(new RuleFile(SWING_FILE, swings(kb.evidence(), keep)));
        }
        files.addAll(tables(kb, templates, keep));
        return files;
    }

    /** The rules of every rule table through its template; every table that does not fit its template is a problem. */
    private static List<RuleFile> tables(KnowledgeBase kb, Map<String, String> templates, Path keep) {
        List<RuleFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (RuleTable t : kb.tables()) {
            String drl = table(t, templates, keep, problems);
            if (drl != null) {
                files.add(new RuleFile(tableFile(t), drl));
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return files;
    }

    /** The name of the rules generated from a table (messages and the cache use it). */
    public static String tableFile(RuleTable t) {
        return "generated/" + t.table() + ".generated.drl";
    }

    /** The rule templates among the rule files, by their base name. */
    private static Map<String, String> templates(List<RuleFile> files) {
        Map<String, String> templates = new LinkedHashMap<>();
        for (RuleFile f : files) {
            if (f.name().endsWith(TEMPLATE_SUFFIX)) {
                String n = f.name().replace('\\', '/');
                templates.put(n.substring(n.lastIndexOf('/') + 1), f.content());
            }
        }
        return templates;
    }

    /** The parameters a template declares: the lines after {@code template header} up to the first blank line. */
    static List<String> parameters(String template) {
        List<String> params = new ArrayList<>();
        String[] lines = template.split("\\R", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length || !lines[i].trim().equals("template header")) {
            return null;
        }
        for (i++; i < lines.length && !lines[i].isBlank(); i++) {
            params.add(lines[i].trim());
        }
        return params;
    }

    /** The rules of one table through its template; null (with the problems) when they do not fit each other. */
    private static String table(RuleTable t, Map<String, String> templates, Path keep, List<String> problems) {
        String template = templates.get(t.template());
        if (template == null) {
            problems.add(t.file() + ": 'template' '" + t.template() + "' is not in the rules folder; "
                    + (templates.isEmpty() ? "it holds no .drt file" : "templates there: " + String.join(", ", new java.util.TreeSet<>(templates.keySet()))));
            return null;
        }
        List<String> params = parameters(template);
        if (params == null || params.isEmpty()) {
            problems.add("rules/" + t.template() + ": line 1: a rule template starts with 'template header' and its parameters,"
                    + " one per line, then a blank line");
            return null;
        }
        boolean fits = true;
        for (String c : t.columns()) {
            if (!params.contains(c)) {
                String near = Nearest.of(c, params);
                problems.add(t.file() + ": column '" + c + "' is not a parameter of rules/" + t.template()
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + "; its parameters: " + String.join(", ", params));
                fits = false;
            }
        }
        for (String p : params) {
            if (!t.columns().contains(p)) {
                problems.add(t.file() + ": column '" + p + "' is missing: rules/" + t.template() + " uses it; columns needed: "
                        + String.join(", ", params));
                fits = false;
            }
        }
        if (!fits) {
            return null;
        }
        try {
            return template(t.template(), template.getBytes(StandardCharsets.UTF_8), t.data(), keep,
                    // the text names the table as the knowledge base does, not by the folder it was read from: the
                    // text is part of the cache key, and the build reads the shipped tables from another path
                    "// Generated from " + RuleTableReader.fileOf(t.table()) + " through rules/" + t.template() + " at load: do not edit; edit the table or the template.\n");
        } catch (RuntimeException e) {
            problems.add("rules/" + t.template() + ": cannot be applied to " + t.file() + ": " + e.getMessage());
            return null;
        }
    }

    /** The rule files of a folder followed by those generated from the knowledge base. */
    public static List<RuleFile> with(List<RuleFile> files, KnowledgeBase kb) {
        return with(files, kb, null);
    }

    /**
     * As {@link #with(List, KnowledgeBase)}, keeping what the rule templates produce in a folder (null: none):
     * Drools' template engine takes about 0.3 s to start, the same rows give the same text, and the next
     * start reads it instead. The build ships the text of the shipped tables ({@value #SHIPPED_TEXTS}).
     */
    public static List<RuleFile> with(List<RuleFile> files, KnowledgeBase kb, Path keep) {
        List<RuleFile> all = new ArrayList<>(files.stream().filter(f -> !f.name().endsWith(TEMPLATE_SUFFIX)).toList());
        all.addAll(of(kb, templates(files), keep));
        return all;
    }

    /** Where the build puts the template output of the shipped evidence tables, on the class path. */
    static final String SHIPPED_TEXTS = "advisor/generated-rules/";

    /** Build step: writes the template output of the knowledge base's tables to a folder the jar ships. */
    static void ship(KnowledgeBase kb, List<RuleFile> files, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (var old = Files.list(out)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        evidence(kb.evidence(), out);
        swings(kb.evidence(), out);
        tables(kb, templates(files), out);
    }

    /** One rule per ask declaration: the goal is chosen, the question is not answered, and the declared conditions hold. */
    static String asks(KnowledgeBase kb) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from the 'ask' declarations of knowledge-base/questions/*.json at load: do not edit.

                """);
        for (Question q : kb.questions().values()) {
            for (Question.Asking a : q.asks()) {
                drl.append("rule \"").append(a.because()).append("\"\nwhen\n")
                        .append("    Goal(area == \"").append(a.goal()).append("\")\n")
                        .append("    not Answer(questionId == \"").append(q.id()).append("\")\n");
                a.when().forEach(w -> drl.append("    ").append(w).append('\n'));
                drl.append("then\n    insertLogical(new Ask(\"").append(q.id()).append("\", \"").append(a.goal()).append("\", ")
                        .append(a.priority()).append("));\nend\n\n");
            }
        }
        return drl.toString();
    }

    /** One rule per fromAnswers declaration: the finding's goal is chosen and the answer has one of the values. */
    static String fromAnswers(KnowledgeBase kb) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from the 'fromAnswers' declarations of knowledge-base/findings/*.json at load: do not edit.

                """);
        for (FindingDef f : kb.findings().values()) {
            for (FindingDef.FromAnswer a : f.fromAnswers()) {
                drl.append("rule \"").append(a.because()).append("\"\nwhen\n")
                        .append("    Goal(area == \"").append(f.area()).append("\")\n")
                        .append("    Answer(questionId == \"").append(a.question()).append("\", ").append(valueIn(a.values())).append(")\n")
                        .append("then\n    insertLogical(new Finding(\"").append(f.key()).append("\", \"").append(a.gives())
                        .append("\"));\nend\n\n");
            }
        }
        return drl.toString();
    }

    /** One rule per given declaration: the item's goal is chosen, the finding has the value, and the declared conditions hold. */
    static String given(KnowledgeBase kb) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from the 'given' declarations of knowledge-base/guidance/*.json at load: do not edit.

                """);
        for (Guidance g : kb.guidance().values()) {
            for (Guidance.Giving d : g.given()) {
                drl.append("rule \"").append(d.because()).append("\"\nwhen\n")
                        .append("    Goal(area == \"").append(g.area()).append("\")\n");
                if (!d.finding().isEmpty()) {
                    drl.append("    Finding(key == \"").append(d.finding()).append('"');
                    if (!d.value().isEmpty()) {
                        drl.append(", value == \"").append(d.value()).append('"');
                    }
                    drl.append(")\n");
                }
                d.when().forEach(w -> drl.append("    ").append(w).append('\n'));
                drl.append("then\n    insertLogical(new Advice(\"").append(g.id()).append("\", \"").append(g.area()).append("\", ")
                        .append(d.priority()).append(", \"").append(d.strength()).append("\"));\nend\n\n");
            }
        }
        return drl.toString();
    }

    static String crosswalks(List<Crosswalk> crosswalks) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from crosswalks.json at load: do not edit; edit the crosswalk instead.
                // A given answer on the scale places the alliance on each model that answers a question;
                // a given answer to that question always wins over the derived one.

                """);
        for (Crosswalk c : crosswalks) {
            for (Crosswalk.Model m : c.models()) {
                if (!m.answersQuestion()) {
                    continue;
                }
                for (Map.Entry<String, String> e : m.values().entrySet()) {
                    drl.append("rule \"Crosswalk: ").append(c.scale()).append(' ').append(e.getKey()).append(" gives ")
                            .append(m.question()).append(' ').append(e.getValue()).append("\"\n")
                            .append("when\n")
                            .append("    Answer(questionId == \"").append(c.scale()).append("\", value == \"").append(e.getKey()).append("\", given)\n")
                            .append("    not Answer(questionId == \"").append(m.question()).append("\", given)\n")
                            .append("then\n")
                            .append("    insertLogical(new DerivedAnswer(\"").append(m.question()).append("\", \"").append(e.getValue())
                            .append("\", \"").append(c.scale()).append("\"));\n")
                            .append("end\n\n");
                }
            }
        }
        return drl.toString();
    }

    /** One evidence rule per row of the tables, from {@code templates/evidence.drt}. */
    static String evidence(List<EvidenceTable> tables) {
        return evidence(tables, null);
    }

    private static String evidence(List<EvidenceTable> tables, Path keep) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (EvidenceTable t : tables) {
            for (EvidenceTable.Row r : t.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("because", r.because());
                row.put("area", t.area());
                row.put("gate", String.join("\n    ", t.gate()));
                row.put("pattern", pattern(r));
                row.put("topic", t.topic());
                row.put("option", r.option());
                row.put("weight", String.valueOf(r.weight()));
                row.put("reason", literal(r.reason()));
                data.add(row);
            }
        }
        return template("evidence.drt", data, keep, """
                // Generated from the evidence tables, knowledge-base/evidence/*.json, at load: do not edit; edit the table.
                // One rule per row: the goal is chosen, the table's conditions hold, and the answer (or finding) has one
                // of the row's values; the row's weight then counts for its option, with its reason.
                """);
    }

    /**
     * One swing rule per table that settles, from {@code templates/swings.drt}: it inserts, for every question
     * and ordered pair of options, the most one answer to the question can lift the first over the second (one rule
     * rather than one per pair: they all hold under the same condition, and each firing costs a batch time).
     */
    static String swings(List<EvidenceTable> tables) {
        return swings(tables, null);
    }

    private static String swings(List<EvidenceTable> tables, Path keep) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (EvidenceTable t : tables) {
            if (!t.settles()) {
                continue;
            }
            StringBuilder lines = new StringBuilder();
            t.netSwings().forEach((question, options) -> options.forEach((option, against) -> against.forEach((other, weight) ->
                    lines.append("    insertLogical(new Swing(\"").append(t.topic()).append("\", \"").append(question).append("\", \"")
                            .append(option).append("\", \"").append(other).append("\", ").append(weight).append("));\n"))));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("because", "The open questions of " + t.topic() + " can still move its options as far as its table allows");
            row.put("area", t.area());
            row.put("gate", String.join("\n    ", t.gate()));
            row.put("swings", lines.toString().stripTrailing());
            data.add(row);
        }
        return template("swings.drt", data, keep, """
                // Generated from the evidence tables that settle, knowledge-base/evidence/*.json, at load: do not edit.
                // One rule per table: for each question and ordered pair of options, the most one answer to the
                // question can lift the first over the second. The interview stops asking about a topic once the open
                // questions' swings cannot overturn its leader.
                """);
    }

    /** The condition of a row: the answer (or finding) has one of its values; nothing for a baseline row. */
    private static String pattern(EvidenceTable.Row r) {
        if (r.isBaseline()) {
            return "";
        }
        String values = valueIn(r.values());
        return r.question().isEmpty() ? "Finding(key == \"" + r.finding() + "\", " + values + ")"
                : "Answer(questionId == \"" + r.question() + "\", " + values + ")";
    }

    /** The constraint that a value is one of these: {@code value == "a"} or {@code value in ("a", "b")}. */
    private static String valueIn(List<String> values) {
        return values.size() == 1 ? "value == \"" + values.get(0) + "\""
                : "value in (" + values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")) + ")";
    }

    /** Text placed inside a DRL string literal. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The rules of a template over the rows, with the comment after the package line (a template file cannot hold comments). */
    private static String template(String name, List<Map<String, Object>> data, Path keep, String comment) {
        byte[] template;
        try (InputStream in = GeneratedRules.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the rule template templates/" + name + " is missing from the build");
            }
            template = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template(name, template, data, keep, comment);
    }

    private static String template(String name, byte[] template, List<Map<String, Object>> data, Path keep, String comment) {
        String key = key(name, template, data, comment);
        String kept = kept(key, keep);
        if (kept != null) {
            return kept;
        }
        String drl = new ObjectDataCompiler().compile(data, new java.io.ByteArrayInputStream(template));
        int line = drl.indexOf('\n');
        drl = drl.substring(0, line + 1) + "\n" + comment + drl.substring(line + 1);
        if (keep != null) {
            try {
                Files.createDirectories(keep);
                Path tmp = Files.createTempFile(keep, key, ".tmp");
                Files.writeString(tmp, drl, StandardCharsets.UTF_8);
                Files.move(tmp, keep.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                prune(keep);
            } catch (IOException | UnsupportedOperationException e) {
                // keeping is only a speed-up: the next start renders the template again
            }
        }
        return drl;
    }

    /** Texts kept at most: each edit of a table makes a new one, the oldest go. */
    private static final int KEPT = 20;

    private static void prune(Path keep) throws IOException {
        try (var list = Files.list(keep)) {
            List<Path> texts = list.filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (Path old : texts.subList(Math.min(KEPT, texts.size()), texts.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** The name of the kept text: a hash of the template, the rows and the comment. */
    private static String key(String name, byte[] template, List<Map<String, Object>> data, String comment) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(template);
            digest.update(data.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(comment.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16) + ".drl";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text kept for the key: shipped in the jar, or in the folder; null when neither has it. */
    private static String kept(String key, Path keep) {
        try (InputStream in = GeneratedRules.class.getClassLoader().getResourceAsStream(SHIPPED_TEXTS + key)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (keep != null && Files.isRegularFile(keep.resolve(key))) {
                return Files.readString(keep.resolve(key), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // unreadable: render again
        }
        return null;
    }
}
