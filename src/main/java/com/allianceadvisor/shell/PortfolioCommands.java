package com.allianceadvisor.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import com.allianceadvisor.portfolio.AllianceHistory;
import com.allianceadvisor.portfolio.PortfolioReview;
import com.allianceadvisor.portfolio.PortfolioService;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.ReportBuilder;

/** Portfolio reviews and alliance history: thin adapters over the portfolio package. */
@ShellComponent
class PortfolioCommands {
    private final PortfolioService portfolio;
    private final AllianceHistory history;
    private final Workspace workspace;
    private final Terminal terminal;
    private final ObjectProvider<LineReader> lineReader;

    PortfolioCommands(PortfolioService portfolio, AllianceHistory history, Workspace workspace, Terminal terminal,
                      ObjectProvider<LineReader> lineReader) {
        this.portfolio = portfolio;
        this.history = history;
        this.workspace = workspace;
        this.terminal = terminal;
        this.lineReader = lineReader;
    }

    @ShellMethod(key = "portfolio", value = "Review a folder of answer files as one portfolio, without questions: every *.json file is one alliance.")
    void portfolio(
            @ShellOption(help = "Folder of *.json answer files (as for 'advise --answers', or saved sessions), one alliance each") Path dir,
            @ShellOption(defaultValue = ShellOption.NULL, help = "JSON answer file with the portfolio's own answers (strategic needs, rival partners)") Path answers,
            @ShellOption(defaultValue = "json", help = "json, md, html or text") String format) {
        PortfolioService.Result result = portfolio.fromDir(dir, answers, format);
        result.problems().forEach(System.err::println);
        System.err.flush();
        terminal.writer().print(result.report());
        terminal.writer().flush();
    }

    @ShellMethod(key = "portfolio review", value = "Review the saved alliances as a portfolio: asks the portfolio's own questions, then advises.")
    void review(
            @ShellOption(defaultValue = "", help = "Comma-separated saved session names (default: all saved alliances)") String alliances,
            @ShellOption(defaultValue = ShellOption.NULL, help = "JSON answer file with the portfolio's own answers") Path answers) {
        List<String> problems = new ArrayList<>();
        Interview interview = portfolio.fromStore(Options.list(alliances), answers, problems);
        workspace.adopt(interview);
        PrintWriter out = terminal.writer();
        problems.forEach(out::println);
        out.println("Portfolio review of " + PortfolioReview.alliances(interview) + " alliance(s). At any prompt: why, help, unknown, quit.");
        ConsultationDialog.Outcome outcome = new ConsultationDialog(interview, lines(), out).run();
        if (outcome == ConsultationDialog.Outcome.COMPLETED) {
            out.println();
            out.print(Format.TEXT.render(new ReportBuilder(interview.knowledge()).build(interview.consultation()), interview.knowledge()));
            out.println("Next: 'advice --full', 'how <adviceId|findingKey>', 'report --format html --out FILE', 'history <alliance>'.");
        }
        out.flush();
    }

    @ShellMethod(key = "history", value = "Show how a saved alliance's findings and scores changed between its assessments.")
    void history(
            @ShellOption(help = "Saved session name (see 'sessions')") String alliance,
            @ShellOption(defaultValue = "text", help = "text, md, json or html (with a trend chart)") String format) {
        List<String> problems = new ArrayList<>();
        String text = history.render(alliance, format, problems);
        PrintWriter out = terminal.writer();
        problems.forEach(out::println);
        out.print(text);
        out.flush();
    }

    private LineSource lines() {
        return ShellInput.lines(lineReader);
    }
}
