package com.allianceadvisor.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.PredictionItem;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Source;
import com.allianceadvisor.knowledge.Term;
import com.allianceadvisor.knowledge.TrainingCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The training output: score cards as text, JSON and Markdown; handouts, debrief notes, glossary exports. */
final class TrainingReports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int WIDTH = 100;

    private TrainingReports() {
    }

    // ------------------------------------------------------------------ score cards

    static String json(ScoreCard card) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("case", card.caseId());
        root.put("trainee", card.trainee());
        root.put("score", card.score());
        root.put("goals", card.goals());
        List<Map<String, Object>> items = new ArrayList<>();
        for (ScoredItem i : card.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", i.key());
            m.put("goal", i.goal());
            m.put("label", i.label());
            m.put("predicted", i.predicted());
            m.put("expected", i.expected());
            m.put("credit", i.credit());
            m.put("scored", i.scored());
            m.put("explanation", String.join("\n", i.explanation()));
            m.put("sources", i.sources());
            items.add(m);
        }
        root.put("items", items);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String markdown(ScoreCard card, KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder();
        TrainingCase tc = kb.trainingCase(card.caseId());
        sb.append("# ").append(Text.md(tc == null ? card.caseId() : tc.title())).append(": ").append(Text.md(card.trainee()))
                .append(", ").append(card.score()).append("/100\n\n");
        card.goals().forEach((g, s) -> sb.append("- ").append(Text.md(g)).append(": ").append(s).append("/100\n"));
        sb.append('\n');
        for (ScoredItem i : card.items()) {
            sb.append("## ").append(Text.md(i.label())).append(i.scored() ? String.format(Locale.ROOT, " (credit %.2f)", i.credit()) : " (not scored)")
                    .append("\n\n");
            for (String line : i.explanation()) {
                sb.append(line.startsWith(" ") ? "    - " : "- ").append(Text.md(line.trim())).append('\n');
            }
            sources(i.sources(), kb, sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The reveal after a goal's predictions, as shell text. */
    static List<String> reveal(List<ScoredItem> items, KnowledgeBase kb) {
        List<String> lines = new ArrayList<>();
        for (ScoredItem i : items) {
            lines.add(i.label() + ": " + (i.scored() ? String.format(Locale.ROOT, "credit %.2f", i.credit()) : "not scored"));
            if (!i.scored()) {
                lines.add("  " + i.explanation().get(0));
                continue;
            }
            lines.add(String.format("  you: %-36s advisor: %s", i.predicted().isEmpty() ? "(no prediction)" : Labels.list(kb.finding(findingOf(i, kb)), i.predicted()),
                    i.expected().isEmpty() ? "(no conclusion)" : Labels.list(kb.finding(findingOf(i, kb)), i.expected())));
            for (String line : i.explanation().subList(1, i.explanation().size())) {
                lines.add("  " + line);
            }
            if (!i.sources().isEmpty() && i.credit() < 1) {
                List<String> refs = new ArrayList<>();
                for (String id : i.sources()) {
                    Source s = kb.sources().get(id);
                    refs.add(s == null ? id : shortReference(s));
                }
                lines.add("  Sources: " + String.join("; ", refs));
            }
        }
        return lines;
    }

    private static String shortReference(Source s) {
        String r = s.reference();
        int cut = r.indexOf(". ", 20);
        return cut > 0 && cut < 110 ? r.substring(0, cut + 1) : r.length() > 110 ? r.substring(0, 109) + "…" : r;
    }

    private static void sources(List<String> ids, KnowledgeBase kb, StringBuilder sb) {
        if (ids.isEmpty()) {
            return;
        }
        sb.append("\nSources:\n");
        for (String id : ids) {
            Source s = kb.sources().get(id);
            sb.append("- ").append(Text.md(s == null ? id : s.reference())).append('\n');
        }
    }

    static String csv(String s) {
        String v = s == null ? "" : s;
        if (v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@")) {
            v = "'" + v; // never a formula in a spreadsheet
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    // ------------------------------------------------------------------ handout and debrief

    static String handout(Exercise ex) {
        TrainingCase tc = ex.trainingCase();
        KnowledgeBase kb = ex.knowledge();
        StringBuilder sb = new StringBuilder();
        header(tc, sb);
        sb.append(Text.mdBlock(tc.narrative())).append("\n\n");
        sb.append("## Your predictions\n\n");
        sb.append("Name: ______________________\n\n");
        sb.append("For each item tick what you expect the advisor to conclude from the case (or `unknown`).\n\n");
        for (String goal : ex.goals()) {
            sb.append("### ").append(Text.md(kb.area(goal) == null ? goal : kb.area(goal).title())).append("\n\n");
            for (PredictionItem item : ex.items(goal)) {
                sb.append("**").append(Text.md(item.label())).append("** (`").append(item.key()).append("`; ").append(howMany(item)).append(")\n\n");
                FindingDef def = kb.finding(item.finding());
                for (String v : def.values()) {
                    sb.append("- [ ] ").append(Text.md(Labels.of(def, v))).append(" (`").append(v).append("`)\n");
                }
                sb.append("- [ ] unknown\n\n");
            }
        }
        sb.append("## The same as a prediction file\n\nFill in and hand in as `<your name>.json`; the trainer grades the folder with "
                + "`train grade --case ").append(tc.id()).append(" --dir DIR --out grades.csv`.\n\n```json\n");
        Map<String, Object> predictions = new LinkedHashMap<>();
        for (PredictionItem item : ex.items()) {
            predictions.put(item.key(), item.kind().equals(PredictionItem.SINGLE) ? "unknown" : List.of("unknown"));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("trainee", "your-name");
        file.put("case", tc.id());
        file.put("predictions", predictions);
        try {
            sb.append(MAPPER.writeValueAsString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        sb.append("\n```\n");
        return sb.toString();
    }

    private static String findingOf(ScoredItem i, KnowledgeBase kb) {
        return kb.predictions().stream().filter(p -> p.key().equals(i.key())).map(PredictionItem::finding).findFirst().orElse(i.key());
    }

    static String howMany(PredictionItem item) {
        return switch (item.kind()) {
            case PredictionItem.SINGLE -> "one";
            case PredictionItem.LIST -> "all that apply";
            default -> item.pick() == 1 ? "one" : "up to " + item.pick();
        };
    }

    private static void header(TrainingCase tc, StringBuilder sb) {
        sb.append("# ").append(Text.md(tc.title())).append("\n\n");
        sb.append("*").append(tc.year()).append(" · ").append(Text.md(tc.industry())).append(" · partners: ")
                .append(Text.md(String.join(", ", tc.partners()))).append(" · difficulty ").append(tc.difficulty()).append(" of 3*\n\n");
    }

    static String debrief(Exercise ex) {
        TrainingCase tc = ex.trainingCase();
        KnowledgeBase kb = ex.knowledge();
        StringBuilder sb = new StringBuilder();
        sb.append("# Trainer's notes: ").append(Text.md(tc.title())).append("\n\n");
        sb.append("*").append(tc.year()).append(" · ").append(Text.md(tc.industry())).append(" · goals: ")
                .append(Text.md(String.join(", ", tc.goals()))).append(" · difficulty ").append(tc.difficulty()).append(" of 3*\n\n");
        sb.append("## How the case is coded\n\n| question | answer | supported by |\n|---|---|---|\n");
        codingRows(tc.answers(), tc.coding(), kb, "", sb);
        codingRows(tc.partnerAnswers(), tc.partnerCoding(), kb, "partner: ", sb);
        sb.append("\n## What the advisor concludes, and why\n\n");
        for (PredictionItem item : ex.items()) {
            ScoredItem s = ex.reveal(item);
            sb.append("**").append(Text.md(item.label())).append("**: ")
                    .append(s.expected().isEmpty() ? "no conclusion" : Text.md(Labels.list(kb.finding(item.finding()), s.expected()))).append("\n\n");
            for (String line : s.explanation().subList(Math.min(1, s.explanation().size()), s.explanation().size())) {
                sb.append(line.startsWith("    ") ? "    - " : "- ").append(Text.md(line.trim())).append('\n');
            }
            sb.append('\n');
        }
        sb.append("## What happened\n\n").append(Text.mdBlock(tc.whatHappened())).append("\n\n");
        sb.append("## Debrief\n\n");
        for (String goal : tc.goals()) {
            sb.append("### ").append(Text.md(kb.area(goal) == null ? goal : kb.area(goal).title())).append("\n\n");
            int n = 1;
            for (TrainingCase.Debrief d : tc.debrief().getOrDefault(goal, List.of())) {
                sb.append(n++).append(". ").append(Text.md(d.question())).append('\n');
                d.points().forEach(p -> sb.append("    - ").append(Text.md(p)).append('\n'));
            }
            sb.append('\n');
        }
        sources(tc.sources(), kb, sb);
        return sb.toString();
    }

    private static void codingRows(Map<String, String> answers, Map<String, String> coding, KnowledgeBase kb, String prefix, StringBuilder sb) {
        answers.forEach((q, v) -> {
            Question question = kb.question(q);
            sb.append("| ").append(Text.md(prefix + (question == null ? q : question.text()))).append(" | ")
                    .append(Text.md(question == null ? v : question.label(v))).append(" | ").append(Text.md(coding.getOrDefault(q, ""))).append(" |\n");
        });
    }

    // ------------------------------------------------------------------ glossary

    static String glossaryIndex(List<Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            sb.append(String.format("%-44s %s%n", t.term(), firstSentence(t.definition())));
        }
        sb.append(terms.size()).append(" terms. 'explain <term>' for one of them.\n");
        return sb.toString();
    }

    static String explain(Term t, KnowledgeBase kb) {
        List<String> lines = new ArrayList<>();
        lines.add(t.term() + (t.aliases().isEmpty() ? "" : " (also: " + String.join(", ", t.aliases()) + ")"));
        lines.addAll(Text.wrap(t.definition(), WIDTH, "  "));
        lines.addAll(Text.wrap("Example: " + t.example(), WIDTH, "  "));
        List<String> related = new ArrayList<>();
        t.related().forEach(r -> related.add(kb.glossary().containsKey(r) ? kb.glossary().get(r).term() : r));
        if (!related.isEmpty()) {
            lines.add("  Related: " + String.join(", ", related));
        }
        List<String> used = new ArrayList<>();
        t.questions().forEach(q -> used.add("question " + q));
        t.findings().forEach(f -> used.add("finding " + f));
        t.guidance().forEach(g -> used.add("advice " + g));
        if (!used.isEmpty()) {
            lines.addAll(Text.wrap("In the advisor: " + String.join(", ", used), WIDTH, "  "));
        }
        for (String id : t.sources()) {
            Source s = kb.sources().get(id);
            lines.add("  Source: " + (s == null ? id : s.reference()));
        }
        return String.join("\n", lines) + "\n";
    }

    static String glossaryJson(List<Term> terms) {
        try {
            return MAPPER.writeValueAsString(Map.of("terms", terms)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String glossaryMarkdown(List<Term> terms, KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder("# Glossary of alliance management\n\n");
        for (Term t : terms) {
            sb.append("## ").append(Text.md(t.term())).append("\n\n").append(Text.md(t.definition())).append("\n\n");
            sb.append("*Example:* ").append(Text.md(t.example())).append("\n\n");
            if (!t.related().isEmpty()) {
                List<String> related = new ArrayList<>();
                t.related().forEach(r -> related.add(Text.md(kb.glossary().containsKey(r) ? kb.glossary().get(r).term() : r)));
                sb.append("*Related:* ").append(String.join(", ", related)).append("\n\n");
            }
            List<String> refs = new ArrayList<>();
            t.sources().forEach(id -> refs.add(Text.md(kb.sources().containsKey(id) ? kb.sources().get(id).reference() : id)));
            sb.append("*Sources:* ").append(String.join("; ", refs)).append("\n\n");
        }
        return sb.toString();
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String s = end < 0 ? text : text.substring(0, end + 1);
        return s.length() > 110 ? s.substring(0, 109) + "…" : s;
    }
}
