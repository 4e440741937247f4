package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typos and bad input on the command line: one line on stderr, a non-zero exit, nothing on stdout but the report. */
class CommandLineEndToEndTest {
    @TempDir
    Path tmp;

    private static void oneErrorLine(Jar.Split run, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines().toList()).as(run.err()).singleElement().asString().startsWith("Error: ").contains(parts);
        assertThat(run.out()).as("stdout").doesNotContain("Error").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void typosGetOneLineWithTheUsageOrTheNearestCommand() throws Exception {
        oneErrorLine(Jar.runSplit(tmp, List.of(), "nosuchcommand"), "unknown command 'nosuchcommand'");
        oneErrorLine(Jar.runSplit(tmp, List.of(), "advice-me"), "unknown command 'advice-me'");
        oneErrorLine(Jar.runSplit(tmp, List.of(), "advise"), "option --answers: required");
        oneErrorLine(Jar.runSplit(tmp, List.of(), "advise", "--answers"), "option --answers needs a value", "usage: advise");
        oneErrorLine(Jar.runSplit(tmp, List.of(), "advise", "--answerz", "a.json"), "unknown option '--answerz' (did you mean '--answers'?)");
        oneErrorLine(Jar.runSplit(tmp, List.of(), "kb", "tset"), "unknown command 'kb tset'; did you mean 'kb test'?");
    }

    @Test
    void errorsGoToStderrSoARedirectedReportHoldsOnlyTheReport() throws Exception {
        Path answers = Jar.write(tmp, "a.json", "{\"goals\": [\"governance\"], \"answerz\": {\"asset_specificity\": \"high\"}}");

        Jar.Split run = Jar.runSplit(tmp, List.of(), "advise", "--answers", answers.toString());

        oneErrorLine(run, "a.json", "unknown key 'answerz' (did you mean 'answers'?)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedRulesFolderIsAnErrorNotTheShippedCopy() throws Exception {
        Path answers = Jar.write(tmp, "a.json", "{\"goals\": [\"governance\"], \"answers\": {}}");

        Jar.Split rules = Jar.runSplit(tmp, List.of("-Dadvisor.rules=" + tmp.resolve("typo")), "advise", "--answers", answers.toString());
        Jar.Split knowledge = Jar.runSplit(tmp, List.of("-Dadvisor.knowledge=" + tmp.resolve("typo-kb")), "kb", "validate");

        oneErrorLine(rules, "typo: the rules folder does not exist");
        oneErrorLine(knowledge, "typo-kb: the knowledge-base folder does not exist");
        assertThat(Files.exists(tmp.resolve("typo"))).isFalse();
    }
}
