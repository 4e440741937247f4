package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.whatif.SensitivityAnalysis;

/**
 * The HTML report of a six-goal consultation, opened in headless Chromium: the summary is on the page and
 * comes first, and no script runs (skipped where Chromium is not installed; .ci/run installs it).
 */
class HtmlReportInChromiumTest {
    @TempDir
    Path tmp;

    @Test
    void theBrowserShowsTheSummaryFirstAndRunsNoScript() throws Exception {
        String browser = browser();
        assumeTrue(browser != null, "Chromium is needed to render the HTML report");
        Content content = Fixture.real();
        Interview interview = Workspace.replayed(content, AnswerFiles.read(ManagerReportTest.SIX_GOALS, content.knowledge()), List.of());
        Report report;
        try {
            report = new ReportBuilder(content.knowledge()).build(interview.consultation(),
                    new SensitivityAnalysis(content.knowledge()).flips(interview.consultation()));
        } finally {
            interview.consultation().close();
        }
        String html = Format.HTML.render(report, content.knowledge());
        assertThat(html).doesNotContainIgnoringCase("<script");
        // a script smuggled into the page (as an unescaped string would be) must not run
        Path page = Files.writeString(tmp.resolve("report.html"),
                html.replace("</body>", "<script>document.body.setAttribute('data-ran','yes')</script></body>"));

        String dom = run(browser, "--dump-dom", page.toUri().toString());

        assertThat(dom).contains("<section id=\"summary\"><h2>Summary</h2>", report.summary().get(0).text().substring(0, 20))
                .contains("<script>document.body.setAttribute(").doesNotContain("data-ran=\"yes\"");
        assertThat(dom.indexOf("<section")).isEqualTo(dom.indexOf("<section id=\"summary\">"));
        Path shot = tmp.resolve("first-screen.png");
        run(browser, "--window-size=1280,900", "--screenshot=" + shot, page.toUri().toString());
        assertThat(Files.size(shot)).as("a rendered first screen").isGreaterThan(10_000);
    }

    private String run(String browser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + tmp.resolve("profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String browser() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
