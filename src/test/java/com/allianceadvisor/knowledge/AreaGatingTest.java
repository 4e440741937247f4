package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file named after an area holds that area's rules: a rule in it that its goal does not gate is refused at load. */
class AreaGatingTest {
    private static final String UNGATED = """

            rule "High B raises the level"
            when
                Answer(questionId == "q_b", value == "high")
            then
                insertLogical(new Finding("level", "90"));
            end
            """;
    @TempDir
    Path tmp;
    private FixtureCopy copy;

    @BeforeEach
    void copyFixture() {
        copy = new FixtureCopy(tmp);
    }

    @Test
    void anUngatedRuleInAnAreasFileIsRefusedWithItsLine() throws IOException {
        Path drl = copy.rules.resolve("choice.drl");
        Files.writeString(drl, Files.readString(drl) + UNGATED);
        assertThat(copy.refusal()).containsPattern("choice\\.drl:\\d+: rule \"High B raises the level\" is not gated by its area: add Goal\\(area == \"choice\"\\)");
    }

    @Test
    void theGoalOrAFindingOfTheAreasOwnCatalogueGatesIt() throws IOException {
        Path drl = copy.rules.resolve("choice.drl");
        Files.writeString(drl, Files.readString(drl) + UNGATED.replace("rule \"High B raises the level\"\nwhen\n",
                "rule \"High B raises the level\"\nwhen\n    Finding(key == \"pick\", value == \"y\")\n"));
        assertThat(copy.load().rules().ruleNames()).contains("High B raises the level");
    }

    @Test
    void aFileNotNamedAfterAnAreaMayHoldRulesAcrossAreas() {
        assertThat(copy.load().rules().ruleNames()).contains("A top N raises the other flag");
    }
}
