package com.allianceadvisor.shell;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.allianceadvisor.interview.LineSource;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.training.Exercise;
import com.allianceadvisor.training.TrainingDialog;
import com.allianceadvisor.training.TrainingService;

/** Training on real cases: thin adapters over the training service and dialog. */
@ShellComponent
class TrainCommands {
    private final TrainingService training;
    private final ContentHolder content;
    private final Terminal terminal;
    private final ObjectProvider<LineReader> lineReader;

    TrainCommands(TrainingService training, ContentHolder content, Terminal terminal, ObjectProvider<LineReader> lineReader) {
        this.training = training;
        this.content = content;
        this.terminal = terminal;
        this.lineReader = lineReader;
    }

    @ShellMethod(key = "train", value = "Train on a real case: without a case, list the cases; with one, predict the advisor's "
            + "conclusions (or --diagnose: answer its questions from the narrative); with --predictions, score a prediction file.")
    void train(
            @ShellOption(value = {"--case"}, defaultValue = ShellOption.NULL, help = "Case id (see 'train')") String caseId,
            @ShellOption(defaultValue = "", help = "Comma-separated goals of the case to practise (default: all of the case's goals)") String goals,
            @ShellOption(defaultValue = ShellOption.NULL, help = "Trainee name for the training record (default: your login name)") String trainee,
            @ShellOption(help = "Answer the advisor's questions from the narrative, then compare with the case coding") boolean diagnose,
            @ShellOption(defaultValue = ShellOption.NULL, help = "A prediction file to score without questions: {\"trainee\", \"case\", \"predictions\"}") Path predictions,
            @ShellOption(defaultValue = "json", help = "Output of --predictions scoring: json or md") String format) {
        if (predictions != null) {
            print(training.scoreFile(caseId, predictions, format));
            return;
        }
        if (caseId == null) {
            print(training.catalogue(trainee));
            return;
        }
        String name = training.trainee(trainee);
        try (Exercise ex = training.open(caseId, Options.list(goals))) {
            TrainingDialog dialog = new TrainingDialog(training, lines(), terminal.writer());
            if (diagnose) {
                dialog.diagnose(content.get(), ex, name);
            } else {
                dialog.predict(ex, name);
            }
        }
    }

    @ShellMethod(key = "train progress", value = "A trainee's history, the concepts most often missed, and the next case to do.")
    void progress(@ShellOption(defaultValue = ShellOption.NULL, help = "Trainee name (default: your login name)") String trainee) {
        print(training.progress(trainee));
    }

    @ShellMethod(key = "train grade", value = "Grade a folder of prediction files into a CSV: one row per trainee, one column per item, the total.")
    void grade(
            @ShellOption(value = {"--case"}, help = "Case id") String caseId,
            @ShellOption(help = "Folder of prediction files (*.json)") Path dir,
            @ShellOption(help = "CSV file to write") Path out,
            @ShellOption(help = "Replace the CSV if it exists") boolean force) {
        TrainingService.GradeResult r = training.grade(caseId, dir, out, force);
        PrintWriter w = terminal.writer();
        r.errors().forEach(e -> System.err.println("skipped: " + e));
        w.println("Graded " + r.graded() + " prediction file(s) into " + r.out()
                + (r.errors().isEmpty() ? "" : "; " + r.errors().size() + " could not be read (listed on stderr)"));
        w.flush();
    }

    @ShellMethod(key = "train handout", value = "Write a case's narrative and a blank prediction sheet (Markdown) for a class.")
    void handout(
            @ShellOption(value = {"--case"}, help = "Case id") String caseId,
            @ShellOption(help = "Markdown file to write") Path out,
            @ShellOption(help = "Replace the file if it exists") boolean force) {
        print("Wrote the handout to " + training.handout(caseId, out, force) + "\n");
    }

    @ShellMethod(key = "train debrief", value = "Write the trainer's notes for a case (Markdown): coding, the advisor's reasoning, outcome, debrief.")
    void debrief(
            @ShellOption(value = {"--case"}, help = "Case id") String caseId,
            @ShellOption(help = "Markdown file to write") Path out,
            @ShellOption(help = "Replace the file if it exists") boolean force) {
        print("Wrote the trainer's notes to " + training.debrief(caseId, out, force) + "\n");
    }

    @ShellMethod(key = "glossary", value = "The glossary of alliance terms, or one term; --format md|json exports it.")
    void glossary(
            @ShellOption(defaultValue = ShellOption.NULL, help = "A term (name, id or alias); default: all terms") String term,
            @ShellOption(defaultValue = "text", help = "text, md or json") String format) {
        print(training.glossary(term, format));
    }

    @ShellMethod(key = "explain", value = "Explain a term of the glossary: definition, example, related terms, sources.")
    void explain(@ShellOption(arity = Integer.MAX_VALUE, help = "The term: its name, id or an alias") String[] term) {
        if (term == null || term.length == 0) {
            throw new BadInputException("explain what? type 'explain' and a term; 'glossary' lists the terms");
        }
        print(training.explain(String.join(" ", term)));
    }

    private LineSource lines() {
        return ShellInput.lines(lineReader);
    }

    private void print(String text) {
        terminal.writer().print(text);
        terminal.writer().flush();
    }
}
