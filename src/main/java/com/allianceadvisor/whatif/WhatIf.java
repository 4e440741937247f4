package com.allianceadvisor.whatif;

import java.util.List;
import java.util.Map;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.report.ChangeSummary;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.BadInputException;

/** "What if I answered these differently?": the advice diff on a copy; the consultation stays as it is. */
public final class WhatIf {
    private final KnowledgeBase kb;

    public WhatIf(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * @param assignments "questionId=value" pairs
     * @return the lines of the change summary (empty: nothing would change)
     */
    public List<String> diff(Consultation consultation, List<String> assignments) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("whatif: '" + a + "' is not questionId=value");
            }
            String id = a.substring(0, eq).trim();
            Question q = kb.question(id);
            if (q == null) {
                throw new BadInputException("whatif: '" + id + "' is not a question id; see 'answers' or 'kb' listings");
            }
            String value = q.normalise(a.substring(eq + 1)).orElseThrow(() -> new BadInputException(
                    "whatif: " + id + " = '" + a.substring(eq + 1).trim() + "' is not allowed; allowed: " + q.allowedDescription()));
            answers.put(id, value);
        }
        if (answers.isEmpty()) {
            throw new BadInputException("whatif: give at least one questionId=value, e.g. 'whatif " + "q=v'");
        }
        ReportBuilder builder = new ReportBuilder(kb);
        Report before = builder.build(consultation);
        try (Consultation copy = consultation.copy()) {
            answers.forEach(copy::answer);
            return ChangeSummary.between(kb, before, builder.build(copy));
        }
    }
}
