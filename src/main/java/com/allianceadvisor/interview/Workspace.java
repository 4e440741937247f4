package com.allianceadvisor.interview;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.ReportFiles;
import com.allianceadvisor.whatif.SensitivityAnalysis;
import com.allianceadvisor.whatif.WhatIf;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;

/**
 * The consultation the user is working on in the shell: started, loaded, reported and saved from here.
 * With a session store it also keeps the consultation in progress on disk, so that quitting the shell
 * (or Ctrl-D, Ctrl-C) loses nothing and {@code consult --resume} continues it in a later run.
 */
public final class Workspace {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ContentHolder content;
    private final SessionStore store;
    private Interview current;
    private String name;
    /** The answers as last saved or loaded; null when the consultation was never saved. */
    private AnswerSet saved;
    private boolean restored;

    public Workspace(ContentHolder content) {
        this(content, null);
    }

    public Workspace(ContentHolder content, SessionStore store) {
        this.content = content;
        this.store = store;
    }

    /** Whether the rules and knowledge have finished loading (the first start waits for them otherwise). */
    public boolean ready() {
        return content.ready();
    }

    /** Starts a new consultation for the goals (empty: the knowledge base's default goals; "all": every goal). */
    public Interview start(List<String> goals) {
        Content c = content.get();
        List<String> chosen = goals.isEmpty() ? c.knowledge().defaultGoals() : AnswerFiles.checkGoals("option --goals", goals, c.knowledge());
        replace(new Interview(c.knowledge(), c.rules().newConsultation(chosen)), null);
        saved = null;
        return current;
    }

    /** Starts a consultation from saved or file answers. */
    public Interview open(AnswerSet set, List<String> goalsOverride, String sessionName) {
        Content c = content.get();
        Interview interview = replayed(c, set, goalsOverride);
        replace(interview, sessionName);
        saved = answers();
        return interview;
    }

    /** A fresh consultation with the answers of the set inserted (not made current). */
    public static Interview replayed(Content c, AnswerSet set, List<String> goalsOverride) {
        List<String> goals = !goalsOverride.isEmpty() ? goalsOverride
                : !set.goals().isEmpty() ? set.goals() : c.knowledge().defaultGoals();
        Consultation consultation = c.rules().newConsultation(goals, set.answers(), set.partnerAnswers());
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
        restored = true;
    }

    /**
     * Brings back the consultation kept from an earlier run of the shell, once, if there is no current
     * one; true when it did.
     */
    public boolean restore() {
        if (restored || current != null || store == null) {
            restored = true;
            return false;
        }
        restored = true;
        SessionStore.Kept kept = store.loadCurrent(content.get().knowledge());
        if (kept == null) {
            return false;
        }
        open(kept.answers(), List.of(), kept.name());
        if (kept.unsaved()) {
            saved = null;
        }
        return true;
    }

    /** Writes the consultation in progress where {@link #restore} finds it; does nothing without a store. */
    public void keep() {
        if (store != null && current != null) {
            store.keepCurrent(answers(), name, unsaved());
        }
    }

    /** Whether the consultation has answers that a save would keep and that are not saved yet. */
    public boolean unsaved() {
        if (current == null) {
            return false;
        }
        AnswerSet now = answers();
        return saved == null ? !now.answers().isEmpty() || !now.partnerAnswers().isEmpty() : !saved.equals(now);
    }

    /** Saves the consultation under a name in the store. */
    public java.nio.file.Path save(String sessionName) {
        if (store == null) {
            throw new IllegalStateException("no session store");
        }
        var file = store.save(sessionName, answers(), current().knowledge().version());
        name = sessionName;
        saved = answers();
        keep();
        return file;
    }

    /** The knowledge base currently loaded. */
    public KnowledgeBase knowledge() {
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
        return builder().build(current().consultation(), null, current().progressForReport());
    }

    /** A report builder for the current consultation: it names the rules too while they are the ones it runs on. */
    private ReportBuilder builder() {
        Content c = content.get();
        return c.knowledge() == current().knowledge() ? new ReportBuilder(c) : new ReportBuilder(current().knowledge());
    }

    /** The report with "what would change it" (sensitivity analysis on a copy of the consultation). */
    public Report fullReport() {
        Interview i = current();
        return builder().build(i.consultation(), new SensitivityAnalysis(i.knowledge()).flips(i.consultation()),
                i.progressForReport());
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

    /**
     * The saved sessions in words, newest first: name, when it was saved, the goals by title and how
     * far the interview got, e.g. "acme-jv  saved Wed 2 Dec 2026, 01:57 - Governance choice - 9 answers, about 3 questions to go".
     */
    public List<String> describeSessions() {
        List<String> lines = new ArrayList<>();
        if (store == null) {
            return lines;
        }
        Content c = content.get();
        for (SessionStore.Listed l : store.entries()) {
            if (l.problem() != null) {
                lines.add(l.name() + "  (" + l.problem() + ")");
                continue;
            }
            String when = l.savedAt() == null ? "date unknown" : "saved " + WHEN.format(l.savedAt().atZone(ZoneId.systemDefault()));
            try {
                Interview i = replayed(c, store.load(l.name(), c.knowledge()), List.of());
                try {
                    List<String> titles = new ArrayList<>();
                    i.consultation().goals().forEach(g -> titles.add(c.knowledge().area(g) == null ? g : c.knowledge().area(g).title()));
                    lines.add(l.name() + "  " + when + " - " + String.join(", ", titles) + " - " + i.progressInWords());
                } finally {
                    i.consultation().close();
                }
            } catch (BadInputException e) {
                lines.add(l.name() + "  " + when + " - cannot be opened: " + e.getMessage());
            }
        }
        return lines;
    }
}
