package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.FixtureCopy;

/** kb coverage: what the scenarios reach, from the engine's record of the rules that fired. */
class CoverageTest {
    @TempDir
    Path tmp;

    @Test
    void aRuleNoScenarioCanFireIsListedUnderItsFileAndTheTotalsAddUp() throws Exception {
        FixtureCopy copy = new FixtureCopy(tmp);
        Path drl = copy.rules.resolve("choice.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "A can never be both high and low"
                when
                    Goal(area == "choice")
                    Answer(questionId == "q_a", value == "high")
                    Answer(questionId == "q_a", value == "low")
                then
                    insertLogical(new Finding("level", "1"));
                end
                """);
        Content content = copy.load();

        Coverage coverage = Coverage.of(content, ContentFolder.onDisk(copy.knowledge));

        Coverage.Part rules = coverage.rules();
        assertThat(rules.neverByGroup()).hasEntrySatisfying(drl.toString(), never -> assertThat(never).contains("A can never be both high and low"));
        assertThat(rules.reached()).isPositive().isLessThan(rules.total());
        assertThat(coverage.text()).contains("rules fired:").contains("A can never be both high and low");
        assertThat(coverage.json()).contains("\"rules\"").contains("\"reached\"");
    }

    @Test
    void theShippedScenariosReachEveryQuestion() {
        Coverage coverage = Coverage.of(Fixture.real(), ContentFolder.onDisk(Fixture.KNOWLEDGE));

        assertThat(coverage.questions().neverByGroup()).as("questions no scenario asks or answers").isEmpty();
    }
}
