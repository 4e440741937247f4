package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The packaged jar advises a whole folder of answer files in one run: `advise --answers-dir DIR --out DIR`. */
class BatchAdviseEndToEndTest {
    @TempDir
    Path tmp;

    private static final String GOVERNANCE = """
            {"goals": ["governance"], "answers": {"asset_specificity": "high", "uncertainty": "high"}}
            """;

    @Test
    void everyReadableFileGetsAReportAndTheBrokenOneIsNamedInTheSummary() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Jar.write(in, "a.json", GOVERNANCE);
        Jar.write(in, "b.json", GOVERNANCE.replace("\"high\"}", "\"low\"}"));
        Jar.write(in, "broken.json", "{\"answers\": {\"uncertainty\": }");
        Jar.write(in, "bad-value.json", "{\"answers\": {\"uncertainty\": \"extreme\"}}");
        Jar.write(in, "notes.txt", "not an answer file");

        Jar.Run run = Jar.run(tmp, "advise", "--answers-dir", in.toString(), "--out", out.toString(), "--threads", "2");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Advised 2 of 4 answer files");
        assertThat(out.resolve("a.json")).exists();
        assertThat(out.resolve("b.json")).exists();
        assertThat(out.resolve("broken.json")).doesNotExist();
        assertThat(new ObjectMapper().readTree(out.resolve("a.json").toFile()).path("findings").path("governance.primary").asText())
                .isNotBlank();
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("file,goals,headline findings,advice,errors");
        assertThat(summary).hasSize(5);
        assertThat(summary.get(1)).startsWith("a.json,governance,").contains("governance.primary=").endsWith(",");
        assertThat(summary.get(2)).startsWith("b.json,governance,");
        assertThat(summary.get(3)).startsWith("bad-value.json,,,,").contains("'extreme' is not allowed");
        assertThat(summary.get(4)).startsWith("broken.json,,,,").contains("broken.json:1: not valid JSON");
    }

    @Test
    void withFullTheBatchReportIsTheSameAsTheSingleFileReportAndWithoutItOnlyTheAnalysisIsLeftOut() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path file = Jar.write(in, "a.json", GOVERNANCE);

        Jar.Run full = Jar.run(tmp, "advise", "--answers-dir", in.toString(), "--out", tmp.resolve("full").toString(), "--format", "md", "--full");
        Jar.Run quick = Jar.run(tmp, "advise", "--answers-dir", in.toString(), "--out", tmp.resolve("quick").toString(), "--format", "md");
        Jar.Run single = Jar.run(tmp, "advise", "--answers", file.toString(), "--format", "md");

        assertThat(full.exitCode()).as(full.output()).isZero();
        assertThat(Files.readString(tmp.resolve("full/a.md"))).isEqualTo(single.output());
        String withoutAnalysis = Files.readString(tmp.resolve("quick/a.md"));
        assertThat(single.output()).contains("## What would change it");
        assertThat(withoutAnalysis).doesNotContain("## What would change it").contains("## Top actions");
        assertThat(single.output()).startsWith(withoutAnalysis.substring(0, withoutAnalysis.indexOf("## Top actions")));
    }

    @Test
    void aFolderWhereNothingCanBeReadExitsWithTwo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Jar.write(in, "broken.json", "{");

        Jar.Run run = Jar.run(tmp, "advise", "--answers-dir", in.toString(), "--out", tmp.resolve("out").toString());
        Jar.Run missing = Jar.run(tmp, "advise", "--answers-dir", tmp.resolve("nope").toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip()).startsWith("Error: option --answers-dir: none of the 1 answer files").doesNotContain("\n");
        assertThat(tmp.resolve("out/summary.csv")).exists();
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("is not a folder");
    }

    @Test
    void withoutAnAnswersOptionAdviseExitsWithTwoAndOneLine() throws Exception {
        Jar.Run run = Jar.run(tmp, "advise");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip()).startsWith("Error: option --answers: required").doesNotContain("\n");
    }
}
