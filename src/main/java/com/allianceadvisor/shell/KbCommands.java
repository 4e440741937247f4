package com.allianceadvisor.shell;

import java.nio.file.Path;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.allianceadvisor.authoring.Coverage;
import com.allianceadvisor.authoring.KbValidator;
import com.allianceadvisor.authoring.KbWatch;
import com.allianceadvisor.authoring.ScenarioSuite;
import com.allianceadvisor.authoring.TestReport;
import com.allianceadvisor.authoring.Trace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.Question;

/** Commands for consultants who edit rules and knowledge: validate, test, reload, list questions. */
@ShellComponent
class KbCommands {
    private final ContentHolder content;
    private final Terminal terminal;
    private final Path knowledgeDir;
    private final ObjectProvider<LineReader> lineReader;

    KbCommands(ContentHolder content, Terminal terminal, @Value("${advisor.knowledge}") Path knowledgeDir,
               ObjectProvider<LineReader> lineReader) {
        this.content = content;
        this.terminal = terminal;
        this.knowledgeDir = knowledgeDir;
        this.lineReader = lineReader;
    }

    /** What validate and test say about where they looked. */
    private static final String ON_DISK = "Checked the files on disk (reloaded first: new consultations use them; "
            + "a consultation in progress keeps the rules it started with).\n";

    @ShellMethod(key = "kb validate", value = "Check the rules and knowledge base on disk (reloading first): references, fact model, compilation, unused items.")
    String validate() {
        return ON_DISK + KbValidator.summary(content.reload(null, null));
    }

    @ShellMethod(key = "kb test", value = "Reload from disk, then run the scenario files (knowledge-base/scenarios) and the training cases (knowledge-base/cases) and show expected against actual.")
    void test(@ShellOption(defaultValue = "", help = "Run only scenarios whose file name contains this text") String filter,
              @ShellOption(defaultValue = "text", help = "text, or also a test report file: junit (XML) or html") String format,
              @ShellOption(defaultValue = ShellOption.NULL, help = "The file for --format junit or html (replaced if it exists)") Path out) {
        TestReport.check(format, out);
        Content fresh = content.reload(null, null);
        ScenarioSuite.Outcome outcome = ScenarioSuite.run(fresh, ContentFolder.diskOrBuiltIn(knowledgeDir, "knowledge-base"), filter);
        terminal.writer().print(ON_DISK);
        terminal.writer().print(outcome.text());
        if (out != null) {
            terminal.writer().println("Wrote " + TestReport.write(outcome, format, out));
        }
        terminal.writer().flush();
        if (outcome.failed() > 0) {
            throw new ScenarioFailure(outcome.failed() + " scenario(s) failed");
        }
    }

    @ShellMethod(key = "kb coverage", value = "Reload from disk, run every scenario and case, and list the rules, questions, advice and finding values none of them reaches.")
    String coverage(@ShellOption(defaultValue = "text", help = "text or json") String format) {
        Coverage c = Coverage.of(content.reload(null, null), ContentFolder.diskOrBuiltIn(knowledgeDir, "knowledge-base"));
        return (format.equals("text") ? ON_DISK : "") + c.render(format);
    }

    @ShellMethod(key = "kb trace", value = "Reload from disk, replay one scenario and list the rules that fired, in order; --how explains one of its findings or advice items.")
    String trace(@ShellOption(help = "The scenario's file name, or a part of it that only one scenario has") String scenario,
                 @ShellOption(defaultValue = "", help = "A finding key or advice id of that consultation: how it was concluded") String how) {
        return ON_DISK + Trace.of(content.reload(null, null), ContentFolder.diskOrBuiltIn(knowledgeDir, "knowledge-base"), scenario, how);
    }

    @ShellMethod(key = "kb watch", value = "Reload, validate and run the scenarios each time a rule or knowledge file is saved; Enter stops watching.")
    void watch() {
        LineReader reader = lineReader.getObject();
        try (KbWatch watch = KbWatch.start(content, reader::printAbove)) {
            terminal.writer().println("Watching " + content.rulesDir() + " and " + content.knowledgeDir()
                    + ": save a file to reload, validate and test. Press Enter to stop.");
            terminal.writer().flush();
            reader.readLine("");
        } catch (UserInterruptException | EndOfFileException e) {
            // Ctrl-C or Ctrl-D stop watching too
        }
        terminal.writer().println("Stopped watching.");
        terminal.writer().flush();
    }

    @ShellMethod(key = "kb reload", value = "Reload rules and knowledge from disk; on errors the current content stays.")
    String reload(
            @ShellOption(defaultValue = ShellOption.NULL, help = "Folder of .drl files (default: as at start)") Path rules,
            @ShellOption(defaultValue = ShellOption.NULL, help = "Knowledge-base folder (default: as at start)") Path knowledge) {
        Content c = content.reload(rules, knowledge);
        return "Reloaded: " + c.rules().ruleNames().size() + " rules from " + c.rulesOrigin() + ", "
                + c.knowledge().questions().size() + " questions from " + c.knowledge().origin()
                + ". New consultations use it.\n";
    }

    @ShellMethod(key = "kb questions", value = "List the question bank: ids, allowed values and the question text.")
    String questions(@ShellOption(defaultValue = "", help = "Only this area") String area) {
        StringBuilder sb = new StringBuilder();
        for (Question q : content.get().knowledge().questions().values()) {
            if (area.isEmpty() || q.area().equals(area)) {
                sb.append(String.format("%-32s [%s] %s%n    %s%n", q.id(), q.area(), q.text(), q.allowedDescription()));
            }
        }
        return sb.toString();
    }

    /** A failed scenario run: exit code 1 when run non-interactively. */
    static final class ScenarioFailure extends IllegalStateException {
        ScenarioFailure(String message) {
            super(message);
        }
    }
}
