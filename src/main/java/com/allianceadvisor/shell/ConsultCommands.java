package com.allianceadvisor.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.allianceadvisor.interview.ConsultationDialog;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.LineSource;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.report.ChangeSummary;
import com.allianceadvisor.report.DerivationPrinter;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;

/** The consultation commands: thin adapters over the workspace, the dialog and the session store. */
@ShellComponent
class ConsultCommands {
    private final Workspace workspace;
    private final SessionStore store;
    private final ContentHolder content;
    private final Terminal terminal;
    private final ObjectProvider<LineReader> lineReader;

    ConsultCommands(Workspace workspace, SessionStore store, ContentHolder content, Terminal terminal,
                    ObjectProvider<LineReader> lineReader) {
        this.workspace = workspace;
        this.store = store;
        this.content = content;
        this.terminal = terminal;
        this.lineReader = lineReader;
    }

    @ShellMethod(key = "consult", value = "Start a consultation: answer guided questions, then get advice.")
    void consult(
            @ShellOption(defaultValue = "", help = "Comma-separated goal ids as listed in areas.json, or 'all' (default: its defaultGoals)") String goals,
            @ShellOption(help = "Continue the current consultation instead of starting a new one") boolean resume,
            @ShellOption(help = "Replace an unsaved consultation without asking") boolean force) {
        PrintWriter out = terminal.writer();
        if (!workspace.ready()) {
            out.println("Loading the rules\u2026");
            out.flush();
        }
        if (workspace.restore()) {
            int n = workspace.current().consultation().answers().size();
            out.println("Brought back the consultation kept from last time (" + n + (n == 1 ? " answer" : " answers")
                    + (workspace.name() == null ? "" : ", session " + workspace.name()) + ").");
        }
        boolean resuming = resume && workspace.active();
        if (!resuming && workspace.unsaved() && !force && !confirmReplace(out)) {
            out.println("Kept the current consultation. 'consult --resume' continues it, 'save <name>' keeps it on disk, "
                    + "'consult --force' replaces it without asking.");
            out.flush();
            return;
        }
        Interview interview = resuming ? workspace.current() : workspace.start(Options.list(goals));
        if (!resuming) {
            out.println("Consultation for: " + String.join(", ", interview.consultation().goals())
                    + ". At any prompt: why, help, back, unknown, quit.");
        }
        ConsultationDialog.Outcome outcome;
        try {
            outcome = new ConsultationDialog(interview, lines(), out).run();
        } finally {
            workspace.keep();
        }
        if (outcome == ConsultationDialog.Outcome.END_OF_INPUT) {
            out.println();
            out.println("Consultation kept. 'consult --resume' continues it, also after restarting the advisor.");
        }
        if (outcome == ConsultationDialog.Outcome.COMPLETED) {
            out.println();
            out.println("No questions left. Your advice:");
            out.println();
            out.print(Format.TEXT.render(workspace.fullReport(), interview.knowledge(), false));
            out.println("Next: 'advice --full', 'how <adviceId|findingKey>', 'whatif q=v', 'change <questionId>', 'save <name>'.");
        }
        out.flush();
    }

    @ShellMethod(key = "advice", value = "Show the summary and top actions of the current consultation; --full shows everything.")
    void advice(@ShellOption(defaultValue = "text", help = "text, md, json or html (html: write it with 'report --out')") String format,
                @ShellOption(help = "Everything: findings, options weighed, reasons, what would change it, sources") boolean full) {
        Format f = format(format);
        if (f == Format.HTML) {
            throw new BadInputException("option --format: html is a file, not terminal output; use 'report --format html --out FILE'");
        }
        print(f.render(workspace.fullReport(), workspace.current().knowledge(), full));
    }

    @ShellMethod(key = "report", value = "Write the full report of the current consultation to a file.")
    void report(@ShellOption(defaultValue = "md", help = "md, html, json or text") String format,
                @ShellOption(help = "The file to write (it is written atomically)") java.nio.file.Path out,
                @ShellOption(help = "Overwrite the file if it exists") boolean force) {
        print("Wrote " + workspace.writeReport(format(format), out, force) + "\n");
    }

    @ShellMethod(key = "whatif", value = "Show how the advice would change with other answers, without changing the consultation.")
    void whatif(@ShellOption(arity = Integer.MAX_VALUE, help = "One or more questionId=value pairs") String[] answers) {
        List<String> changes = workspace.whatIf(List.of(answers));
        print(changes.isEmpty() ? "The findings and advice would stay the same.\n"
                : "What would change:\n  " + String.join("\n  ", changes) + "\n");
    }

