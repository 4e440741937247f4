package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.FixtureCopy;
import com.allianceadvisor.store.BadInputException;

/** kb watch: a saved edit is reloaded, validated and tested, and the result reported; a broken edit keeps the old content. */
class KbWatchTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedEditIsReloadedAndTestedAndABrokenOneKeepsTheOldContent() throws Exception {
        FixtureCopy copy = new FixtureCopy(tmp);
        ContentHolder holder = new ContentHolder(copy.rules, copy.knowledge);
        holder.get();
        BlockingQueue<String> reports = new LinkedBlockingQueue<>();
        try (KbWatch watch = KbWatch.start(holder, reports::add)) {
            Path scenario = copy.knowledge.resolve("scenarios/choice-01-high-a.json");
            copy.replace(scenario, "\"advicePresent\": [\"g_y\"]", "\"advicePresent\": [\"g_x\"]");
            String report = next(reports);
            assertThat(report).contains("Reloaded in", "scenarios passed", "FAIL", "choice-01-high-a.json", "g_x");

            Path drl = copy.rules.resolve("choice.drl");
            Files.writeString(drl, Files.readString(drl) + "\nrule \"Unfinished\"\nwhen\n    Goal(area == \"choice\")\nthen\n");
            report = next(reports);
            assertThat(report).contains("Reload refused", "the previous content stays", "has no 'end'");
            assertThat(holder.get().rules().ruleNames()).doesNotContain("Unfinished");
        }
    }

    private static String next(BlockingQueue<String> reports) throws InterruptedException {
        String report = reports.poll(60, TimeUnit.SECONDS);
        assertThat(report).as("a report after the save").isNotNull();
        String more;
        while ((more = reports.poll(1, TimeUnit.SECONDS)) != null) {
            report = more;
        }
        return report;
    }

    @Test
    void watchingTheShippedCopyIsRefused() {
        ContentHolder holder = new ContentHolder(tmp.resolve("none"), tmp.resolve("none-either"));
        assertThatThrownBy(() -> KbWatch.start(holder, r -> { })).isInstanceOf(BadInputException.class)
                .hasMessageContaining("kb watch needs the rules and knowledge folders on disk");
    }
}
