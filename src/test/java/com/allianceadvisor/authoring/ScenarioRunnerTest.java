package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.ContentFile;
import com.allianceadvisor.knowledge.ContentFolder;

class ScenarioRunnerTest {
    private final ScenarioRunner runner = new ScenarioRunner(Fixture.small());

    @Test
    void aScenarioThatMatchesPasses() {
        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.onDisk(Fixture.SMALL_KNOWLEDGE), Fixture.small().knowledge());

        // the scenario file, then the training case (each case is also a regression scenario)
        assertThat(scenarios).extracting(Scenario::name).containsExactly("High A settles y", "The test firm picks an option");
        scenarios.forEach(s -> assertThat(runner.run(s).mismatches()).as(s.file()).isEmpty());
    }

    @Test
    void aFailingScenarioShowsExpectedAgainstActual() {
        Scenario s = ScenarioRunner.parse(new ContentFile("s.json", """
                { "name": "wrong", "goals": ["choice"], "answers": { "q_a": "low" },
                  "expect": { "findings": { "pick": "y" }, "advicePresent": ["g_y"], "adviceAbsent": ["g_x"],
                              "pendingQuestions": [] } }
                """), Fixture.small().knowledge());

        ScenarioResult result = runner.run(s);

        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).contains("finding pick: expected y, actual x",
                "advice g_y: expected present, actual absent", "advice g_x: expected absent, actual present",
                "pending questions: expected [], actual [q_n]");
    }

    @Test
    void aScenarioWhoseExpectChecksNothingIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioRunner.parse(new ContentFile("empty.json", """
                { "name": "checks nothing", "goals": ["choice"], "answers": { "q_a": "low" }, "expect": { } }
                """), Fixture.small().knowledge())).hasMessageContaining("empty.json: field 'expect' checks nothing");
    }

    @Test
    void aPortfolioScenarioNamesSeveralAlliancesAnswerSetsAndReportsMismatches() {
        ScenarioRunner real = new ScenarioRunner(com.allianceadvisor.Fixture.real());
        Scenario s = ScenarioRunner.parse(new ContentFile("p.json", """
                { "name": "two alliances with one partner", "goals": ["portfolio"], "answers": { "strategic_needs": "Retail" },
                  "alliances": {
                    "a": { "goals": ["formation"], "answers": { "alliance_name": "A", "partner_name": "Acme", "business_area": "Retail" } },
                    "b": { "answers": { "alliance_name": "B", "partner_name": "Acme", "business_area": "Asia" } } },
                  "expect": { "findings": { "portfolio.multi_relationships": ["Beta"] } } }
                """), com.allianceadvisor.Fixture.real().knowledge());

        assertThat(s.alliances()).containsOnlyKeys("a", "b");
        assertThat(real.run(s).mismatches()).contains("finding portfolio.multi_relationships: expected [Beta], actual [Acme]");
    }

    @Test
    void anAllianceOfAPortfolioScenarioIsCheckedLikeAnAnswerFile() {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> ScenarioRunner.parse(new ContentFile("p.json", """
                { "goals": ["portfolio"], "alliances": { "a": { "answers": { "alliance_status": "dormant" } } },
                  "expect": { "findings": { "portfolio.scale": "solo" } } }
                """), com.allianceadvisor.Fixture.real().knowledge()), com.allianceadvisor.store.BadInputException.class);

        assertThat(e.getMessage()).contains("p.json", "alliances.a", "alliance_status", "candidate, active, ended, unknown");
    }
}
