package com.allianceadvisor.engine;

import java.util.List;

/** The rules did not compile. Each problem names the file, the line and the compiler's message. */
public final class RuleBuildException extends RuntimeException {
    private final List<String> problems;

    RuleBuildException(List<String> problems) {
        super("the rules do not compile:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
