package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.engine.Advice;
import com.allianceadvisor.engine.AllianceFact;
import com.allianceadvisor.engine.AnswerFact;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Derivation;
import com.allianceadvisor.engine.PartnerAnswer;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.Guidance;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.View;

/** Turns the state of a consultation into a {@link Report}, with the reasons behind each advice item. */
public final class ReportBuilder {
    private final KnowledgeBase kb;

    public ReportBuilder(KnowledgeBase kb) {
        this.kb = kb;
    }

    public Report build(Consultation consultation) {
        List<String> pending = new ArrayList<>();
        for (PendingQuestion p : consultation.pending(kb.askingOrder())) {
            pending.add(p.questionId());
        }
        return new Report(consultation.goals(), findings(consultation), advice(consultation), List.copyOf(pending),
                consultation.answers().size(), views(consultation));
    }

    private Map<String, Object> findings(Consultation consultation) {
        Map<String, Object> result = new LinkedHashMap<>();
        consultation.findings().forEach((key, values) -> {
            FindingDef def = kb.finding(key);
            if (def != null && (def.internal() || !consultation.goals().contains(def.area()))) {
                // internal bookkeeping, or a finding of an area the user did not ask about (rules may
                // derive it because another goal shares a question)
                return;
            }
            result.put(key, typed(def, values));
        });
        return result;
    }

    private List<ViewData> views(Consultation consultation) {
        Map<String, List<String>> findings = consultation.findings();
        List<ViewData> views = new ArrayList<>();
        for (View view : kb.views()) {
            if (!consultation.goals().contains(view.goal())) {
                continue;
            }
            if (View.MAP.equals(view.type())) {
                views.add(new ViewData(view, null, List.of(), PortfolioMap.place(view.grid(), consultation.facts(AllianceFact.class))));
                continue;
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

    private List<AdviceItem> advice(Consultation consultation) {
        Map<String, List<Advice>> byId = new LinkedHashMap<>();
        for (Advice a : consultation.advice()) {
            if (consultation.goals().contains(a.getArea())) {
                // advice of an area the user did not ask about is left out (shared questions can trigger it)
                byId.computeIfAbsent(a.getGuidanceId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<AdviceItem> items = new ArrayList<>();
        byId.forEach((id, facts) -> {
            facts.sort(Comparator.comparingInt((Advice a) -> kb.strengthRank(a.getStrength()))
                    .thenComparing(Comparator.comparingInt(Advice::getPriority).reversed()));
            Advice best = facts.get(0);
            Set<String> because = new LinkedHashSet<>();
            Set<AnswerFact> answers = new LinkedHashSet<>();
            for (Advice a : facts) {
                Derivation d = consultation.derive(a);
                because.addAll(d.rules());
                answers.addAll(d.answers());
            }
            List<String> reasons = new ArrayList<>(because);
            for (Advice a : facts) {
                consultation.derive(a).leaves(AllianceFact.class).forEach(f -> {
                    // facts the rules derived themselves are explained by their rules, not listed as given
                    if (consultation.justification(f) == null && !reasons.contains(f.toString())) {
                        reasons.add(f.toString());
                    }
                });
            }
            answers.forEach(a -> reasons.add(describe(a)));
            Guidance g = kb.guidance(id);
            items.add(new AdviceItem(id, best.getArea(), g == null ? id : g.title(), g == null ? "" : g.text(),
                    g == null ? List.of() : g.actions(), best.getStrength(), best.getPriority(), List.copyOf(reasons),
                    g == null ? List.of() : g.sources()));
        });
        items.sort(Comparator.comparingInt((AdviceItem i) -> kb.areaRank(i.area()))
                .thenComparingInt(i -> kb.strengthRank(i.strength()))
                .thenComparing(Comparator.comparingInt(AdviceItem::priority).reversed())
                .thenComparing(AdviceItem::id));
        return List.copyOf(items);
    }

    /** "You answered 'How specific ...?': High (high)". */
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
}
