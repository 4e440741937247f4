package com.allianceadvisor.advise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.whatif.SensitivityAnalysis;

/** Non-interactive advice: an answer file in, a report out; or a folder of answer files in, a folder of reports out. */
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
        Format format = format(formatName);
        Content c = content.get();
        AnswerSet set = AnswerFiles.read(answers, c.knowledge());
        if (partner != null) {
            AnswerSet other = AnswerFiles.readPartner(partner, c.knowledge());
            var merged = new LinkedHashMap<>(set.partnerAnswers());
            merged.putAll(other.answers());
            set = new AnswerSet(set.goals(), set.answers(), merged);
        }
        return format.render(report(c, set, goals(goalsCsv, c.knowledge())), c.knowledge());
    }

    /**
     * Advises every answer file of a folder with one rule base, consultations in parallel; see {@link BatchAdvice}.
     *
     * @param threads how many consultations run at once (0 or less: one per processor)
     */
    public BatchAdvice.Result adviseAll(Path answersDir, Path out, String goalsCsv, String formatName, int threads,
                                        BatchAdvice.Progress progress) {
        return adviseAll(answersDir, out, goalsCsv, formatName, threads, false, progress);
    }

    /**
     * Advises every answer file of a folder. {@code full}: each report also says what would change it and
     * estimates the questions still to go (both replay the consultation many times; without them a batch
     * runs several times faster, and the reports say that the analysis was not computed).
     */
    public BatchAdvice.Result adviseAll(Path answersDir, Path out, String goalsCsv, String formatName, int threads, boolean full,
                                        BatchAdvice.Progress progress) {
        Format format = format(formatName);
        Content c = content.get();
        return new BatchAdvice(c, goals(goalsCsv, c.knowledge()), format, full).run(answersDir, out, threads, progress);
    }

    static Format format(String formatName) {
        return Format.named(formatName).orElseThrow(() -> new BadInputException(
                "option --format: '" + formatName + "' is not allowed; allowed: " + Format.allowed()));
    }

    static List<String> goals(String goalsCsv, KnowledgeBase kb) {
        List<String> goals = new ArrayList<>();
        if (goalsCsv != null && !goalsCsv.isBlank()) {
            for (String g : goalsCsv.split(",")) {
                if (!g.isBlank()) {
                    goals.add(g.trim());
                }
            }
            goals = AnswerFiles.checkGoals("option --goals", goals, kb);
        }
        return goals;
    }

    /** The report of one consultation replayed from the answers; the session is closed afterwards. */
    static Report report(Content c, AnswerSet set, List<String> goals) {
        return report(c, set, goals, true);
    }

    /** As {@link #report(Content, AnswerSet, List)}; without {@code full}, no sensitivity analysis and no estimate of questions to go. */
    static Report report(Content c, AnswerSet set, List<String> goals, boolean full) {
        Interview interview = Workspace.replayed(c, set, goals);
        try {
            if (!full) {
                return new ReportBuilder(c).build(interview.consultation(), null, null);
            }
            var sensitivity = new SensitivityAnalysis(c.knowledge()).flips(interview.consultation());
            return new ReportBuilder(c).build(interview.consultation(), sensitivity, interview.progressForReport());
        } finally {
            interview.consultation().close();
        }
    }
}
