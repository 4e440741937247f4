package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.knowledge.FixtureCopy;

/** A consultant's edit–test loop in the running shell: 'kb test' and 'kb validate' check the files on disk. */
class KbShellEndToEndTest {
    private static final String PROMPT = "advisor:>";
    @TempDir
    Path tmp;

    @Test
    void anEditThatBreaksAScenarioFailsTheNextKbTestWithoutAReloadAndABrokenRuleFailsKbValidate() throws Exception {
        assumeTrue(Tmux.available(), "tmux is needed to drive the shell in a terminal");
        Path rules = tmp.resolve("rules");
        Path knowledge = tmp.resolve("knowledge-base");
        FixtureCopy.copy(Path.of("rules"), rules);
        FixtureCopy.copy(Path.of("knowledge-base"), knowledge);
        String command = Jar.shellCommand(tmp.resolve("data"), List.of("-Dadvisor.rules=" + rules, "-Dadvisor.knowledge=" + knowledge));
        try (Tmux shell = new Tmux("advisor-e2e-kb-" + ProcessHandle.current().pid(), command)) {
            shell.waitFor(PROMPT, 0, 90);
            shell.type("kb test --filter capability-01");
            String screen = shell.waitFor("1 of 1 scenarios passed", 0, 60);
            assertThat(screen).contains("Checked the files on disk");

            shell.type("kb trace governance-01 --how governance.primary");
            screen = shell.waitFor("was concluded:", 0, 60);
            assertThat(screen).contains("High relationship-specific investment favours equity");

            Path scenario = knowledge.resolve("scenarios/capability-01-no-gaps.json");
            Files.writeString(scenario, Files.readString(scenario).replaceFirst("\"advicePresent\": \\[", "\"advicePresent\": [\"cap_icn_decision_rights\", "));
            shell.type("kb test --filter capability-01");
            screen = shell.waitFor("0 of 1 scenarios passed", 0, 60);
            assertThat(screen).contains("cap_icn_decision_rights");

            Path drl = rules.resolve("capability.drl");
            String intact = Files.readString(drl);
            Files.writeString(drl, intact + "\nrule \"Unfinished\"\nwhen\n    Goal(area == \"capability\")\nthen\n");
            shell.type("kb validate");
            screen = shell.waitFor("capability.drl", 0, 60);
            assertThat(screen).containsIgnoringCase("error").contains("rule \"Unfinished\" has no 'end' before the end of the file");
            shell.type("kb watch");
            shell.waitFor("Press Enter to stop.", 0, 30);
            Files.writeString(drl, intact);
            screen = shell.waitFor("Reloaded in", 0, 90);
            assertThat(screen).contains("scenarios passed");
            shell.key("Enter");
            shell.waitFor("Stopped watching.", 0, 30);
            shell.type("exit");
        }
    }
}
