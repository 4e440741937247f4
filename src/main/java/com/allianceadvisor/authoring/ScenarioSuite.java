package com.allianceadvisor.authoring;

import java.util.List;

import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;

/** What {@code kb test} does: runs the scenarios of a knowledge folder and reports expected against actual. */
public final class ScenarioSuite {
    /** The printed outcome, and how many scenarios failed. */
    public record Outcome(String text, int failed) {
    }

    private ScenarioSuite() {
    }

    /** Runs the scenarios whose file name contains the filter (empty: all). */
    public static Outcome run(Content c, ContentFolder knowledge, String filter) {
        ScenarioRunner runner = new ScenarioRunner(c);
        List<Scenario> scenarios = ScenarioRunner.load(knowledge, c.knowledge());
        int failed = 0;
        int run = 0;
        StringBuilder sb = new StringBuilder();
        for (Scenario s : scenarios) {
            if (!s.file().contains(filter)) {
                continue;
            }
            run++;
            ScenarioResult r = runner.run(s);
            sb.append(r.passed() ? "PASS " : "FAIL ").append(s.file()).append("  ").append(s.name()).append('\n');
            r.mismatches().forEach(m -> sb.append("     ").append(m).append('\n'));
            if (!r.passed()) {
                failed++;
            }
        }
        sb.append(run - failed).append(" of ").append(run).append(" scenarios passed\n");
        return new Outcome(sb.toString(), failed);
    }
}
