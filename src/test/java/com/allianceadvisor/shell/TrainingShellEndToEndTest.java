package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainee does a whole case in the real shell, in a terminal: predict, see the reveal and the score, then the progress. */
class TrainingShellEndToEndTest {
    private static final String PROMPT = "advisor:>";
    @TempDir
    Path data;

    @Test
    void aTraineePredictsACaseSeesTheRevealAndTheScoreAndFindsItInTheProgress() throws Exception {
        assumeTrue(Tmux.available(), "tmux is needed to drive the shell in a terminal");
        String id;
        try (Stream<Path> files = Files.list(Path.of("knowledge-base/cases"))) {
            id = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().findFirst().orElseThrow();
        }
        String command = Jar.shellCommand(data, List.of());
        try (Tmux shell = new Tmux("advisor-train-" + ProcessHandle.current().pid(), command)) {
            shell.waitFor(PROMPT, 0, 90);

            shell.type("train");
            String screen = shell.waitFor("not done", 0, 30);
            assertThat(screen).contains(id);

            shell.type("train " + id + " --trainee ann");
            screen = shell.waitFor("Predict what the advisor will conclude", 0, 30);
            assertThat(screen).contains("difficulty");
            shell.waitFor("> ", 0, 10);
            shell.type("help");
            shell.waitFor("Scoring: ", 0, 10);
            for (int i = 0; i < 30 && !shell.screen().contains("Score: "); i++) {
                int reveals = Tmux.count(shell.screen(), "  you: ");
                int prompts = Tmux.count(shell.screen(), "> ");
                shell.type("1");
                long end = System.nanoTime() + 10_000_000_000L;
                while (System.nanoTime() < end && Tmux.count(shell.screen(), "> ") <= prompts && !shell.screen().contains("Score: ")) {
                    Thread.sleep(50);
                }
                assertThat(Tmux.count(shell.screen(), "  you: ")).isGreaterThanOrEqualTo(reveals);
            }
            screen = shell.waitFor("Score: ", 0, 10);
            assertThat(screen).contains("-- The advisor's conclusion", "  you: ", "advisor: ", "== What happened", "== Debrief", "Saved in the training record of ann");

            // counted once the command's own output is on the screen: the prompt before it may still be drawing
            int records = Tmux.count(shell.screen(), "Training record of ann");
            int nexts = Tmux.count(shell.screen(), "Next: 'train ");
            shell.type("train progress --trainee ann");
            shell.waitFor("Training record of ann", records, 10);
            screen = shell.waitFor("Next: 'train ", nexts, 10);
            assertThat(screen).contains("Training record of ann", "predict", "Next: 'train ");
            assertThat(Files.exists(data.resolve("trainees/ann.json"))).isTrue();

            shell.type("explain mutual hostage");
            shell.waitFor("Example:", 0, 10);
            shell.type("exit");
        }
    }
}
