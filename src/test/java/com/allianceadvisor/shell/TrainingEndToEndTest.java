package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The trainer's commands on the packaged jar: scoring a prediction file, grading a class, handouts, the glossary. */
class TrainingEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    /** The first shipped case, by file name. */
    private static String firstCase() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("knowledge-base/cases"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().findFirst().orElseThrow();
        }
    }

    private static JsonNode json(Jar.Run run) throws Exception {
        return JSON.readTree(run.output().substring(run.output().indexOf('{')));
    }

    @Test
    void predictingTheAdvisorsOwnConclusionsScoresFullMarksAndUnknownScoresNothing() throws Exception {
        String id = firstCase();
        Path blank = Jar.write(tmp, "blank.json", "{\"trainee\": \"ann\", \"case\": \"" + id + "\", \"predictions\": {}}");

        Jar.Run first = Jar.run(tmp, "train", "--case", id, "--predictions", blank.toString(), "--format", "json");

        assertThat(first.exitCode()).as(first.output()).isZero();
        JsonNode card = json(first);
        assertThat(card.path("case").asText()).isEqualTo(id);
        assertThat(card.path("trainee").asText()).isEqualTo("ann");
        assertThat(card.path("score").asInt()).isZero();
        assertThat(card.path("goals").size()).isPositive();
        ObjectNode right = JSON.createObjectNode();
        for (JsonNode item : card.path("items")) {
            assertThat(item.fieldNames()).toIterable().contains("key", "predicted", "expected", "credit", "explanation", "sources");
            assertThat(item.path("credit").isNumber()).as("credit 0-1").isTrue();
            if (item.path("scored").asBoolean()) {
                assertThat(item.path("explanation").asText()).as(item.path("key").asText()).contains("rests on");
                right.set(item.path("key").asText(), item.path("expected"));
            }
        }
        assertThat(right.size()).as("scored items").isPositive();
        ObjectNode file = JSON.createObjectNode().put("trainee", "bob").put("case", id);
        file.set("predictions", right);
        Path good = Jar.write(tmp, "good.json", file.toString());

        Jar.Run second = Jar.run(tmp, "train", "--case", id, "--predictions", good.toString(), "--format", "md");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("bob, 100/100", "(credit 1.00)");
    }

    @Test
    void aBadPredictionFileExitsWithTwoAndOneLineNamingTheFileAndField() throws Exception {
        String id = firstCase();
        Path bad = Jar.write(tmp, "bad.json", "{\"case\": \"" + id + "\", \"predictions\": {\"governance.primery\": \"equity\"}}");

        Jar.Run run = Jar.run(tmp, "train", "--case", id, "--predictions", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.output().strip().lines().toList();
        assertThat(lines).singleElement().asString().contains("bad.json", "field 'predictions.governance.primery'", "allowed:");
    }

    @Test
    void aClassFolderIsGradedIntoACsvAndABrokenFileIsNamedAndSkipped() throws Exception {
        String id = firstCase();
        Path dir = Files.createDirectories(tmp.resolve("class"));
        Files.writeString(dir.resolve("ann.json"), "{\"trainee\": \"ann\", \"predictions\": {}}");
        Files.writeString(dir.resolve("bob.json"), "{\"trainee\": \"bob\", \"predictions\": {}}");
        Files.writeString(dir.resolve("carl.json"), "{\"trainee\": \"carl\", \"predictions\": ");
        Path csv = tmp.resolve("grades.csv");

        Jar.Run run = Jar.run(tmp, "train", "grade", "--case", id, "--dir", dir.toString(), "--out", csv.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("carl.json", "Graded 2 prediction file(s)");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("trainee,").endsWith(",score");
        assertThat(rows.get(1)).startsWith("ann,").endsWith(",0");
    }

    @Test
    void handoutDebriefAndGlossaryAreWrittenForTheTrainer() throws Exception {
        String id = firstCase();
        Path handout = tmp.resolve("handout.md");
        Path notes = tmp.resolve("notes.md");

        assertThat(Jar.run(tmp, "train", "handout", "--case", id, "--out", handout.toString()).exitCode()).isZero();
        assertThat(Jar.run(tmp, "train", "debrief", "--case", id, "--out", notes.toString()).exitCode()).isZero();
        Jar.Run again = Jar.run(tmp, "train", "handout", "--case", id, "--out", handout.toString());
        Jar.Run glossary = Jar.run(tmp, "glossary", "--format", "json");

        assertThat(Files.readString(handout)).contains("## Your predictions", "- [ ] unknown").doesNotContain("## What happened");
        assertThat(Files.readString(notes)).contains("## How the case is coded", "## What the advisor concludes, and why", "## What happened", "## Debrief");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("already exists; add --force");
        assertThat(glossary.exitCode()).isZero();
        assertThat(json(glossary).path("terms").size()).isGreaterThanOrEqualTo(40);
    }
}
