package com.allianceadvisor.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.engine.AnswerFact;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Derivation;
import com.allianceadvisor.engine.Evidence;
import com.allianceadvisor.engine.Finding;
import com.allianceadvisor.engine.Justification;
import com.allianceadvisor.engine.Score;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.PredictionItem;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Term;
import com.allianceadvisor.report.ReportBuilder;

/**
 * Scores predictions against what the engine concludes from a case, and explains each miss from the
 * engine's own record: the strongest evidence and rules behind the advisor's value, the answers they
 * rest on, and the scores of the competing options.
 */
final class Scorer {
    /** How many pieces of deciding evidence a miss shows. */
    private static final int EVIDENCE_SHOWN = 3;

    private final KnowledgeBase kb;
    private final Consultation consultation;
    private final ReportBuilder describer;

    Scorer(KnowledgeBase kb, Consultation consultation) {
        this.kb = kb;
        this.consultation = consultation;
        this.describer = new ReportBuilder(kb);
    }

    /** What the advisor concludes for an item (empty: no conclusion). Ranked picks come largest first. */
    List<String> expected(PredictionItem item) {
        List<String> values = new ArrayList<>(consultation.findings().getOrDefault(item.finding(), List.of()));
        FindingDef def = kb.finding(item.finding());
        if (def != null) {
            values.sort(Comparator.comparingInt(v -> def.values().indexOf(v)));
        }
        if (PredictionItem.PICK.equals(item.kind()) && !item.rankBy().isEmpty()) {
            return top(values, item.pick(), v -> number(item.rankBy() + v));
        }
        return List.copyOf(values);
    }

