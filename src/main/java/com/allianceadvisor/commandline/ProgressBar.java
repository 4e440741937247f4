package com.allianceadvisor.commandline;

import java.io.PrintStream;

import com.allianceadvisor.advise.BatchAdvice;

/** A one-line progress bar on the terminal's error stream; nothing at all when output is not a terminal. */
final class ProgressBar implements BatchAdvice.Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private int shown = -1;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    static BatchAdvice.Progress onTerminal() {
        return System.console() == null ? (done, total) -> { } : new ProgressBar(System.err);
    }

    @Override
    public synchronized void update(int done, int total) {
        int percent = total == 0 ? 100 : done * 100 / total;
        if (percent == shown && done != total) {
            return;
        }
        shown = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        }
        err.flush();
    }
}