    private static Format format(String format) {
        return Format.named(format).orElseThrow(() -> new BadInputException(
                "option --format: '" + format + "' is not allowed; allowed: " + Format.allowed()));
    }

    @ShellMethod(key = "how", value = "Explain how an advice item or a finding was concluded, down to the answers.")
    void how(@ShellOption(help = "An advice id (e.g. from 'advice') or a finding key") String id) {
        Interview interview = workspace.current();
        List<String> lines = new DerivationPrinter(new ReportBuilder(interview.knowledge())).explain(interview.consultation(), id);
        if (lines.isEmpty()) {
            throw new BadInputException("'" + id + "' is neither current advice nor a current finding; see 'advice'");
        }
        print(String.join("\n", lines) + "\n");
    }

    @ShellMethod(key = "why", value = "Explain why a question is asked: which rule needs it, for which goal.")
    void why(@ShellOption(help = "A question id") String questionId) {
        print(String.join("\n", workspace.current().why(questionId)) + "\n");
    }

    @ShellMethod(key = "change", value = "Answer a question again; the advice is updated and the changes are shown.")
    void change(@ShellOption(help = "A question id (see 'answers')") String questionId) {
        Interview interview = workspace.current();
        Question q = interview.question(questionId);
        Report before = workspace.report();
        PrintWriter out = terminal.writer();
        String was = interview.consultation().answers().get(questionId);
        out.println("Current answer: " + (was == null ? "(not answered)" : was));
        boolean answered;
        try {
            answered = new ConsultationDialog(interview, lines(), out).askOnce(q);
        } finally {
            workspace.keep();
        }
        if (!answered) {
            out.println("Nothing changed.");
            out.flush();
            return;
        }
        List<String> changes = ChangeSummary.between(interview.knowledge(), before, workspace.report());
        out.println(changes.isEmpty() ? "The findings and advice stay the same." : "What changed:");
        changes.forEach(c -> out.println("  " + c));
        int open = interview.estimatedRemaining();
        if (open > 0) {
            out.println("About " + open + " more question(s) now; 'consult --resume' asks them.");
        }
        out.flush();
    }

    @ShellMethod(key = "partner", value = "Record the partner's answers for a joint assessment (asked here, or from a file).")
    void partner(@ShellOption(defaultValue = ShellOption.NULL, help = "JSON file whose \"answers\" are the partner's") java.nio.file.Path file) {
        Interview interview = workspace.current();
        Report before = workspace.report();
        PrintWriter out = terminal.writer();
        if (file != null) {
            var set = com.allianceadvisor.store.AnswerFiles.readPartner(file, interview.knowledge());
            set.answers().forEach(interview.consultation()::partnerAnswer);
            out.println("Recorded " + set.answers().size() + " partner answer(s) from " + file + ".");
        } else {
            List<Question> joint = interview.jointQuestions();
            if (joint.isEmpty()) {
                throw new BadInputException("no joint-assessment questions in this consultation; pick a goal that has them");
            }
            out.println("Hand the keyboard to your partner: " + joint.size() + " question(s). Type help, why, back or quit.");
            try {
                new ConsultationDialog(interview, lines(), out).askPartner(joint);
            } finally {
                workspace.keep();
            }
        }
        workspace.keep();
        ChangeSummary.between(interview.knowledge(), before, workspace.report()).forEach(c -> out.println("  " + c));
        out.flush();
    }

    @ShellMethod(key = "answers", value = "List the answers of the current consultation.")
    void answers() {
        Interview interview = workspace.current();
        StringBuilder sb = new StringBuilder();
        Map<String, String> given = new java.util.LinkedHashMap<>(interview.consultation().answers());
        interview.consultation().assumed().forEach(given::remove);
        printAnswers(sb, interview, given, "");
        Map<String, String> assumed = new java.util.LinkedHashMap<>();
        interview.consultation().assumed().forEach(id -> assumed.put(id, interview.consultation().answers().get(id)));
        printAnswers(sb, interview, assumed, "not asked (no answer could change the advice): ");
        printAnswers(sb, interview, interview.consultation().partnerAnswers(), "partner: ");
        if (sb.length() == 0) {
            sb.append("No answers yet.\n");
        }
        print(sb.toString());
    }

    private static void printAnswers(StringBuilder sb, Interview interview, Map<String, String> answers, String prefix) {
        answers.forEach((id, value) -> {
            Question q = interview.knowledge().question(id);
            sb.append(String.format("%s%-28s %-14s %s%n", prefix, id, value, q == null ? "" : q.text()));
        });
    }

