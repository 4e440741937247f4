package com.allianceadvisor.advise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.whatif.SensitivityAnalysis;

/** Non-interactive advice: an answer file in, a report out. */
public final class AdviseService {
    private final ContentHolder content;

    public AdviseService(ContentHolder content) {
        this.content = content;
    }

    /**
     * @param answers    the answer file
     * @param partner    an optional file with the partner's answers (its "answers" are taken as the partner's)
     * @param goalsCsv   comma-separated goals that override the file's (blank: the file's)
     * @param formatName json, md, html or text
     */
    public String advise(Path answers, Path partner, String goalsCsv, String formatName) {
        Format format = Format.named(formatName).orElseThrow(() -> new BadInputException(
                "option --format: '" + formatName + "' is not allowed; allowed: " + Format.allowed()));
        Content c = content.get();
        AnswerSet set = AnswerFiles.read(answers, c.knowledge());
        if (partner != null) {
            AnswerSet other = AnswerFiles.read(partner, c.knowledge());
            var merged = new java.util.LinkedHashMap<>(set.partnerAnswers());
            merged.putAll(other.answers());
            set = new AnswerSet(set.goals(), set.answers(), merged);
        }
        List<String> goals = new ArrayList<>();
        if (goalsCsv != null && !goalsCsv.isBlank()) {
            for (String g : goalsCsv.split(",")) {
                if (!g.isBlank()) {
                    goals.add(AnswerFiles.checkGoal("option --goals", g.trim(), c.knowledge()));
                }
            }
        }
        Interview interview = Workspace.replayed(c, set, goals);
        try {
            var sensitivity = new SensitivityAnalysis(c.knowledge()).flips(interview.consultation());
            return format.render(new ReportBuilder(c.knowledge()).build(interview.consultation(), sensitivity), c.knowledge());
        } finally {
            interview.consultation().close();
        }
    }
}
