package com.allianceadvisor.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.store.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The trainer's tools without the shell: scoring files, grading a class, handouts, records and progress. */
class TrainingServiceTest {
    @TempDir
    Path tmp;

    private TrainingService service() {
        return new TrainingService(new ContentHolder(Fixture.SMALL_RULES, Fixture.SMALL_KNOWLEDGE), tmp.resolve("data"));
    }

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aPredictionFileIsScoredAsJsonWithTheContractKeys() throws Exception {
        Path f = file("ann.json", "{\"trainee\": \"ann\", \"case\": \"fixture-case\", \"predictions\": {\"choice.pick\": \"x\"}}");

        JsonNode json = new ObjectMapper().readTree(service().scoreFile(null, f, "json"));

        assertThat(json.path("case").asText()).isEqualTo("fixture-case");
        assertThat(json.path("trainee").asText()).isEqualTo("ann");
        assertThat(json.path("score").asInt()).isZero();
        assertThat(json.path("goals").path("choice").asInt()).isZero();
        JsonNode item = json.path("items").get(0);
        assertThat(item.path("key").asText()).isEqualTo("choice.pick");
        assertThat(item.path("predicted").toString()).isEqualTo("[\"x\"]");
        assertThat(item.path("expected").toString()).isEqualTo("[\"y\"]");
        assertThat(item.path("credit").asDouble()).isZero();
        assertThat(item.path("explanation").asText()).contains("High A favours y", "q_a = high");
        assertThat(item.path("sources").toString()).contains("src");
    }

    @Test
    void badPredictionFilesGetOneLineNamingTheFileAndTheField() throws Exception {
        TrainingService s = service();
        Path typo = file("typo.json", "{\"case\": \"fixture-case\", \"predictionz\": {}}");
        Path value = file("value.json", "{\"case\": \"fixture-case\", \"predictions\": {\"choice.pick\": \"z\"}}");
        Path item = file("item.json", "{\"case\": \"fixture-case\", \"predictions\": {\"choice.pik\": \"x\"}}");
        Path dup = file("dup.json", "{\"case\": \"fixture-case\", \"predictions\": {\"choice.pick\": \"x\", \"choice.pick\": \"y\"}}");
        Path other = file("other.json", "{\"case\": \"another\", \"predictions\": {}}");

        assertThatThrownBy(() -> s.scoreFile(null, typo, "json")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("typo.json").hasMessageContaining("unknown key 'predictionz' (did you mean 'predictions'?)");
        assertThatThrownBy(() -> s.scoreFile(null, value, "json")).hasMessageContaining("field 'predictions.choice.pick': 'z' is not allowed; allowed: x, y, unknown");
        assertThatThrownBy(() -> s.scoreFile(null, item, "json")).hasMessageContaining("(did you mean 'choice.pick'?)");
        assertThatThrownBy(() -> s.scoreFile(null, dup, "json")).hasMessageContaining("dup.json").hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> s.scoreFile("fixture-case", other, "json")).hasMessageContaining("field 'case' is 'another'");
        assertThatThrownBy(() -> s.scoreFile("no-case", typo, "json")).hasMessageContaining("no case 'no-case'");
        for (String m : List.of(typo, value, item, dup).stream().map(p -> {
            try {
                s.scoreFile(null, p, "json");
                return "";
            } catch (BadInputException e) {
                return e.getMessage();
            }
        }).toList()) {
            assertThat(m).doesNotContain("\n");
        }
    }

    @Test
    void aClassIsGradedIntoOneCsvRowPerTraineeAndABrokenFileIsReportedNotGraded() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("class"));
        Files.writeString(dir.resolve("ann.json"), "{\"trainee\": \"ann\", \"predictions\": {\"choice.pick\": \"y\"}}");
        Files.writeString(dir.resolve("bob.json"), "{\"trainee\": \"bob\", \"predictions\": {\"choice.pick\": \"x\"}}");
        Files.writeString(dir.resolve("broken.json"), "{\"trainee\": ");
        Path csv = tmp.resolve("grades.csv");

        TrainingService.GradeResult r = service().grade("fixture-case", dir, csv, false);

        assertThat(r.graded()).isEqualTo(2);
        assertThat(r.errors()).singleElement().asString().contains("broken.json");
        assertThat(Files.readAllLines(csv)).containsExactly("trainee,choice.pick,choice.tags,score", "ann,1.00,,100", "bob,0.00,,0");
        assertThatThrownBy(() -> service().grade("fixture-case", dir, csv, false)).hasMessageContaining("already exists; add --force");
    }

    @Test
    void theHandoutHidesTheAnswerAndTheDebriefNotesGiveIt() throws Exception {
        TrainingService s = service();
        String handout = Files.readString(s.handout("fixture-case", tmp.resolve("h.md"), false));
        String notes = Files.readString(s.debrief("fixture-case", tmp.resolve("d.md"), false));

        assertThat(handout).contains("# The test firm picks an option", "factor A", "- [ ] option X", "- [ ] option Y", "\"choice.pick\" : \"unknown\"")
                .doesNotContain("What happened", "The firm picked y");
        assertThat(notes).contains("## What the advisor concludes, and why", "**The pick**: option Y", "High A favours y",
                "The narrative says factor A is high.", "## What happened", "What decided the pick?", "A test reference");
    }

    @Test
    void recordsKeepEveryAttemptAndProgressSuggestsTheNextCase() {
        TrainingService s = service();
        try (Exercise ex = s.open("fixture-case", List.of())) {
            s.record("ann", Attempt.PREDICT, ex.score("ann", Map.of("choice.pick", List.of("x"))));
            s.record("ann", Attempt.PREDICT, ex.score("ann", Map.of("choice.pick", List.of("y"))));
        }

        String progress = s.progress("ann");

        assertThat(progress).contains("Training record of ann", "The test firm picks an option", "  0/100", "100/100",
                "Concepts most often missed:", "The pick", "Next: 'train fixture-case'");
        assertThat(s.catalogue("ann")).contains("fixture-case", "100/100");
        assertThat(s.catalogue("bob")).contains("not done");
        assertThatThrownBy(() -> s.progress("../x")).hasMessageContaining("trainee name '../x' is not allowed");
    }

    @Test
    void goalsOutsideTheCaseAreRefused() {
        assertThatThrownBy(() -> service().open("fixture-case", List.of("other")))
                .hasMessageContaining("'other' is not a goal of case 'fixture-case'; allowed: choice");
    }

    @Test
    void theGlossaryExportsAndExplainsTermsByNameOrAlias() throws Exception {
        TrainingService s = service();

        assertThat(s.explain("A factor")).contains("Factor A", "What question A asks about", "Related: The pick", "question q_a");
        assertThat(new ObjectMapper().readTree(s.glossary(null, "json")).path("terms").size()).isEqualTo(2);
        assertThat(s.glossary(null, "md")).contains("## Factor A", "*Sources:* A test reference");
        assertThatThrownBy(() -> s.explain("factr a")).hasMessageContaining("'factr a' is not in the glossary; did you mean 'Factor A'?");
    }
}
