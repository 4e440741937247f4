package com.allianceadvisor.interview;

import java.nio.file.Path;
import java.util.List;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.ReportFiles;
import com.allianceadvisor.whatif.SensitivityAnalysis;
import com.allianceadvisor.whatif.WhatIf;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;

/** The consultation the user is working on in the shell: started, loaded, reported and saved from here. */
public final class Workspace {
    private final ContentHolder content;
    private Interview current;
    private String name;

    public Workspace(ContentHolder content) {
        this.content = content;
    }

    /** Whether the rules and knowledge have finished loading (the first start waits for them otherwise). */
    public boolean ready() {
        return content.ready();
    }

    /** Starts a new consultation for the goals (empty: the knowledge base's default goals). */
    public Interview start(List<String> goals) {
        Content c = content.get();
        List<String> chosen = goals.isEmpty() ? c.knowledge().defaultGoals() : goals;
        for (String goal : chosen) {
            AnswerFiles.checkGoal("goal", goal, c.knowledge());
        }
        replace(new Interview(c.knowledge(), c.rules().newConsultation(chosen)), null);
        return current;
    }

    /** Starts a consultation from saved or file answers. */
    public Interview open(AnswerSet set, List<String> goalsOverride, String sessionName) {
        Content c = content.get();
        Interview interview = replayed(c, set, goalsOverride);
        replace(interview, sessionName);
        return interview;
    }

    /** A fresh consultation with the answers of the set inserted (not made current). */
    public static Interview replayed(Content c, AnswerSet set, List<String> goalsOverride) {
        List<String> goals = !goalsOverride.isEmpty() ? goalsOverride
                : !set.goals().isEmpty() ? set.goals() : c.knowledge().defaultGoals();
        Consultation consultation = c.rules().newConsultation(goals);
        set.answers().forEach(consultation::answer);
        set.partnerAnswers().forEach(consultation::partnerAnswer);
        return new Interview(c.knowledge(), consultation);
    }

    /** Makes a consultation built elsewhere (e.g. a portfolio review) the current one, without a session name. */
    public void adopt(Interview interview) {
        replace(interview, null);
    }

    private void replace(Interview interview, String sessionName) {
        if (current != null) {
            current.consultation().close();
        }
        current = interview;
        name = sessionName;
    }

    /** The knowledge base currently loaded. */
    public com.allianceadvisor.knowledge.KnowledgeBase knowledge() {
        return content.get().knowledge();
    }

    public boolean active() {
        return current != null;
    }

    /** The current consultation, or a clear error with a hint. */
    public Interview current() {
        if (current == null) {
            throw new BadInputException("no consultation yet; start one with 'consult' or 'load <name>'");
        }
        return current;
    }

    public String name() {
        return name;
    }

    public void named(String sessionName) {
        name = sessionName;
    }

    public Report report() {
        return new ReportBuilder(current().knowledge()).build(current().consultation());
    }

    /** The report with "what would change it" (sensitivity analysis on a copy of the consultation). */
    public Report fullReport() {
        Interview i = current();
        return new ReportBuilder(i.knowledge()).build(i.consultation(), new SensitivityAnalysis(i.knowledge()).flips(i.consultation()));
    }

    /** The advice diff if the questions were answered as given ("questionId=value"); the consultation is unchanged. */
    public List<String> whatIf(List<String> assignments) {
        Interview i = current();
        return new WhatIf(i.knowledge()).diff(i.consultation(), assignments);
    }

    /** The full report rendered in a format and written to a file (atomic; an existing file only with force). */
    public Path writeReport(Format format, Path file, boolean force) {
        Interview i = current();
        return ReportFiles.write(file, format.render(fullReport(), i.knowledge()), force);
    }

    public AnswerSet answers() {
        Consultation c = current().consultation();
        return new AnswerSet(c.goals(), c.answers(), c.partnerAnswers());
    }
}
