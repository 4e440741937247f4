package com.allianceadvisor.authoring;

import java.nio.file.Path;

import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.ReportFiles;

/** The test report file of {@code kb test --format junit|html --out FILE}, for the shell and the command line. */
public final class TestReport {
    private TestReport() {
    }

    /** Checks the options before anything runs: text needs no file, junit and html need one. */
    public static void check(String format, Path out) {
        switch (format) {
            case "text" -> {
                if (out != null) {
                    throw new BadInputException("option --out: a file is written for --format junit or html only; allowed formats: text, junit, html");
                }
            }
            case "junit", "html" -> {
                if (out == null) {
                    throw new BadInputException("option --out: required with --format " + format + " (the report file)");
                }
            }
            default -> throw new BadInputException("option --format: '" + format + "' is not allowed; allowed: text, junit, html");
        }
    }

    /** Writes the report atomically, replacing an earlier one, and returns the file. */
    public static Path write(ScenarioSuite.Outcome outcome, String format, Path out) {
        return ReportFiles.write(out, format.equals("junit") ? outcome.junit() : outcome.html(), true);
    }
}
