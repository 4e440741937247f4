package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.allianceadvisor.knowledge.KnowledgeBase;

/** What changed between two reports of the same consultation: findings (by title and label) and advice. */
public final class ChangeSummary {
    private ChangeSummary() {
    }

    public static List<String> between(KnowledgeBase kb, Report before, Report after) {
        List<String> lines = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(before.findings().keySet());
        keys.addAll(after.findings().keySet());
        for (String key : keys) {
            Object was = before.findingLabels().get(key);
            Object now = after.findingLabels().get(key);
            if (!Objects.equals(before.findings().get(key), after.findings().get(key))) {
                lines.add("finding " + ReportText.findingTitle(kb, key) + ": " + (was == null ? "(none)" : ReportText.value(was))
                        + " -> " + (now == null ? "(none)" : ReportText.value(now)));
            }
        }
        for (AdviceItem a : after.advice()) {
            AdviceItem old = before.advice(a.id());
            if (old == null) {
                lines.add("new advice: " + a.title() + " [" + a.id() + ", " + a.strength() + "]");
            } else if (!old.strength().equals(a.strength())) {
                lines.add("advice " + a.id() + " is now " + a.strength() + " (was " + old.strength() + ")");
            }
        }
        for (AdviceItem a : before.advice()) {
            if (after.advice(a.id()) == null) {
                lines.add("withdrawn advice: " + a.title() + " [" + a.id() + "]");
            }
        }
        return lines;
    }
}
