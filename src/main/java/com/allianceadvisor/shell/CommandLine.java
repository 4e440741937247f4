package com.allianceadvisor.shell;

import com.allianceadvisor.knowledge.Echo;

/**
 * Whether the application runs one command from the command line (errors then go to stderr, so stdout
 * carries only the output), and the one-line report of a failure that reached the top.
 */
public final class CommandLine {
    private static volatile boolean nonInteractive;

    private CommandLine() {
    }

    public static void nonInteractive(boolean value) {
        nonInteractive = value;
    }

    static boolean isNonInteractive() {
        return nonInteractive;
    }

    /** One line on stderr for a failure that reached the top, never a stack trace; returns the exit code. */
    public static int report(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName();
        boolean usage = name.contains("CommandNotFound") || name.contains("Parameter") || name.contains("Option")
                || name.contains("Conversion") || name.contains("IllegalArgument");
        String message = root.getMessage() == null ? name : root.getMessage().split("\n")[0];
        System.err.println("Error: " + Echo.line(message) + (usage ? " ('help <command>' shows its options)" : ""));
        return usage ? 2 : 1;
    }
}
