package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknown keys are errors in every kind of knowledge file, at the top and in the items, each naming the
 * file, the item and the allowed keys (with the nearest one); and a file's name never carries meaning that
 * its fields do not state.
 */
class StrictKeysTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;

    @BeforeEach
    void copyFixture() {
        copy = new FixtureCopy(tmp);
    }

    private String refused() {
        return copy.refusal();
    }

    private Path kb(String name) {
        return copy.knowledge.resolve(name);
    }

    @Test
    void aMisspelledKeyInAnyKindOfFileIsNamedWithTheFileAndTheNearestKey() {
        copy.replace(kb("areas.json"), "\"defaultGoals\"", "\"defaultGoal\": [], \"defaultGoals\"");
        copy.replace(kb("areas.json"), "\"description\": \"x or y\"", "\"descripton\": \"x or y\"");
        copy.replace(kb("sources.json"), "\"reference\": \"A test reference\"", "\"reference\": \"A test reference\", \"seeds\": \"s\"");
        copy.replace(kb("questions/choice.json"), "{\"value\": \"low\", \"label\": \"Low A\"}", "{\"value\": \"low\", \"lable\": \"Low A\"}");
        copy.replace(kb("guidance/choice.json"), "\"area\": \"choice\",", "\"area\": \"choice\", \"guidence\": [],");
        copy.replace(kb("findings/choice.json"), "\"key\": \"pick\",", "\"key\": \"pick\", \"interal\": true,");
        copy.replace(kb("views/choice_table.json"), "{\"id\": \"x\", \"label\": \"Row X\"}", "{\"id\": \"x\", \"labels\": \"Row X\"}");

        assertThat(refused()).contains(
                "areas.json: top level: unknown key 'defaultGoal' (did you mean 'defaultGoals'?)",
                "areas.json: area 'choice': unknown key 'descripton' (did you mean 'description'?)",
                "sources.json: source 'src': unknown key 'seeds' (did you mean 'seed'?)",
                "questions/choice.json: question 'q_a' option 'low': unknown key 'lable' (did you mean 'label'?)",
                "guidance/choice.json: top level: unknown key 'guidence' (did you mean 'guidance'?)",
                "findings/choice.json: finding 'pick': unknown key 'interal' (did you mean 'internal'?)",
                "views/choice_table.json: view 'choice_table' row 'x': unknown key 'labels' (did you mean 'label'?)");
    }

    @Test
    void theAreaOfAFindingsFileIsAFieldAndTheFileIsNamedAfterIt() throws Exception {
        Files.move(kb("findings/other.json"), kb("findings/exit.json"));
        assertThat(refused()).contains("findings/exit.json: the file of area 'other' must be named other.json");
    }

    @Test
    void aFindingsFileWithoutItsAreaIsRefused() {
        copy.replace(kb("findings/choice.json"), "\"area\": \"choice\",", "");
        assertThat(refused()).contains("findings/choice.json", "'area'");
    }

    @Test
    void aSyntaxErrorInSourcesJsonIsOneMessageNotOnePerCitation() {
        copy.replace(kb("sources.json"), "\"reference\": \"A test reference\" }", "\"reference\": \"A test reference\" }, ");
        String message = refused();
        assertThat(message).contains("sources.json", "not valid JSON").doesNotContain("is not in sources.json");
        assertThat(message.lines().count()).as(message).isLessThanOrEqualTo(2);
    }
}
