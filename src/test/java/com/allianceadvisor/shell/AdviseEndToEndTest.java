package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The packaged product (launcher and plain jar), non-interactively: `advise` on good and bad answer files, and `help`. */
class AdviseEndToEndTest {
    @TempDir
    Path tmp;

    private static final String STRONG_EQUITY = """
            {"goals": ["governance"],
             "answers": {"asset_specificity": "high", "uncertainty": "high", "outcome_specifiability": "low",
                         "duration": "long", "scope": "whole_business", "joint_decisions": "continuous",
                         "interdependence": "reciprocal", "tacit_knowledge": "high"}}
            """;

    @Test
    void advisePrintsTheJsonReportOfTheContract() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", STRONG_EQUITY);

        Jar.Run run = Jar.run(tmp, "advise", "--answers", answers.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.output().substring(run.output().indexOf('{')));
        assertThat(report.path("goals").toString()).isEqualTo("[\"governance\"]");
        assertThat(report.path("findings").path("governance.primary").asText()).isEqualTo("equity");
        assertThat(report.path("findings").path("governance.complements").isArray()).isTrue();
        assertThat(report.path("findings").path("governance.form").asText()).isNotBlank();
        assertThat(report.path("questionsAnswered").asInt()).isEqualTo(8);
        assertThat(report.path("pendingQuestions").isArray()).isTrue();
        JsonNode first = report.path("advice").get(0);
        assertThat(first.path("id").asText()).isNotBlank();
        assertThat(first.path("area").asText()).isEqualTo("governance");
        assertThat(first.path("title").asText()).isNotBlank();
        assertThat(first.path("strength").asText()).isIn("strong", "moderate", "consider");
        assertThat(first.path("sources").size()).isPositive();
        JsonNode because = first.path("because");
        assertThat(because.get(because.size() - 1).asText()).startsWith("You answered");
    }

    @Test
    void javaDashJarGivesTheSameReportAsTheLauncher() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", STRONG_EQUITY);

        Jar.Run launched = Jar.run(tmp, "advise", "--answers", answers.toString(), "--format", "json");
        Jar.Run plain = Jar.runPlainJar(tmp, "advise", "--answers", answers.toString(), "--format", "json");

        assertThat(plain.exitCode()).as(plain.output()).isZero();
        assertThat(plain.output()).contains("\"governance.primary\"").isEqualTo(launched.output());
    }

    @Test
    void theShippedRulesComeCompiledWithTheJarAndAreNotCompiledAgainAtStart() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", STRONG_EQUITY);
        Path shipped = tmp.resolve("data-shipped");
        Path edited = tmp.resolve("data-edited");
        Path rules = tmp.resolve("rules");
        com.allianceadvisor.knowledge.FixtureCopy.copy(Path.of("rules"), rules);
        java.nio.file.Files.writeString(rules.resolve("common.drl"), "\n// an edit\n", java.nio.file.StandardOpenOption.APPEND);

        Jar.Run run = Jar.run(shipped, "advise", "--answers", answers.toString());
        Jar.Split other = Jar.runSplit(edited, List.of("-Dadvisor.rules=" + rules), "advise", "--answers", answers.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(other.exitCode()).as(other.err()).isZero();
        // a start that compiles keeps the result in the data folder's cache, as the edited rules show
        assertThat(compiledRulesIn(edited)).hasSize(1);
        assertThat(compiledRulesIn(shipped)).as("the shipped packages were used").isEmpty();
    }

    private static List<Path> compiledRulesIn(Path data) throws java.io.IOException {
        if (!java.nio.file.Files.exists(data)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.walk(data)) {
            return files.filter(p -> p.toString().endsWith(".rules")).toList();
        }
    }

    @Test
    void goalsOnTheCommandLineWinAndMarkdownIsAvailable() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", STRONG_EQUITY);

        Jar.Run run = Jar.run(tmp, "advise", "--answers", answers.toString(), "--goals", "governance", "--format", "md");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("# Alliance Advisor report", "## Advice", "## Sources");
    }

    @Test
    void aValueThatIsNotAllowedExitsWithTwoAndNamesFileFieldAndAllowedValues() throws Exception {
        Path answers = Jar.write(tmp, "bad-value.json", "{\"answers\": {\"uncertainty\": \"extreme\"}}");

        Jar.Run run = Jar.run(tmp, "advise", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip()).isEqualTo("Error: " + answers
                + ": field 'answers.uncertainty': 'extreme' is not allowed; allowed: low, medium, high, unknown");
    }

    @Test
    void anUnknownQuestionIdExitsWithTwo() throws Exception {
        Path answers = Jar.write(tmp, "bad-id.json", "{\"answers\": {\"synergy\": \"high\"}}");

        Jar.Run run = Jar.run(tmp, "advise", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("field 'answers.synergy'").contains("is not a question id").doesNotContain("Exception");
    }

    @Test
    void aMalformedOrMissingFileExitsWithTwo() throws Exception {
        Path answers = Jar.write(tmp, "broken.json", "{\"answers\": {\"uncertainty\": }");

        Jar.Run malformed = Jar.run(tmp, "advise", "--answers", answers.toString());
        Jar.Run missing = Jar.run(tmp, "advise", "--answers", tmp.resolve("nope.json").toString());

        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.output()).contains("broken.json:1: not valid JSON").doesNotContain("\tat ");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("nope.json: file not found");
    }

    @Test
    void anUnknownGoalOrFormatExitsWithTwo() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", STRONG_EQUITY);

        Jar.Run goal = Jar.run(tmp, "advise", "--answers", answers.toString(), "--goals", "world_peace");
        Jar.Run format = Jar.run(tmp, "advise", "--answers", answers.toString(), "--format", "pdf");

        assertThat(goal.exitCode()).isEqualTo(2);
        assertThat(goal.output()).contains("option --goals: 'world_peace' is not a goal; allowed:");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.output()).contains("option --format: 'pdf' is not allowed; allowed: json, md, html, text");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Jar.Run run = Jar.run(tmp, "help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("consult", "advise", "how", "why", "change", "answers", "save", "load", "sessions",
                "kb test", "kb validate");
    }

    @Test
    void theScenarioSuiteRunsFromTheJar() throws Exception {
        Jar.Run run = Jar.run(tmp, "kb", "test");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("(\\d+) of \\1 scenarios passed");
    }
}
