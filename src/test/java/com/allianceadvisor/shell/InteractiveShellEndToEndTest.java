package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            shell.type("1");
            shell.waitFor("[partner: 2 of 6]", 0, 10);
            shell.type("back");
            shell.waitFor("Going back to audit_", 0, 10);
            shell.type("why");
            shell.waitFor("You answered: ", 0, 10);
            shell.type("help");
            shell.waitFor("Source: ", 0, 10);
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

    @Test
    void anUnsavedConsultationIsReplacedOnlyAfterAskingAndQuitCtrlCOrARestartLoseNothing() throws Exception {
        try (Tmux shell = startShell("advisor-e2e-keep-")) {
            assertThat(shell.screen()).contains("Welcome to Alliance Advisor", "Type 'consult' to start");
            shell.type("version");
            shell.waitFor("Knowledge base 1.3", 0, 30);

            shell.type("consult --goals all");
            String screen = shell.waitFor("[question 1, about", 0, 30);
            assertThat(screen).contains("Consultation for: formation, governance, coordination, health, learning, capability");
            shell.type("1");
            shell.waitFor("[question 2,", 0, 10);
            shell.type("quit");
            shell.waitFor("Consultation kept.", 0, 10);

            shell.type("consult");
            shell.waitFor("Replace it? (yes/no)", 0, 10);
            shell.type("no");
            shell.waitFor("Kept the current consultation.", 0, 10);

            shell.type("consult --resume");
            shell.waitFor("[question 2,", 1, 10);
            shell.type("1");
            shell.waitFor("[question 3,", 0, 10);
            awaitQuestionPrompt(shell);
            shell.key("C-c");
            shell.waitFor("Consultation kept.", 1, 10);
            shell.type("exit");
        }
        try (Tmux shell = startShell("advisor-e2e-keep2-")) {
            shell.type("consult --resume");
            String screen = shell.waitFor("[question 3,", 0, 30);
            assertThat(screen).contains("Brought back the consultation kept from last time (2 answers)");
            awaitQuestionPrompt(shell);
            shell.key("C-d");
            shell.waitFor("Consultation kept.", 0, 10);

            shell.type("consult --force --goals governance");
            screen = shell.waitFor("[question 1, about", 0, 30);
            assertThat(screen).doesNotContain("Replace it?");
            shell.type("quit");
            shell.type("exit");
        }
    }

    @Test
    void fourAlliancesSavedInTheShellAreReviewedAsOnePortfolioAndEarlierAssessmentsAreKept() throws Exception {
        try (Tmux shell = startShell("advisor-e2e-portfolio-")) {
            // id, alliance name, partner, business area, purpose
            String[][] alliances = {
                    {"acme-retail", "Acme retail", "Acme", "Retail", "new_markets"},
                    {"acme-lab", "Acme lab", "Acme", "Diagnostics", "resources"},
                    {"gamma-stores", "Gamma stores", "Gamma", "Retail", "new_markets"},
                    {"beta-lab", "Beta lab", "Beta", "Diagnostics", "efficiency"}};
            for (String[] a : alliances) {
                int done = Tmux.count(shell.screen(), "No questions left");
                int started = Tmux.count(shell.screen(), "[question 1, about");
                shell.type("consult --goals health");
                shell.waitFor("[question 1, about", started, 30);
                for (int i = 0; i < 20 && Tmux.count(shell.screen(), "No questions left") == done; i++) {
                    String screen = awaitPromptOr(shell, "No questions left", done);
                    if (Tmux.count(screen, "No questions left") > done) {
                        break;
                    }
                    int asked = Tmux.count(screen, "-> ");
                    shell.type(lastLine(screen).startsWith("lifecycle_stage") ? "plan" : "unknown");
                    shell.waitFor("-> ", asked, 10);
                }
                shell.waitFor("No questions left", done, 10);
                shell.waitFor("Next: 'advice --full'", done, 10);
                int prompts = Tmux.count(awaitEmptyShellPrompt(shell), PROMPT);
                shell.type("identify");
                for (int i = 0; i < 8; i++) {
                    String screen = awaitPromptOr(shell, PROMPT, prompts);
                    if (Tmux.count(screen, PROMPT) > prompts) {
                        break;
                    }
                    String prompt = lastLine(screen);
                    int asked = Tmux.count(screen, "-> ");
                    if (prompt.startsWith("alliance_name") && a[0].startsWith("beta") && !screen.contains("'Beta <b>lab</b>' is not an answer")) {
                        shell.type("Beta <b>lab</b>");
                        shell.waitFor("'Beta <b>lab</b>' is not an answer to alliance_name", 0, 10);
                        continue;
                    }
                    shell.type(prompt.startsWith("alliance_motive") ? a[4] : prompt.startsWith("alliance_name") ? a[1]
                            : prompt.startsWith("partner_name") ? a[2] : prompt.startsWith("business_area") ? a[3]
                            : prompt.startsWith("alliance_status") ? "active" : "unknown");
                    shell.waitFor("-> ", asked, 10);
                }
                shell.waitFor(PROMPT, prompts, 10);
                shell.type("save " + a[0]);
                shell.waitFor("Saved " + a[0], 0, 10);
            }
            shell.type("save ../outside");
            shell.waitFor("session name '../outside' is not allowed", 0, 10);
            shell.type("save \"\"");
            String refused = shell.waitFor("a session name is required", 0, 10);
            assertThat(refused.substring(refused.lastIndexOf("save \"\"")))
                    .as("an empty name saves nothing, not even under the current name").doesNotContain("Saved");
            shell.type("save beta-lab");
            shell.waitFor("the earlier assessment is kept, see 'history beta-lab'", 0, 10);
            shell.type("history beta-lab");
            shell.waitFor("History of beta-lab: 2 assessment(s)", 0, 20);
            Files.writeString(data.resolve("sessions/damaged.json"), "{\"answers\": {");

            int reports = Tmux.count(shell.screen(), "Next: 'advice --full'");
            shell.type("portfolio review");
            shell.waitFor("strategic_needs>", 0, 30);
            assertThat(shell.screen()).contains("damaged.json", "skipped", "Portfolio review of 4 alliance(s)");
            shell.type("Retail; Diagnostics; Asia");
            shell.waitFor("rival_partners>", 0, 10);
            shell.type("Acme vs Beta");
            String screen = shell.waitFor("Next: 'advice --full'", reports, 30);
            assertThat(screen).contains("Strategic needs no alliance serves: Asia", "Partners with several relationships or roles: Acme",
                    "Alliances serving the same purpose in the same area: Acme retail, Gamma stores",
                    "Partners that compete with each other: Acme, Beta", "-- Portfolio map", "port_multi_relationships",
                    "port_resolve_overlaps", "port_partner_conflicts", "port_fill_gaps");
            assertThat(Files.readString(data.resolve("sessions/damaged.json"))).isEqualTo("{\"answers\": {");
            try (var history = Files.list(data.resolve("history/beta-lab"))) {
                assertThat(history.count()).isEqualTo(1);
            }
            shell.type("exit");
        }
    }

    /** The screen once the shell's prompt is drawn and nothing is typed after it yet. */
    private static String awaitEmptyShellPrompt(Tmux shell) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        String screen = shell.screen();
        while (System.nanoTime() < end && !lastLine(screen).trim().equals(PROMPT)) {
            Thread.sleep(50);
            screen = shell.screen();
        }
        return screen;
    }

    /** The screen once a question's prompt ("questionId> ") is drawn, or once the text shows more often than before. */
    private static String awaitPromptOr(Tmux shell, String text, int countBefore) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        String screen = shell.screen();
        while (System.nanoTime() < end && !lastLine(screen).matches("[a-z0-9_]+>\\s*") && Tmux.count(screen, text) <= countBefore) {
            Thread.sleep(50);
            screen = shell.screen();
        }
        return screen;
    }

    /** Starts the packaged shell in a terminal, with a fresh data folder, and waits for its prompt. */
    private Tmux startShell(String sessionPrefix) throws Exception {
        assumeTrue(Tmux.available(), "tmux is needed to drive the shell in a terminal");
        String command = Jar.shellCommand(data, List.of());
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
