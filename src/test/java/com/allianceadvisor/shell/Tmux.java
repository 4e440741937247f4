package com.allianceadvisor.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Drives a program in a detached tmux session: type lines, read the screen (with scroll-back). */
final class Tmux implements AutoCloseable {
    private final String session;

    Tmux(String session, String command) throws IOException, InterruptedException {
        this.session = session;
        tmux("kill-session", "-t", session);
        run(List.of("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "50", command));
        tmux("set-option", "-t", session, "history-limit", "20000");
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Types a line and presses Enter. */
    void type(String line) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", line);
        tmux("send-keys", "-t", session, "Enter");
    }

    /** Presses a key without Enter, e.g. "C-c" or "C-d". */
    void key(String key) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, key);
    }

    /** The whole screen including scroll-back. */
    String screen() throws IOException, InterruptedException {
        return run(List.of("tmux", "capture-pane", "-p", "-J", "-t", session, "-S", "-20000"));
    }

    /** Waits until the screen shows the text more often than it did (count before), or fails after the timeout. */
    String waitFor(String text, int occurrencesBefore, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = "";
        while (System.nanoTime() < end) {
            screen = screen();
            if (count(screen, text) > occurrencesBefore) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for '" + text + "'; the screen shows:\n" + screen);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(List.of(args));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    /**
     * Ends the session and waits (up to 10 s) until the programs it ran have exited, so that nothing still
     * writes into a test's temporary folder while JUnit deletes it.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> programs = new ArrayList<>();
        for (String pid : tmux("list-panes", "-t", session, "-F", "#{pane_pid}").strip().split("\\s+")) {
            if (pid.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(h -> {
                    programs.add(h);
                    h.descendants().forEach(programs::add);
                });
            }
        }
        tmux("kill-session", "-t", session);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle h : programs) {
            while (h.isAlive() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
        }
    }
}
