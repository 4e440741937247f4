package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real shell in a terminal (tmux), as a user would, through a whole consultation. */
class InteractiveShellEndToEndTest {
    private static final String PROMPT = "advisor:>";
    @TempDir
    Path data;

    @Test
    void aWholeConsultationWithWhyBackChangeSaveAndLoad() throws Exception {
        try (Tmux shell = startShell("advisor-e2e-")) {

            shell.type("consult");
            String screen = shell.waitFor("[question 1, about", 0, 30);
            assertThat(screen).contains("Consultation for: governance", "1) ", "unknown");

            shell.type("why");
            shell.waitFor("Asked for the goal 'governance' by the rule", 0, 10);

            shell.type("nonsense");
            shell.waitFor("is not an answer to", 0, 10);

            shell.type("1");
            shell.waitFor("[question 2,", 0, 10);
            shell.type("back");
            shell.waitFor("Going back to", 0, 10);
            shell.type("help");
            shell.waitFor("Source: ", 0, 10);
            shell.type("3");
            shell.waitFor("[question 2,", 1, 10);

            for (int i = 0; i < 60 && !shell.screen().contains("No questions left"); i++) {
                int asked = Tmux.count(shell.screen(), "-> ");
                shell.type(i % 2 == 0 ? "1" : "unknown");
                shell.waitFor("-> ", asked, 10);
            }
            shell.waitFor("No questions left", 0, 10);
            // the report ends with a fresh prompt (the first one is the line 'consult' was typed on)
            screen = shell.waitFor(PROMPT, 1, 30);
            assertThat(screen).contains("== Summary ==", "Governance choice \u2014 ", "== Top actions ==", "advice --full");

            int prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("advice --full");
            screen = shell.waitFor(PROMPT, prompts, 20);
            assertThat(screen).contains("-- Advice --", "Why:", "Sources:");

            prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("how governance.primary");
            screen = shell.waitFor(PROMPT, prompts, 10);
            assertThat(screen).contains("Primary governance mechanism: ", "because rule", "You answered");

            prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("whatif asset_specificity=low uncertainty=low");
            screen = shell.waitFor(PROMPT, prompts, 20);
            assertThat(screen).containsAnyOf("What would change:", "The findings and advice would stay the same.");

            Path html = data.resolve("steering.html");
            prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("report --format html --out " + html);
            screen = shell.waitFor(PROMPT, prompts, 20);
            assertThat(screen).contains("Wrote " + html);
            assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("id=\"summary\"");
            prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("report --format html --out " + html);
            screen = shell.waitFor(PROMPT, prompts, 20);
            assertThat(screen).contains("exists; add --force to overwrite it");

            prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("change asset_specificity");
            shell.waitFor("Current answer:", 0, 10);
            shell.type("3");
            screen = shell.waitFor(PROMPT, prompts, 10);
            assertThat(screen).containsAnyOf("What changed:", "The findings and advice stay the same.");

            shell.type("save e2e-case");
            shell.waitFor("Saved e2e-case", 0, 10);
            assertThat(Files.exists(data.resolve("sessions/e2e-case.json"))).isTrue();

            shell.type("load no-such-case");
            shell.waitFor("no saved session 'no-such-case'", 0, 10);

            shell.type("load e2e-case");
            shell.waitFor("Loaded e2e-case:", 0, 10);
            prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("answers");
            screen = shell.waitFor(PROMPT, prompts, 10);
            assertThat(screen).containsPattern("asset_specificity\\s+high");

            shell.type("exit");
        }
    }

    @Test
    void aJointAuditTakesThePartnersRatingsInTheShellAndReportsThePerceptionGaps() throws Exception {
        try (Tmux shell = startShell("advisor-e2e-audit-")) {
            shell.type("consult --goals health");
            shell.waitFor("[question 1, about", 0, 30);
            for (int i = 0; i < 40 && !shell.screen().contains("No questions left"); i++) {
                String screen = awaitQuestionPrompt(shell);
                int asked = Tmux.count(screen, "-> ");
                // a running alliance; our side rates every audit statement 4 or 5; other questions get option 1
                String prompt = lastLine(screen);
                shell.type(prompt.startsWith("lifecycle_stage") ? "operate"
                        : prompt.startsWith("audit_") ? (i % 2 == 0 ? "5" : "4") : "1");
                shell.waitFor("-> ", asked, 10);
            }
            shell.waitFor("No questions left", 0, 10);
            shell.waitFor(PROMPT, 1, 30);

            int prompts = Tmux.count(shell.screen(), PROMPT);
            shell.type("partner");
            shell.waitFor("[partner: 1 of 6]", 0, 10);
            for (int i = 1; i <= 6; i++) {
                int asked = Tmux.count(shell.screen(), "-> partner ");
                shell.type("1");
                shell.waitFor("-> partner ", asked, 10);
            }
            String screen = shell.waitFor(PROMPT, prompts, 10);
            assertThat(screen).contains("finding Audit statements where we and the partner differ by 2 points or more", "health_joint_gap_review");

            shell.type("exit");
        }
    }

    /** Starts the packaged shell in a terminal, with a fresh data folder, and waits for its prompt. */
    private Tmux startShell(String sessionPrefix) throws Exception {
        assumeTrue(Tmux.available(), "tmux is needed to drive the shell in a terminal");
        String command = "cd " + Path.of("").toAbsolutePath() + " && java -Dadvisor.data=" + data + " -jar " + Jar.JAR;
        Tmux shell = new Tmux(sessionPrefix + ProcessHandle.current().pid(), command);
        try {
            shell.waitFor(PROMPT, 0, 90);
            return shell;
        } catch (Exception | AssertionError e) {
            shell.close();
            throw e;
        }
    }

    /** The screen once the interview's prompt ("questionId> ") is drawn, or once the interview is over. */
    private static String awaitQuestionPrompt(Tmux shell) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        String screen = shell.screen();
        while (System.nanoTime() < end && !lastLine(screen).matches("[a-z0-9_]+>\\s*")
                && !screen.contains("No questions left")) {
            Thread.sleep(50);
            screen = shell.screen();
        }
        return screen;
    }

    private static String lastLine(String screen) {
        String[] lines = screen.strip().split("\n");
        return lines[lines.length - 1];
    }
}
