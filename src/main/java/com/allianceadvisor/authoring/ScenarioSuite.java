package com.allianceadvisor.authoring;

import java.util.List;

import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;

/** What {@code kb test} does: runs the scenarios of a knowledge folder and reports expected against actual. */
public final class ScenarioSuite {
    /** The printed outcome, how many scenarios failed, and each result in order. */
    public record Outcome(String text, int failed, List<ScenarioResult> results) {
        public Outcome(String text, int failed) {
            this(text, failed, List.of());
        }

        /** A JUnit XML report: one test case per scenario, named by the scenario, failures with their mismatches. */
        public String junit() {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"knowledge-base scenarios\" tests=\"")
                    .append(results.size()).append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\">\n");
            for (ScenarioResult r : results) {
                x.append("  <testcase classname=\"").append(xml(r.scenario().file())).append("\" name=\"").append(xml(r.scenario().name())).append('"');
                if (r.passed()) {
                    x.append("/>\n");
                } else {
                    x.append(">\n    <failure message=\"").append(xml(r.mismatches().get(0))).append("\">")
                            .append(xml(String.join("\n", r.mismatches()))).append("</failure>\n  </testcase>\n");
                }
            }
            return x.append("</testsuite>\n").toString();
        }

        /** A self-contained HTML page a consultant can show a client: one row per scenario by name. */
        public String html() {
            StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Knowledge-base test report</title>"
                    + "<style>body{font:15px system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%}"
                    + "td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}.pass{color:#1a7f37}.fail{color:#b3261e;font-weight:bold}"
                    + "</style></head><body>\n<h1>Knowledge-base test report</h1>\n<p>").append(results.size() - failed).append(" of ")
                    .append(results.size()).append(" scenarios passed.</p>\n<table><tr><th>Scenario</th><th>File</th><th>Result</th><th>Differences</th></tr>\n");
            for (ScenarioResult r : results) {
                h.append("<tr><td>").append(xml(r.scenario().name())).append("</td><td>").append(xml(r.scenario().file())).append("</td><td class=\"")
                        .append(r.passed() ? "pass\">passed" : "fail\">failed").append("</td><td>")
                        .append(xml(String.join("; ", r.mismatches()))).append("</td></tr>\n");
            }
            return h.append("</table>\n</body></html>\n").toString();
        }

        private static String xml(String s) {
            StringBuilder out = new StringBuilder();
            s.codePoints().forEach(c -> {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> {
                        if (c < 0x20 && c != '\n' && c != '\t') {
                            out.append(' ');
                        } else {
                            out.appendCodePoint(c);
                        }
                    }
                }
            });
            return out.toString();
        }
    }

    private ScenarioSuite() {
    }

    /** Runs the scenarios whose file name contains the filter (empty: all). */
    public static Outcome run(Content c, ContentFolder knowledge, String filter) {
        ScenarioRunner runner = new ScenarioRunner(c);
        List<Scenario> scenarios = ScenarioRunner.load(knowledge, c.knowledge());
        int failed = 0;
        int run = 0;
        StringBuilder sb = new StringBuilder();
        List<ScenarioResult> results = new java.util.ArrayList<>();
        for (Scenario s : scenarios) {
            if (!s.file().contains(filter)) {
                continue;
            }
            run++;
            ScenarioResult r = runner.run(s);
            results.add(r);
            sb.append(r.passed() ? "PASS " : "FAIL ").append(s.file()).append("  ").append(s.name()).append('\n');
            r.mismatches().forEach(m -> sb.append("     ").append(m).append('\n'));
            if (!r.passed()) {
                failed++;
            }
        }
        sb.append(run - failed).append(" of ").append(run).append(" scenarios passed\n");
        return new Outcome(sb.toString(), failed, List.copyOf(results));
    }
}