    /** The n largest values by size, largest first; a value tied with the last one inside the cut is in the top too. */
    static List<String> top(List<String> values, int n, java.util.function.ToDoubleFunction<String> size) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble((String v) -> -size.applyAsDouble(v)));
        if (sorted.size() <= n) {
            return List.copyOf(sorted);
        }
        double cut = size.applyAsDouble(sorted.get(n - 1));
        return sorted.stream().filter(v -> size.applyAsDouble(v) >= cut).toList();
    }

    /** The full list behind a ranked pick (for half credit on a value ranked lower). */
    private List<String> all(PredictionItem item) {
        return consultation.findings().getOrDefault(item.finding(), List.of());
    }

    ScoreCard score(String caseId, String trainee, List<PredictionItem> items, Map<String, List<String>> predictions) {
        List<ScoredItem> scored = new ArrayList<>();
        for (PredictionItem item : items) {
            scored.add(score(item, predictions.getOrDefault(item.key(), List.of())));
        }
        Map<String, Integer> goals = new LinkedHashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        double total = 0;
        int count = 0;
        for (ScoredItem s : scored) {
            double[] sum = sums.computeIfAbsent(s.goal(), g -> new double[2]);
            if (s.scored()) {
                sum[0] += s.credit();
                sum[1]++;
                total += s.credit();
                count++;
            }
        }
        // a goal with nothing to score is left out rather than shown as 0
        sums.forEach((goal, sum) -> {
            if (sum[1] > 0) {
                goals.put(goal, (int) Math.round(100 * sum[0] / sum[1]));
            }
        });
        return new ScoreCard(caseId, trainee, count == 0 ? 0 : (int) Math.round(100 * total / count), goals, List.copyOf(scored));
    }

    ScoredItem score(PredictionItem item, List<String> predicted) {
        List<String> expected = expected(item);
        if (expected.isEmpty()) {
            return new ScoredItem(item.key(), item.goal(), item.label(), predicted, expected, 0, false,
                    List.of("The advisor reaches no conclusion on this from the case's answers, so it is not scored."), sources(item, List.of()));
        }
        double credit = credit(item, predicted, expected);
        List<String> explanation = new ArrayList<>();
        List<Derivation> derivations = new ArrayList<>();
        if (credit >= 1) {
            explanation.add("Right: the advisor concludes " + Labels.list(kb.finding(item.finding()), expected) + ".");
            Derivation d = firstDerivation(item, expected);
            if (d != null) {
                derivations.add(d);
                reasonLines(d, 1, explanation);
            }
        } else {
            explanation.add((credit > 0 ? "Partly right" : "Missed") + ": you predicted "
                    + (predicted.isEmpty() ? "nothing" : Labels.list(kb.finding(item.finding()), predicted)) + "; the advisor concludes " + Labels.list(kb.finding(item.finding()), expected) + ".");
            derivations.addAll(explainMiss(item, predicted, expected, explanation));
        }
        return new ScoredItem(item.key(), item.goal(), item.label(), predicted, expected, Math.round(credit * 100) / 100.0, true,
                List.copyOf(explanation), sources(item, derivations));
    }

    // ------------------------------------------------------------------ credit

    static double credit(PredictionItem item, List<String> predicted, List<String> expected, List<String> all) {
        switch (item.kind()) {
            case PredictionItem.SINGLE -> {
                if (predicted.isEmpty()) {
                    return 0;
                }
                String p = predicted.get(0);
                String e = expected.get(0);
                if (p.equals(e)) {
                    return 1;
                }
                int i = item.scale().indexOf(p);
                int j = item.scale().indexOf(e);
                return i >= 0 && j >= 0 && Math.abs(i - j) == 1 ? 0.5 : 0;
            }
            case PredictionItem.LIST -> {
                Set<String> union = new LinkedHashSet<>(predicted);
                union.addAll(expected);
                long shared = predicted.stream().distinct().filter(expected::contains).count();
                return union.isEmpty() ? 1 : (double) shared / union.size();
            }
            default -> {
                // each pick counts: a wrong one costs as much as a right one earns, even when the advisor names fewer
                Set<String> picks = new LinkedHashSet<>(predicted.subList(0, Math.min(predicted.size(), item.pick())));
                int wanted = Math.max(Math.min(item.pick(), expected.size()), picks.size());
                double sum = 0;
                for (String p : picks) {
                    sum += expected.contains(p) ? 1 : all.contains(p) ? 0.5 : 0;
                }
                return wanted == 0 ? 0 : Math.min(1, sum / wanted);
            }
        }
    }

    private double credit(PredictionItem item, List<String> predicted, List<String> expected) {
        return credit(item, predicted, expected, item.rankBy().isEmpty() ? expected : all(item));
    }

    // ------------------------------------------------------------------ explanations

    private List<Derivation> explainMiss(PredictionItem item, List<String> predicted, List<String> expected, List<String> lines) {
        List<Derivation> used = new ArrayList<>();
        List<Score> scores = scores(item.finding());
        if (!scores.isEmpty()) {
            scores.sort(Comparator.comparingInt(Score::getTotal).reversed().thenComparing(Score::getOption));
            List<String> parts = new ArrayList<>();
            scores.forEach(s -> parts.add(Labels.of(kb.finding(item.finding()), s.getOption()) + " " + s.getTotal()));
            lines.add("Scores of the options: " + String.join(", ", parts) + ".");
            String winner = expected.get(0);
            lines.add("What decided it for " + Labels.of(kb.finding(item.finding()), winner) + ":");
            used.addAll(evidenceLines(item.finding(), winner, lines));
            if (!predicted.isEmpty() && !predicted.get(0).equals(winner) && scores.stream().anyMatch(s -> s.getOption().equals(predicted.get(0)))) {
                lines.add("What spoke for your " + Labels.of(kb.finding(item.finding()), predicted.get(0)) + ":");
                used.addAll(evidenceLines(item.finding(), predicted.get(0), lines));
            }
            return used;
        }
        if (item.kind().equals(PredictionItem.PICK) && !item.rankBy().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String v : all(item).stream().sorted(Comparator.comparingDouble((String v) -> -number(item.rankBy() + v))).toList()) {
                parts.add(Labels.of(kb.finding(item.finding()), v) + " " + format(number(item.rankBy() + v)));
            }
            lines.add("Ranked by size: " + String.join(", ", parts) + ".");
        }
        for (String value : expected) {
            if (predicted.contains(value) && !item.kind().equals(PredictionItem.SINGLE)) {
                continue;
            }
            Derivation d = derivation(item.finding(), value);
            if (d != null) {
                used.add(d);
                lines.add("Why " + Labels.of(kb.finding(item.finding()), value) + ":");
                reasonLines(d, 2, lines);
            }
        }
        for (String p : predicted) {
            if (!expected.contains(p) && !all(item).contains(p)) {
                lines.add("No rule concludes " + Labels.of(kb.finding(item.finding()), p) + " from the case's answers.");
            }
        }
        return used;
    }

    /** The strongest positive evidence for an option: the rule sentence, its reason and the answers beneath. */
    private List<Derivation> evidenceLines(String topic, String option, List<String> lines) {
        List<Evidence> evidence = new ArrayList<>();
        for (Evidence e : consultation.facts(Evidence.class)) {
            if (e.getTopic().equals(topic) && e.getOption().equals(option) && e.getWeight() > 0) {
                evidence.add(e);
            }
        }
        evidence.sort(Comparator.comparingInt(Evidence::getWeight).reversed().thenComparing(Evidence::getReason));
        List<Derivation> used = new ArrayList<>();
        if (evidence.isEmpty()) {
            lines.add("  (no evidence beyond the starting weights)");
        }
        for (Evidence e : evidence.subList(0, Math.min(EVIDENCE_SHOWN, evidence.size()))) {
            Justification j = consultation.justification(e);
            Derivation d = consultation.derive(e);
            used.add(d);
            lines.add("  " + String.format("%+d", e.getWeight()) + " \"" + (j == null ? e.getReason() : j.rule()) + "\": " + e.getReason());
            answerLines(d, "    ", lines);
        }
        return used;
    }

    private void reasonLines(Derivation d, int rules, List<String> lines) {
        List<String> names = d.rules();
        for (String rule : names.subList(0, Math.min(rules, names.size()))) {
            lines.add("  \"" + rule + "\"");
        }
        answerLines(d, "    ", lines);
    }

    private void answerLines(Derivation d, String pad, List<String> lines) {
        if (d.answers().isEmpty()) {
            lines.add(pad + "rests on no answer of the case: it is what the rules conclude when nothing more is known");
        }
        for (AnswerFact a : d.answers()) {
            lines.add(pad + "rests on: " + describer.describe(a));
        }
    }

    private Derivation firstDerivation(PredictionItem item, List<String> expected) {
        List<Score> scores = scores(item.finding());
        if (!scores.isEmpty()) {
            for (Evidence e : consultation.facts(Evidence.class).stream()
                    .filter(e -> e.getTopic().equals(item.finding()) && e.getOption().equals(expected.get(0)) && e.getWeight() > 0)
                    .sorted(Comparator.comparingInt(Evidence::getWeight).reversed().thenComparing(Evidence::getReason)).toList()) {
                return consultation.derive(e);
            }
        }
        return derivation(item.finding(), expected.get(0));
    }

    private Derivation derivation(String key, String value) {
        for (Finding f : consultation.facts(Finding.class)) {
            if (f.getKey().equals(key) && f.getValue().equals(value)) {
                return consultation.derive(f);
            }
        }
        return null;
    }

    private List<Score> scores(String topic) {
        List<Score> list = new ArrayList<>();
        for (Score s : consultation.facts(Score.class)) {
            if (s.getTopic().equals(topic)) {
                list.add(s);
            }
        }
        return list;
    }

    private double number(String key) {
        List<String> v = consultation.findings().get(key);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(v.get(0));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    /** The sources of the questions the derivation rests on, then those of the glossary terms of the finding. */
    private List<String> sources(PredictionItem item, List<Derivation> derivations) {
        Set<String> ids = new LinkedHashSet<>();
        for (Derivation d : derivations) {
            for (AnswerFact a : d.answers()) {
                Question q = kb.question(a.getQuestionId());
                if (q != null) {
                    ids.addAll(q.sources());
                }
            }
        }
        for (Term t : kb.termsOfFinding(item.finding())) {
            ids.addAll(t.sources());
        }
        return List.copyOf(ids);
    }
}
