package com.allianceadvisor.interview;

/** Where the dialog reads the user's lines from: the shell's line reader, or a script in tests. */
@FunctionalInterface
public interface LineSource {
    /** Shows the prompt and returns the line typed, or null at end of input. */
    String readLine(String prompt);
}
