package com.allianceadvisor.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.knowledge.Area;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.report.Report;

/**
 * What would change the headline findings: on a copy of the consultation, each answered and each open
 * question is given each of its other values in turn (answer and fire; then back to the real answer), and
 * every headline finding that comes out differently is recorded. The rules and truth maintenance do all the
 * work; the consultation itself is never touched.
 */
public final class SensitivityAnalysis {
    private final KnowledgeBase kb;

    public SensitivityAnalysis(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The single-answer changes that would change a headline finding of the consultation's goals. */
    public List<Report.Flip> flips(Consultation consultation) {
        Set<String> headline = headlineFindings(consultation.goals());
        List<Report.Flip> flips = new ArrayList<>();
        if (headline.isEmpty()) {
            return flips;
        }
        try (Consultation copy = consultation.copy()) {
            Map<String, String> base = values(copy, headline);
            Map<String, String> answered = copy.answers();
            Set<String> questions = new LinkedHashSet<>(answered.keySet());
            for (PendingQuestion p : copy.pending(kb.askingOrder())) {
                questions.add(p.questionId());
            }
            for (String id : questions) {
                Question q = kb.question(id);
                if (q == null) {
                    continue;
                }
                String current = answered.get(id);
                boolean changed = false;
                // one alternative after the other, then back: n + 1 rounds of firing instead of 2n
                for (String value : alternatives(q, current != null)) {
                    if (value.equals(current)) {
                        continue;
                    }
                    copy.answer(id, value);
                    changed = true;
                    Map<String, String> now = values(copy, headline);
                    for (String key : headline) {
                        if (!Objects.equals(base.get(key), now.get(key))) {
                            flips.add(new Report.Flip(key, base.get(key), now.get(key), id, value));
                        }
                    }
                }
                if (changed) {
                    if (current == null) {
                        copy.withdraw(id);
                    } else {
                        copy.answer(id, current);
                    }
                }
            }
        }
        return flips;
    }

    /** The headline findings of the goals: the findings their summary templates name. */
    public Set<String> headlineFindings(List<String> goals) {
        Set<String> keys = new LinkedHashSet<>();
        for (String goal : goals) {
            Area area = kb.area(goal);
            if (area != null) {
                keys.addAll(area.headlineFindings());
            }
        }
        return keys;
    }

    private static List<String> alternatives(Question q, boolean answered) {
        List<String> values = new ArrayList<>();
        if (q.isNumber()) {
            for (int i = q.min(); i <= q.max(); i++) {
                values.add(String.valueOf(i));
            }
        } else {
            q.options().forEach(o -> values.add(o.value()));
            values.remove(Question.UNKNOWN);
        }
        if (answered) {
            // an answer taken back to unknown is a change too; an open question left unknown is not
            values.add(Question.UNKNOWN);
        }
        return values;
    }

    private static Map<String, String> values(Consultation c, Set<String> keys) {
        Map<String, List<String>> all = c.findings();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            List<String> v = all.get(key);
            values.put(key, v == null || v.isEmpty() ? null : String.join(", ", v));
        }
        return values;
    }
}
