package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.FixtureCopy;
import com.allianceadvisor.store.BadInputException;

/** kb test --format junit|html --out FILE: one row per scenario by name, failures with their differences. */
class TestReportTest {
    @TempDir
    Path tmp;

    @Test
    void aJUnitAndAnHtmlReportNameEveryScenarioAndGiveTheDifferencesOfAFailedOne() throws Exception {
        FixtureCopy copy = new FixtureCopy(tmp);
        Files.writeString(copy.knowledge.resolve("scenarios/choice-02-broken.json"), """
                { "name": "A <broken> expectation", "goals": ["choice"], "answers": { "q_a": "high" },
                  "expect": { "findings": { "pick": "x" } } }""");
        ScenarioSuite.Outcome outcome = ScenarioSuite.run(copy.load(), ContentFolder.onDisk(copy.knowledge), "");

        Path junit = TestReport.write(outcome, "junit", tmp.resolve("out/tests.xml"));
        Path html = TestReport.write(outcome, "html", tmp.resolve("out/tests.html"));

        String xml = Files.readString(junit);
        assertThat(xml).contains("<testsuite name=\"knowledge-base scenarios\" tests=\"3\" failures=\"1\"")
                .contains("name=\"High A settles y\"/>")
                .contains("name=\"A &lt;broken&gt; expectation\">\n    <failure message=\"").contains("pick");
        assertThat(Files.readString(html)).contains("2 of 3 scenarios passed").contains("<td>A &lt;broken&gt; expectation</td>")
                .contains("class=\"fail\">failed");
    }

    @Test
    void aReportFormatNeedsAFileAndTextNeedsNone() {
        assertThat(catchThrowable(() -> TestReport.check("junit", null))).isInstanceOf(BadInputException.class)
                .hasMessage("option --out: required with --format junit (the report file)");
        assertThat(catchThrowable(() -> TestReport.check("xml", tmp.resolve("x")))).hasMessageContaining("allowed: text, junit, html");
    }
}
