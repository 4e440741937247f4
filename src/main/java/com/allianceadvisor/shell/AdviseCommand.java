package com.allianceadvisor.shell;

import java.nio.file.Path;

import org.jline.terminal.Terminal;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.allianceadvisor.advise.AdviseService;
import com.allianceadvisor.advise.BatchAdvice;
import com.allianceadvisor.store.BadInputException;

/** Non-interactive advice for scripts and CI: answers file in, report out; exit 2 on bad input. */
@ShellComponent
class AdviseCommand {
    private final AdviseService service;
    private final Terminal terminal;

    AdviseCommand(AdviseService service, Terminal terminal) {
        this.service = service;
        this.terminal = terminal;
    }

    @ShellMethod(key = "advise", value = "Advise from an answers file without questions: {\"goals\": [...], \"answers\": {...}}; or every file of a folder (--answers-dir, --out).")
    void advise(
            @ShellOption(defaultValue = ShellOption.NULL, help = "JSON file with goals and answers") Path answers,
            @ShellOption(value = "--partner-answers", defaultValue = ShellOption.NULL, help = "JSON file with the partner's answers, for joint assessments") Path partnerAnswers,
            @ShellOption(defaultValue = "", help = "Comma-separated goals; they win over the file's goals") String goals,
            @ShellOption(defaultValue = "json", help = "json, md, html or text") String format,
            @ShellOption(value = "--answers-dir", defaultValue = ShellOption.NULL, help = "Folder of answer files: one report each, and summary.csv") Path answersDir,
            @ShellOption(defaultValue = ShellOption.NULL, help = "Folder for the reports of --answers-dir") Path out,
            @ShellOption(defaultValue = "0", help = "Consultations at once with --answers-dir (0: one per processor)") int threads,
            @ShellOption(help = "With --answers-dir: each report also says what would change it and how many questions remain (slower)") boolean full) {
        if (answersDir != null) {
            if (out == null) {
                throw new BadInputException("option --out: required with --answers-dir (the folder for the reports)");
            }
            BatchAdvice.Result result = service.adviseAll(answersDir, out, goals, format, threads, full, (done, total) -> { });
            terminal.writer().println(result.describe());
        } else if (answers == null) {
            throw new BadInputException("option --answers: required (a JSON answer file), or --answers-dir DIR --out DIR");
        } else {
            terminal.writer().print(service.advise(answers, partnerAnswers, goals, format));
        }
        terminal.writer().flush();
    }
}
