package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioResult;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.FixtureCopy;
import com.allianceadvisor.knowledge.KnowledgeException;

/** A consultant's faulty rule fails the consultation it runs in, names the rule, and nothing else suffers. */
class RuleFaultTest {
    @TempDir
    Path tmp;

    private Content withRule(String rule) throws Exception {
        FixtureCopy copy = new FixtureCopy(tmp);
        Path drl = copy.rules.resolve("choice.drl");
        Files.writeString(drl, Files.readString(drl) + "\n" + rule + "\n");
        return copy.load();
    }

    private static final String CLIMBS = """
            rule "The level climbs for ever"
            when
                Finding(key == "level", $v : value)
            then
                insertLogical(new Finding("level", String.valueOf(Integer.parseInt($v) + 1)));
            end
            """;

    @Test
    void rulesThatKeepFiringStopThatConsultationNameTheRuleAndFreeTheSession() throws Exception {
        Content content = withRule(CLIMBS);
        Consultation c = content.rules().newConsultation(List.of("choice"));

        assertThatThrownBy(() -> c.answer("q_n", "3")).isInstanceOf(RuleFaultException.class)
                .hasMessageContaining("fired 100000 times without settling").hasMessageContaining("\"The level climbs for ever\"");
        assertThat(c.stopped()).isTrue();
        assertThatThrownBy(c::findings).isInstanceOf(RuleFaultException.class).hasMessageContaining("this consultation was stopped");
        c.close();

        try (Consultation next = content.rules().newConsultation(List.of("choice"))) {
            next.answer("q_a", "high");
            assertThat(next.findings()).containsEntry("pick", List.of("y"));
        }
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsErrorInOneLine() throws Exception {
        Content content = withRule("""
                rule "A broken consequence"
                when
                    Goal(area == "choice")
                    Answer(questionId == "q_b", value == "high")
                then
                    insertLogical(new Finding("level", String.valueOf(Integer.parseInt("not a number"))));
                end
                """);
        try (Consultation c = content.rules().newConsultation(List.of("choice"))) {
            assertThatThrownBy(() -> c.answer("q_b", "high")).isInstanceOf(RuleFaultException.class)
                    .hasMessageStartingWith("the rule \"A broken consequence\" failed: NumberFormatException")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aFaultyScenarioFailsAloneAndTheOthersStillRun() throws Exception {
        Content content = withRule(CLIMBS);
        ScenarioRunner runner = new ScenarioRunner(content);
        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.onDisk(tmp.resolve("knowledge-base")), content.knowledge());

        List<ScenarioResult> results = scenarios.stream().map(runner::run).toList();

        // the fixture case answers q_n, so the climbing rule trips there; the scenario without q_n passes
        assertThat(results).filteredOn(ScenarioResult::passed).extracting(r -> r.scenario().name()).containsExactly("High A settles y");
        assertThat(results).filteredOn(r -> !r.passed()).singleElement()
                .satisfies(r -> assertThat(r.mismatches()).singleElement().asString().startsWith("rule fault: ").contains("The level climbs for ever"));
    }

    @Test
    void theRuleCheckRefusesEngineHandlesLoopsAndFactsOutsideTheModel() {
        for (String body : List.of("drools.insert(new Finding(\"level\", \"1\"));",
                "while (true) { }",
                "for (int i = 0; i < 3; i++) { insertLogical(new Finding(\"level\", \"1\")); }",
                "insertLogical(new Goal(\"other\"));")) {
            String rule = "rule \"Bad\"\nwhen\n    Goal(area == \"choice\")\n    Answer(questionId == \"q_a\", value == \"high\")\nthen\n    " + body + "\nend\n";
            assertThatThrownBy(() -> withRuleFresh(rule)).as(body).isInstanceOf(KnowledgeException.class).hasMessageContaining("choice.drl:");
        }
    }

    private int fresh;

    private Content withRuleFresh(String rule) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("copy" + fresh++));
        FixtureCopy copy = new FixtureCopy(dir);
        Path drl = copy.rules.resolve("choice.drl");
        Files.writeString(drl, Files.readString(drl) + "\n" + rule);
        return copy.load();
    }
}
