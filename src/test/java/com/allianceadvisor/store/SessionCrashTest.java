package com.allianceadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A process killed with SIGKILL in the middle of saving leaves the old or the new session, complete and valid. */
class SessionCrashTest {
    private static final int KILLS = 200;
    @TempDir
    Path data;

    @Test
    void killingASaveAtRandomMomentsNeverLeavesATornOrShadowedSession() throws Exception {
        // two saving processes at a time, each in its own data folder: the kills are as many, the wait half as long
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> killWhileSaving(data.resolve("one"), KILLS / 2, 42));
            var second = pool.submit(() -> killWhileSaving(data.resolve("two"), KILLS - KILLS / 2, 43));
            int valid = first.get() + second.get();
            assertThat(valid).isEqualTo(KILLS);
            System.out.println("crash test: " + KILLS + " kills during save, " + valid + " session files checked, all complete and valid");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts a process that saves in a loop, kills it after a random moment, checks the file; returns the files checked. */
    private static int killWhileSaving(Path folder, int kills, long seed) throws Exception {
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int valid = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), folder.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("saving");
            Thread.sleep(random.nextInt(40));
            p.destroyForcibly(); // SIGKILL on this platform
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

            Path file = folder.resolve("sessions/crash.json");
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
            assertThat(root.path("answers").size()).as("a complete version").isEqualTo(200);
            long round = root.path("partnerAnswers").path("round").asLong();
            // one version throughout: the last answer belongs to the same save as the round number
            assertThat(root.path("answers").path("q_199").asText()).isEqualTo("value-" + round + "-199");
            assertThat(root.path("answers").path("q_0").asText()).isEqualTo("value-" + round + "-0");
            valid++;
            try (var files = Files.list(folder.resolve("sessions"))) {
                List<String> sessions = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
                assertThat(sessions).as("a temporary file never passes for a session").containsExactly("crash.json");
            }
        }
        return valid;
    }
}
