package com.allianceadvisor.report;

import java.util.List;

import com.allianceadvisor.knowledge.Area;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.Guidance;
import com.allianceadvisor.knowledge.KnowledgeBase;

/** The wording the text, Markdown and HTML reports share: titles, finding values and numbers. */
final class ReportText {
    private ReportText() {
    }

    /** A finding value as shown: a list joined by commas, anything else as text. */
    static String value(Object value) {
        return value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    /** A number without a needless ".0", otherwise rounded to two decimals. */
    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }

    static String findingTitle(KnowledgeBase kb, String key) {
        FindingDef def = kb.finding(key);
        return def == null ? key : def.title();
    }

    /** The sources of an advice item with their locators, marked when the item is an advisor heuristic. */
    static String cited(KnowledgeBase kb, AdviceItem a) {
        Guidance g = kb.guidance(a.id());
        return g == null ? String.join(", ", a.sources()) : g.cited().describe();
    }

    static String areaTitle(KnowledgeBase kb, String area) {
        Area def = kb.area(area);
        return def == null ? area : def.title();
    }
}