    @ShellMethod(key = "save", value = "Save the current consultation in the data folder.")
    void save(@ShellOption(defaultValue = ShellOption.NULL, help = "Session name (default: the name it was loaded or saved as)") String name) {
        if (name == null && typedAnEmptyName("save")) {
            // the parser turns 'save ""' into no name at all; saving under the current name would not be what was typed
            SessionStore.checkName("");
        }
        String chosen = name != null ? name : workspace.name();
        if (chosen == null) {
            throw new BadInputException("give a name, e.g. 'save acme-jv'");
        }
        boolean earlier = store.names().contains(chosen);
        var file = workspace.save(chosen);
        StringBuilder said = new StringBuilder("Saved " + chosen + " (" + file + ")");
        if (earlier) {
            said.append("; the earlier assessment is kept, see 'history ").append(chosen).append("'");
        }
        List<String> missing = unansweredIdentity(workspace.current()).stream().map(Question::id).toList();
        if (!missing.isEmpty()) {
            said.append("\nFor 'portfolio review', 'identify' records which alliance this is (still open: ")
                    .append(String.join(", ", missing)).append(")");
        }
        print(said + "\n");
    }

    @ShellMethod(key = "identify", value = "Record which alliance this consultation is about (name, partners, area, purpose, status), for 'portfolio review'.")
    void identify(@ShellOption(help = "Ask again the questions already answered") boolean again) {
        Interview interview = workspace.current();
        List<Question> questions = again ? identity(interview) : unansweredIdentity(interview);
        PrintWriter out = terminal.writer();
        if (questions.isEmpty()) {
            out.println("This consultation is already identified; 'identify --again' changes the answers.");
        }
        ConsultationDialog dialog = new ConsultationDialog(interview, lines(), out);
        for (Question q : questions) {
            out.println();
            if (!dialog.askOnce(q)) {
                out.println("Stopped; 'identify' asks the rest later.");
                break;
            }
        }
        out.flush();
    }

    /** Whether the line just typed gave the command an empty quoted argument ("" or ''), which the parser drops. */
    private boolean typedAnEmptyName(String command) {
        LineReader reader = lineReader.getIfAvailable();
        org.jline.reader.ParsedLine line = reader == null ? null : reader.getParsedLine();
        return line != null && line.line().matches("\\s*" + command + "\\s+(\"\"|'')(\\s.*)?");
    }

    private static List<Question> identity(Interview interview) {
        return interview.knowledge().questions().values().stream().filter(Question::identity).toList();
    }

    private static List<Question> unansweredIdentity(Interview interview) {
        var answered = interview.consultation().answers().keySet();
        return identity(interview).stream().filter(q -> !answered.contains(q.id())).toList();
    }

    @ShellMethod(key = "load", value = "Load a saved consultation; 'consult --resume' continues it.")
    void load(@ShellOption(help = "Session name (see 'sessions')") String name,
              @ShellOption(help = "Replace an unsaved consultation without asking") boolean force) {
        SessionStore.Loaded loaded = store.open(name, currentKnowledge());
        workspace.restore();
        if (workspace.unsaved() && !force && !confirmReplace(terminal.writer())) {
            print("Kept the current consultation; 'save <name>' keeps it on disk, 'load " + name + " --force' replaces it.\n");
            return;
        }
        Interview interview = workspace.open(loaded.answers(), List.of(), name);
        workspace.keep();
        loaded.dropped().forEach(d -> print("Left out: " + d + "\n"));
        String note = loaded.versionNote(interview.knowledge());
        if (!note.isEmpty()) {
            print(note + "\n");
        }
        print("Loaded " + name + ": " + interview.consultation().answers().size() + " answers, goals "
                + String.join(", ", interview.consultation().goals()) + ", " + interview.pending().size()
                + " question(s) open. Try 'advice' or 'consult --resume'.\n");
    }

    @ShellMethod(key = "sessions", value = "List the saved consultations: when, for which goals, how far.")
    void sessions() {
        List<String> lines = workspace.describeSessions();
        print(lines.isEmpty() ? "No saved sessions in " + store.folder() + "\n" : String.join("\n", lines) + "\n");
    }

    private com.allianceadvisor.knowledge.KnowledgeBase currentKnowledge() {
        return workspace.knowledge();
    }

    /** Asks before an unsaved consultation is replaced; only an answer starting with y (y, yes) replaces it. */
    private boolean confirmReplace(PrintWriter out) {
        int n = workspace.current().consultation().answers().size() + workspace.current().consultation().partnerAnswers().size();
        out.flush();
        String line = lines().readLine("The current consultation has " + n + " answer(s) that are not saved. Replace it? (yes/no) ");
        return line != null && line.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    private LineSource lines() {
        return ShellInput.lines(lineReader);
    }

    private void print(String text) {
        terminal.writer().print(text);
        terminal.writer().flush();
    }
}
