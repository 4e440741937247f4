package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.knowledge.FixtureCopy;

/** kb validate's warnings: content that loads but is unfinished or misfiled, each with its file (and line in DRL). */
class KbValidatorTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;

    @BeforeEach
    void copyFixture() {
        copy = new FixtureCopy(tmp);
    }

    private List<String> warnings() {
        return KbValidator.warnings(copy.load());
    }

    private Path drl() {
        return copy.rules.resolve("choice.drl");
    }

    @Test
    void theUntouchedFixtureHasNoneOfTheseWarnings() {
        assertThat(warnings()).noneMatch(w -> w.contains("never asked") || w.contains("no rule uses its answer") || w.contains("would never show")
                || w.contains("out of range") || w.contains("prefix of area") || w.contains("cited by nothing"));
    }

    @Test
    void aQuestionAskedWhoseAnswerNoRuleReads() {
        copy.replace(copy.knowledge.resolve("questions/choice.json"), "{ \"id\": \"q_n\",",
                "{ \"id\": \"q_z\", \"text\": \"Z?\", \"help\": \"Z.\", \"type\": \"number\", \"min\": 1, \"max\": 5, \"sources\": [\"src\"],"
                        + " \"ask\": [{\"goal\": \"choice\", \"priority\": 5, \"because\": \"The choice asks Z\"}] },\n    { \"id\": \"q_n\",");
        assertThat(warnings()).anyMatch(w -> w.contains("questions/choice.json: question 'q_z' is asked, but no rule uses its answer"));
    }

    @Test
    void aQuestionTheRulesReadButNothingAsks() {
        copy.replace(drl(), "    insertLogical(new Ask(\"q_b\", \"choice\", 40));\n", "");
        assertThat(warnings()).anyMatch(w -> w.contains("question 'q_b' is used by rules but never asked"));
    }

    @Test
    void adviceGivenUnderAnotherAreaThanItsItemsFile() {
        copy.replace(drl(), "new Advice(\"g_level\", \"choice\"", "new Advice(\"g_level\", \"other\"");
        assertThat(warnings()).anyMatch(w -> w.matches(".*choice\\.drl:\\d+: advice 'g_level' is given under area 'other' but its item is in .*guidance/choice\\.json.*"));
    }

    @Test
    void aPriorityOutOfRangeInHandWrittenDrl() {
        copy.replace(drl(), "new Advice(\"g_y\", \"choice\", 50", "new Advice(\"g_y\", \"choice\", 500");
        assertThat(warnings()).anyMatch(w -> w.matches(".*choice\\.drl:\\d+: priority 500 of 'g_y' is out of range; allowed: 0 to 100"));
    }

    @Test
    void aGuidanceIdWithAnotherAreasPrefix() {
        copy.replace(copy.knowledge.resolve("guidance/other.json"), "{ \"id\": \"o_flag\",",
                "{ \"id\": \"g_stray\", \"title\": \"Stray\", \"text\": \"Stray.\", \"actions\": [], \"sources\": [\"src\"] },\n    { \"id\": \"o_flag\",");
        assertThat(warnings()).anyMatch(w -> w.contains("guidance/other.json: guidance 'g_stray' has the prefix of area 'choice'"));
    }

    @Test
    void aSourceNothingCites() {
        copy.replace(copy.knowledge.resolve("sources.json"), "{ \"id\": \"src\",", "{ \"id\": \"lonely\", \"reference\": \"Never cited\" }, { \"id\": \"src\",");
        assertThat(warnings()).contains("sources.json: source 'lonely' is cited by nothing");
    }
}
