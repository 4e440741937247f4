package com.allianceadvisor.shell;

import java.nio.file.Path;

import org.jline.terminal.Terminal;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.allianceadvisor.advise.AdviseService;

/** Non-interactive advice for scripts and CI: answers file in, report out; exit 2 on bad input. */
@ShellComponent
class AdviseCommand {
    private final AdviseService service;
    private final Terminal terminal;

    AdviseCommand(AdviseService service, Terminal terminal) {
        this.service = service;
        this.terminal = terminal;
    }

    @ShellMethod(key = "advise", value = "Advise from an answers file without questions: {\"goals\": [...], \"answers\": {...}}.")
    void advise(
            @ShellOption(help = "JSON file with goals and answers") Path answers,
            @ShellOption(value = "--partner-answers", defaultValue = ShellOption.NULL, help = "JSON file with the partner's answers, for joint assessments") Path partnerAnswers,
            @ShellOption(defaultValue = "", help = "Comma-separated goals; they win over the file's goals") String goals,
            @ShellOption(defaultValue = "json", help = "json, md, html or text") String format) {
        terminal.writer().print(service.advise(answers, partnerAnswers, goals, format));
        terminal.writer().flush();
    }
}
