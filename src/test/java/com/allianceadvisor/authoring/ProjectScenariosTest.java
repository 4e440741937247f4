package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;

/** Runs every scenario of knowledge-base/scenarios against the project's rules, one test per scenario. */
class ProjectScenariosTest {
    private final Content content = Fixture.real();

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesTheExpectedFindingsAndAdvice() {
        ScenarioRunner runner = new ScenarioRunner(content);
        return ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), content.knowledge()).stream()
                .map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(), () -> {
                    ScenarioResult result = runner.run(s);
                    assertThat(result.mismatches()).as(s.file()).isEmpty();
                }));
    }

    @Test
    void everyAreaWithRulesHasScenarios() {
        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), content.knowledge());
        for (String area : content.knowledge().areaIds()) {
            boolean hasRules = content.rules().files().stream().anyMatch(f -> f.content().contains("Goal(area == \"" + area + "\")"));
            if (hasRules) {
                assertThat(scenarios).as("scenarios for goal " + area)
                        .anyMatch(s -> s.answers().goals().contains(area));
            }
        }
    }

    @Test
    void theProjectContentIsConsistent() {
        assertThat(KbValidator.warnings(content)).as("kb validate warnings").isEmpty();
    }
}
