package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allianceadvisor.engine.Advice;
import com.allianceadvisor.engine.AllianceFact;
import com.allianceadvisor.engine.AnswerFact;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Derivation;
import com.allianceadvisor.engine.Evidence;
import com.allianceadvisor.engine.Finding;
import com.allianceadvisor.engine.Goal;
import com.allianceadvisor.engine.PartnerAnswer;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.engine.Score;
import com.allianceadvisor.knowledge.Area;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.Guidance;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.View;

/** Turns the state of a consultation into a {@link Report}, with the reasons behind each advice item. */
public final class ReportBuilder {
    /** The most advice items the top actions list. */
    public static final int TOP_ACTIONS = 7;
    /** How many rule sentences an item's compact reason names. */
    static final int REASONS = 2;
    /** The DRL metadata tag of the engine's own bookkeeping rules, left out of reasons. */
    public static final String BOOKKEEPING = "bookkeeping";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}|]+)(?:\\|([a-zA-Z]+))?}");

    private final KnowledgeBase kb;

    private final String rulesOrigin;

    public ReportBuilder(KnowledgeBase kb) {
        this(kb, null);
    }

    /** A builder whose reports also name the rules they were made with. */
    public ReportBuilder(com.allianceadvisor.knowledge.Content content) {
        this(content.knowledge(), content.rulesOrigin());
    }

    private ReportBuilder(KnowledgeBase kb, String rulesOrigin) {
        this.kb = kb;
        this.rulesOrigin = rulesOrigin;
    }

    /** The report without sensitivity analysis (cheap: for change summaries and scenario checks). */
    public Report build(Consultation consultation) {
        return build(consultation, null, null);
    }

    /** The report with the given sensitivity analysis (null: not computed). */
    public Report build(Consultation consultation, List<Report.Flip> sensitivity) {
        return build(consultation, sensitivity, null);
    }

    /** The report with the sensitivity analysis and the interview's progress (either null: not computed). */
    public Report build(Consultation consultation, List<Report.Flip> sensitivity, Report.Progress progress) {
        List<String> pending = new ArrayList<>();
        for (PendingQuestion p : consultation.pending(kb.askingOrder())) {
            pending.add(p.questionId());
        }
        Map<String, List<String>> all = consultation.findings();
        Map<String, Object> findings = findings(consultation, all);
        Map<String, List<Report.Alternative>> alternatives = alternatives(consultation);
        List<AdviceItem> advice = new ArrayList<>();
        Map<String, List<AdviceItem>> notes = new LinkedHashMap<>();
        for (AdviceItem item : advice(consultation, all)) {
            Guidance g = kb.guidance(item.id());
            if (g != null && !g.noteOn().isEmpty()) {
                notes.computeIfAbsent(g.noteOn(), k -> new ArrayList<>()).add(item);
            } else {
                advice.add(item);
            }
        }
        return new Report(consultation.goals(), findings, List.copyOf(advice), List.copyOf(pending),
                consultation.answers().size(), views(consultation), summary(consultation, all, alternatives, pending),
                topActions(advice), labels(findings), alternatives, sensitivity == null ? null : List.copyOf(sensitivity),
                notes, progress, new Report.MadeWith(kb.version(), kb.origin(), rulesOrigin));
    }

    private Map<String, Object> findings(Consultation consultation, Map<String, List<String>> all) {
        Map<String, Object> result = new LinkedHashMap<>();
        all.forEach((key, values) -> {
            FindingDef def = kb.finding(key);
            if (def != null && (def.internal() || !consultation.goals().contains(def.area()))) {
                // internal bookkeeping, or a finding of an area the user did not ask about (rules may
                // derive it because another goal shares a question)
                return;
            }
            result.put(key, typed(def, ranked(def, values, all)));
        });
        return result;
    }

    /** A ranked list finding's values in rank order: by each rank prefix's number, largest first, then by id. */
    static List<String> ranked(FindingDef def, List<String> values, Map<String, List<String>> all) {
        if (def == null || !def.isRanked() || values.size() < 2) {
            return values;
        }
        Comparator<String> order = null;
        for (String prefix : def.rankBy()) {
            Comparator<String> byPrefix = Comparator.comparingDouble((String v) -> -number(all.get(prefix + v)));
            order = order == null ? byPrefix : order.thenComparing(byPrefix);
        }
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(order.thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }

    private static double number(List<String> values) {
        if (values == null || values.size() != 1) {
            return Double.NEGATIVE_INFINITY;
        }
        try {
            return Double.parseDouble(values.get(0));
        } catch (NumberFormatException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    private Map<String, Object> labels(Map<String, Object> findings) {
        Map<String, Object> labels = new LinkedHashMap<>();
        findings.forEach((key, value) -> labels.put(key, ReportText.labelled(kb, key, value)));
        return labels;
    }

    private Map<String, List<Report.Alternative>> alternatives(Consultation consultation) {
        Map<String, List<Report.Alternative>> byTopic = new LinkedHashMap<>();
        List<Score> scores = new ArrayList<>(consultation.facts(Score.class));
        scores.sort(Comparator.comparing(Score::getTopic).thenComparing(Comparator.comparingInt(Score::getTotal).reversed())
                .thenComparing(Score::getOption));
        for (Score s : scores) {
            FindingDef def = kb.finding(s.getTopic());
            if (def == null || !consultation.goals().contains(def.area())) {
                continue;
            }
            byTopic.computeIfAbsent(s.getTopic(), k -> new ArrayList<>())
                    .add(new Report.Alternative(s.getOption(), def.label(s.getOption()), s.getTotal()));
        }
        Map<String, List<Report.Alternative>> result = new LinkedHashMap<>();
        byTopic.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    private List<Report.GoalSummary> summary(Consultation consultation, Map<String, List<String>> all,
                                             Map<String, List<Report.Alternative>> alternatives, List<String> pending) {
        List<Report.GoalSummary> result = new ArrayList<>();
        for (String goal : consultation.goals()) {
            Area area = kb.area(goal);
            if (area == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : area.summary().split(";")) {
                String filled = fill(part.trim(), all, alternatives);
                if (filled != null && !filled.isEmpty()) {
                    parts.add(filled);
                }
            }
            String text = area.title() + " — " + (parts.isEmpty() ? "nothing concluded yet" : String.join("; ", parts)) + ".";
            long open = consultation.pending(kb.askingOrder()).stream().filter(p -> p.goals().contains(goal)).count();
            String confidence;
            List<String> stated = area.confidence().isEmpty() ? null : all.get(area.confidence());
            if (stated != null && !stated.isEmpty()) {
                confidence = ReportText.value(ReportText.labelled(kb, area.confidence(), stated.get(0)));
            } else if (open > 0) {
                confidence = "provisional: " + open + " question(s) still open";
            } else {
                confidence = "based on all the questions it needs";
            }
            List<String> assumptions = new ArrayList<>();
            int moot = 0;
            for (Map.Entry<String, String> e : consultation.answers().entrySet()) {
                Question q = kb.question(e.getKey());
                if (!Question.UNKNOWN.equals(e.getValue()) || q == null || !informs(q, goal)) {
                    continue;
                }
                if (consultation.assumed().contains(q.id())) {
                    moot++;
                } else {
                    assumptions.add(q.assumedIfUnknown() == null || q.assumedIfUnknown().isEmpty()
                            ? "not known: " + q.text()
                            : "assumed: " + q.assumedIfUnknown() + ", since you did not say");
                }
            }
            if (moot > 0) {
                assumptions.add("not asked: " + moot + (moot == 1 ? " question" : " questions")
                        + " whose answer could not change this advice (taken as not known; 'answers' lists them)");
            }
            result.add(new Report.GoalSummary(goal, text, confidence, List.copyOf(assumptions)));
        }
        return List.copyOf(result);
    }

    /** A summary part with its placeholders filled in, or null when a finding it names is missing. */
    private String fill(String part, Map<String, List<String>> all, Map<String, List<Report.Alternative>> alternatives) {
        Matcher m = PLACEHOLDER.matcher(part);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String replacement;
            if ("runnerUp".equals(m.group(2))) {
                List<Report.Alternative> options = alternatives.get(key);
                if (options == null || options.size() < 2) {
                    return null;
                }
                Report.Alternative second = options.get(1);
                replacement = second.label() + " (score " + second.score() + " against " + options.get(0).score() + ")";
            } else {
                List<String> values = all.get(key);
                if (values == null || values.isEmpty()) {
                    return null;
                }
                FindingDef def = kb.finding(key);
                replacement = ReportText.value(ReportText.labelled(kb, key, typed(def, ranked(def, values, all))));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<AdviceItem> topActions(List<AdviceItem> advice) {
        List<AdviceItem> sorted = new ArrayList<>(advice);
        sorted.sort(Comparator.comparingInt((AdviceItem i) -> kb.strengthRank(i.strength()))
                .thenComparing(Comparator.comparingInt(AdviceItem::priority).reversed())
                .thenComparingInt(i -> kb.areaRank(i.area()))
                .thenComparing(AdviceItem::id));
        return List.copyOf(sorted.subList(0, Math.min(TOP_ACTIONS, sorted.size())));
    }

    private List<ViewData> views(Consultation consultation) {
        Map<String, List<String>> findings = consultation.findings();
        List<ViewData> views = new ArrayList<>();
        views.addAll(crosswalkViews(consultation));
        for (View view : kb.views()) {
            if (!consultation.goals().contains(view.goal())) {
                continue;
            }
            if (View.MAP.equals(view.type())) {
                views.add(new ViewData(view, null, List.of(), PortfolioMap.place(view.grid(), consultation.facts(AllianceFact.class))));
                continue;
            }
            if (View.COMPARE.equals(view.type())) {
                Map<String, String> ours = consultation.answers();
                Map<String, String> theirs = consultation.partnerAnswers();
                List<ViewData.Compared> rows = new ArrayList<>();
                for (View.Item row : view.rows()) {
                    Double a = rating(ours.get(row.id()));
                    Double b = rating(theirs.get(row.id()));
                    if (a != null || b != null) {
                        rows.add(new ViewData.Compared(row.id(), row.label(), a, b));
                    }
                }
                views.add(new ViewData(view, null, List.of(), List.of(), List.copyOf(rows)));
                continue;
            }
            if (View.TABLE.equals(view.type())) {
                view = filled(view, consultation, findings);
            }
            List<String> mark = findings.get(view.markRowFromFinding());
            List<ViewData.BarValue> bars = new ArrayList<>();
            for (View.Bar bar : view.bars()) {
                List<String> values = findings.get(bar.finding());
                if (values != null && values.size() == 1) {
                    try {
                        bars.add(new ViewData.BarValue(bar.label(), bar.finding(), Double.parseDouble(values.get(0))));
                    } catch (NumberFormatException e) {
                        // not a number: left out of the chart
                    }
                }
            }
            bars.sort(Comparator.comparingDouble(ViewData.BarValue::value).reversed());
            views.add(new ViewData(view, mark == null || mark.isEmpty() ? null : mark.get(0), List.copyOf(bars)));
        }
        return List.copyOf(views);
    }

    /**
     * The table of each crosswalk that one of the consultation's goals shows, under the first such goal,
     * with the row of the scale's given answer marked.
     */
    private List<ViewData> crosswalkViews(Consultation consultation) {
        List<ViewData> views = new ArrayList<>();
        for (com.allianceadvisor.knowledge.Crosswalk c : kb.crosswalks()) {
            View v = c.view();
            String goal = v == null ? null : consultation.goals().stream().filter(c.goals()::contains).findFirst().orElse(null);
            if (goal == null) {
                continue;
            }
            View shown = v.withGoal(goal);
            String given = consultation.answers().get(c.scale());
            views.add(new ViewData(shown, given == null || com.allianceadvisor.knowledge.Question.UNKNOWN.equals(given) ? null : given, List.of()));
        }
        return views;
    }

    /**
     * A table whose cells name findings or answers in braces ("Weakest: {some.finding}") with them filled
     * in: each ';'-separated part is kept only when everything it names is known, and a cell whose parts are
     * all empty shows its fallback after "||" (or nothing). Cells without braces are kept as they are.
     */
    private View filled(View view, Consultation consultation, Map<String, List<String>> findings) {
        boolean any = view.cells().values().stream().anyMatch(r -> r.values().stream().anyMatch(c -> c.contains("{")));
        if (!any) {
            return view;
        }
        Map<String, List<String>> known = new LinkedHashMap<>(findings);
        consultation.answers().forEach((id, value) -> {
            Question q = kb.question(id);
            if (q != null && !Question.UNKNOWN.equals(value) && !known.containsKey(id)) {
                known.put(id, List.of(q.isChoice() ? q.label(value) : q.isText() ? String.join(", ", value.split("\\s*;\\s*")) : value));
            }
        });
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        view.cells().forEach((row, line) -> {
            Map<String, String> filledLine = new LinkedHashMap<>();
            line.forEach((column, cell) -> filledLine.put(column, cell.contains("{") ? fillCell(cell, known) : cell));
            cells.put(row, filledLine);
        });
        return view.withCells(cells);
    }

    private String fillCell(String cell, Map<String, List<String>> known) {
        int split = cell.indexOf("||");
        String body = split < 0 ? cell : cell.substring(0, split);
        String fallback = split < 0 ? "" : cell.substring(split + 2).trim();
        List<String> parts = new ArrayList<>();
        for (String part : body.split(";")) {
            String f = fill(part.trim(), known, Map.of());
            if (f != null && !f.isBlank()) {
                parts.add(f);
            }
        }
        return parts.isEmpty() ? fallback : String.join("; ", parts);
    }

    /** A numeric answer as a number; null for unknown, unanswered or not a number. */
    private static Double rating(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a question informs a goal: its own area's, one the goal asks, or a crosswalk scale that goal reads. */
    private boolean informs(Question q, String goal) {
        return goal.equals(q.area()) || q.askedFor().contains(goal)
                || kb.crosswalks().stream().anyMatch(c -> c.scale().equals(q.id()) && c.goals().contains(goal));
    }

    static Object typed(FindingDef def, List<String> values) {
        if (def != null && (def.isList() || def.isText())) {
            return values;
        }
        if (values.size() != 1) {
            return values;
        }
        String v = values.get(0);
        if (def != null && def.isNumber()) {
            try {
                double d = Double.parseDouble(v);
                return d == Math.rint(d) ? (Object) Long.valueOf((long) d) : (Object) d;
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    private List<AdviceItem> advice(Consultation consultation, Map<String, List<String>> all) {
        Map<String, List<Advice>> byId = new LinkedHashMap<>();
        for (Advice a : consultation.advice()) {
            if (consultation.goals().contains(a.getArea())) {
                // advice of an area the user did not ask about is left out (shared questions can trigger it)
                byId.computeIfAbsent(a.getGuidanceId(), k -> new ArrayList<>()).add(a);
            }
        }
        Set<String> bookkeeping = consultation.rulesTagged(BOOKKEEPING);
        List<AdviceItem> items = new ArrayList<>();
        byId.forEach((id, facts) -> {
            facts.sort(Comparator.comparingInt((Advice a) -> kb.strengthRank(a.getStrength()))
                    .thenComparing(Comparator.comparingInt(Advice::getPriority).reversed()));
            Advice best = facts.get(0);
            List<Derivation> derivations = new ArrayList<>();
            for (Advice a : facts) {
                derivations.add(consultation.derive(a));
            }
            List<String> reasons = strongestRules(derivations, bookkeeping);
            Set<AnswerFact> answers = nearestAnswers(derivations);
            List<String> because = new ArrayList<>(reasons);
            List<String> basedOn = new ArrayList<>();
            for (Advice a : facts) {
                consultation.derive(a).leaves(AllianceFact.class).forEach(f -> {
                    // facts the rules derived themselves are explained by their rules, not listed as given
                    if (consultation.justification(f) == null && !because.contains(f.toString())) {
                        because.add(f.toString());
                    }
                });
            }
            answers.forEach(a -> {
                because.add(describe(a));
                basedOn.add(brief(a));
            });
            Guidance g = kb.guidance(id);
            items.add(new AdviceItem(id, best.getArea(), g == null ? id : g.title(), g == null ? "" : g.text(),
                    g == null ? List.of() : g.actions(), calibrated(consultation, best, all), best.getPriority(),
                    List.copyOf(because), g == null ? List.of() : g.sources(), List.copyOf(reasons), List.copyOf(basedOn),
                    List.of()));
        });
        mergeDuplicates(items);
        items.sort(Comparator.comparingInt((AdviceItem i) -> kb.areaRank(i.area()))
                .thenComparingInt(i -> kb.strengthRank(i.strength()))
                .thenComparing(Comparator.comparingInt(AdviceItem::priority).reversed())
                .thenComparing(AdviceItem::id));
        return List.copyOf(items);
    }

    /** An item whose guidance is the same practice as another item in the report is shown as that one, once. */
    private void mergeDuplicates(List<AdviceItem> items) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
        List<AdviceItem> duplicates = new ArrayList<>();
        for (AdviceItem item : items) {
            Guidance g = kb.guidance(item.id());
            Integer same = g == null || g.sameAs().isEmpty() ? null : index.get(g.sameAs());
            if (same != null) {
                AdviceItem kept = items.get(same);
                String strongest = kb.strengthRank(item.strength()) < kb.strengthRank(kept.strength()) ? item.strength() : kept.strength();
                items.set(same, kept.mergedWith(item, strongest));
                duplicates.add(item);
            }
        }
        items.removeAll(duplicates);
    }

    /**
     * The rule sentences that weigh most: the rule that concluded the item first, then the rules behind the
     * heaviest evidence, then the nearest others; never a bookkeeping rule.
     */
    private static List<String> strongestRules(List<Derivation> derivations, Set<String> bookkeeping) {
        List<String> direct = new ArrayList<>();
        Map<String, Integer> evidence = new LinkedHashMap<>();
        List<String> nearest = new ArrayList<>();
        for (Derivation d : derivations) {
            if (d.rule() != null) {
                direct.add(d.rule());
            }
            collectEvidence(d, evidence, identitySet());
            nearest.addAll(d.rules());
        }
        List<String> ordered = new ArrayList<>(direct);
        evidence.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -Math.abs(e.getValue())))
                .forEach(e -> ordered.add(e.getKey()));
        ordered.addAll(nearest);
        Set<String> chosen = new LinkedHashSet<>();
        for (String rule : ordered) {
            if (chosen.size() < REASONS && !bookkeeping.contains(rule)) {
                chosen.add(rule);
            }
        }
        return List.copyOf(chosen);
    }

    /** The answers at the leaves of the derivations, nearest to the conclusion first (the ones that decided it). */
    private static Set<AnswerFact> nearestAnswers(List<Derivation> derivations) {
        Set<AnswerFact> answers = new LinkedHashSet<>();
        Set<Derivation> seen = identitySet();
        List<Derivation> level = new ArrayList<>(derivations);
        while (!level.isEmpty()) {
            List<Derivation> next = new ArrayList<>();
            for (Derivation d : level) {
                if (!seen.add(d)) {
                    continue;
                }
                if (d.fact() instanceof AnswerFact a) {
                    answers.add(a);
                }
                next.addAll(d.supports());
            }
            level = next;
        }
        return answers;
    }

    private static void collectEvidence(Derivation d, Map<String, Integer> evidence, Set<Derivation> seen) {
        if (!seen.add(d)) {
            return;
        }
        if (d.fact() instanceof Evidence e && d.rule() != null) {
            evidence.merge(d.rule(), e.getWeight(), (a, b) -> Math.abs(a) >= Math.abs(b) ? a : b);
        }
        d.supports().forEach(s -> collectEvidence(s, evidence, seen));
    }

    /**
     * The strength shown: the rules' strength, but never the strongest when any reason the item holds rests
     * on an answer of unknown (a default) or on a headline finding of an area whose confidence finding says
     * it is weak. Every reason counts, not only the first rule that fired, so the strength does not depend on
     * the order in which rules fire (a fact two rules concluded shows both reasons under "because").
     */
    private String calibrated(Consultation consultation, Advice best, Map<String, List<String>> all) {
        String strength = best.getStrength();
        if (kb.strengthRank(strength) != 0 || kb.strengths().size() < 2) {
            return strength;
        }
        return restsOnWeakGround(consultation, best, all, new java.util.HashMap<>()) ? kb.strengths().get(1) : strength;
    }

    /** Whether some reason of the fact, at any depth, uses an answer of unknown or a weak headline finding. */
    private boolean restsOnWeakGround(Consultation consultation, Object fact, Map<String, List<String>> all, Map<Object, Boolean> memo) {
        if (fact instanceof AnswerFact a) {
            return Question.UNKNOWN.equals(a.getValue());
        }
        if (fact instanceof Finding f && weakHeadline(f, all)) {
            return true;
        }
        Boolean known = memo.get(fact);
        if (known != null) {
            return known;
        }
        memo.put(fact, false); // a fact reached again through itself adds nothing
        boolean weak = consultation.justifications(fact).stream().anyMatch(j -> consultation.supports(fact, j).stream()
                .anyMatch(s -> !(s instanceof Goal) && restsOnWeakGround(consultation, s, all, memo)));
        memo.put(fact, weak);
        return weak;
    }

    private boolean weakHeadline(Finding f, Map<String, List<String>> all) {
        for (Area area : kb.areas()) {
            List<String> confidence = area.confidence().isEmpty() ? null : all.get(area.confidence());
            if (confidence != null && area.headlineFindings().contains(f.getKey())
                    && confidence.stream().anyMatch(area.weakConfidence()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Derivations are compared by identity: a record's equality would walk the whole tree. */
    private static Set<Derivation> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** "You answered q_a = high (High A)". */
    public String describe(AnswerFact a) {
        Question q = kb.question(a.getQuestionId());
        String who = a instanceof PartnerAnswer ? "Your partner answered" : "You answered";
        if (q == null) {
            return who + " " + a.getQuestionId() + " = " + a.getValue();
        }
        String label = q.label(a.getValue());
        return who + " " + a.getQuestionId() + " = " + a.getValue()
                + (label.equals(a.getValue()) ? "" : " (" + label + ")");
    }

    /** An answer in a few words, for the one-line reason: "asset specificity: High" (partner: "partner's ..."). */
    public String brief(AnswerFact a) {
        Question q = kb.question(a.getQuestionId());
        String value = q == null ? a.getValue() : q.label(a.getValue());
        return (a instanceof PartnerAnswer ? "partner's " : "") + ReportText.humanised(a.getQuestionId()) + ": " + value;
    }

    /** A fact as the explanation prints it, with catalogue titles and labels instead of ids. */
    public String describeFact(Object fact) {
        if (fact instanceof AnswerFact a) {
            return describe(a);
        }
        if (fact instanceof Finding f) {
            return ReportText.findingTitle(kb, f.getKey()) + ": " + ReportText.valueLabel(kb, f.getKey(), f.getValue());
        }
        if (fact instanceof Evidence e) {
            return String.format("%+d for %s: %s (%s)", e.getWeight(), ReportText.findingTitle(kb, e.getTopic()),
                    ReportText.valueLabel(kb, e.getTopic(), e.getOption()), e.getReason());
        }
        if (fact instanceof Score s) {
            return ReportText.findingTitle(kb, s.getTopic()) + ": " + ReportText.valueLabel(kb, s.getTopic(), s.getOption())
                    + " scores " + s.getTotal();
        }
        if (fact instanceof Advice a) {
            Guidance g = kb.guidance(a.getGuidanceId());
            return "advice: " + (g == null ? a.getGuidanceId() : g.title()) + " (" + a.getStrength() + ")";
        }
        return String.valueOf(fact);
    }
}
