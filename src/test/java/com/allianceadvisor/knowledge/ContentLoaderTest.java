package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.engine.RuleBuildException;

class ContentLoaderTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;

    @BeforeEach
    void copyFixture() {
        copy = new FixtureCopy(tmp);
    }

    private String problem() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, copy::load);
        assertThat(e).as("expected the load to be refused").isNotNull();
        return e.getMessage();
    }

    @Test
    void theIntactFixtureLoads() {
        Content c = copy.load();

        assertThat(c.knowledge().questions()).containsKeys("q_a", "q_b", "q_n");
        assertThat(c.rules().ruleNames()).contains("High A favours y");
    }

    @Test
    void aFindingValueWithoutALabelIsRefusedNamingTheFileAndTheValue() {
        copy.replace(copy.knowledge.resolve("findings/choice.json"), "\"y\": \"option Y\"", "\"z\": \"option Z\"");

        assertThat(problem()).contains("choice.json: finding 'pick': value 'y' has no label")
                .contains("finding 'pick': 'labels' names 'z', which is not one of its 'values'");
    }

    @Test
    void aRankOfAListFindingMustBeANumberFindingOfTheCatalogue() {
        copy.replace(copy.knowledge.resolve("findings/choice.json"), "\"key\": \"tags\",", "\"key\": \"tags\", \"rankBy\": [\"rank.\"],");

        assertThat(problem()).contains("finding 'tags': rankBy 'rank.' needs a number finding 'rank.t1' in the catalogue");
    }

    @Test
    void aSummaryThatNamesAFindingOutsideTheCatalogueIsRefused() {
        copy.replace(copy.knowledge.resolve("areas.json"), "{pick|runnerUp}", "{pick.missing|runnerUp}");

        assertThat(problem()).contains("areas.json: area 'choice': summary names 'pick.missing', which is not in the findings catalogue");
    }

    @Test
    void aRuleThatNamesAMissingQuestionIsRefusedWithFileAndLine() {
        copy.replace(copy.rules.resolve("choice.drl"), "questionId == \"q_b\", value == \"high\"", "questionId == \"q_zz\", value == \"high\"");

        assertThat(problem()).contains("choice.drl:").contains("question 'q_zz' is not in the question bank");
    }

    @Test
    void aRuleThatTestsAValueTheQuestionDoesNotOfferIsRefused() {
        copy.replace(copy.rules.resolve("choice.drl"), "value in (\"low\")", "value in (\"medium\")");

        assertThat(problem()).contains("question 'q_b' has no option 'medium'; allowed: low, high, unknown");
    }

    @Test
    void aRuleThatPointsAtMissingGuidanceIsRefused() {
        copy.replace(copy.rules.resolve("choice.drl"), "new Advice(\"g_x\"", "new Advice(\"g_missing\"");

        assertThat(problem()).contains("guidance 'g_missing' is not in the knowledge base");
    }

    @Test
    void aFindingValueOutsideTheCatalogueIsRefused() {
        copy.replace(copy.rules.resolve("choice.drl"), "new Evidence(\"pick\", \"y\", 3", "new Evidence(\"pick\", \"z\", 3");

        assertThat(problem()).contains("finding 'pick' has no value 'z'; allowed: x, y");
    }

    @Test
    void aRuleThatModifiesFactsDirectlyIsRefused() {
        copy.replace(copy.rules.resolve("choice.drl"), "insertLogical(new Advice(\"g_x\"", "insert(new Advice(\"g_x\"");

        assertThat(problem()).contains("uses 'insert(").contains("insertLogical");
    }

    @Test
    void anUnknownSourceIsRefusedNamingTheQuestion() {
        copy.replace(copy.knowledge.resolve("questions/choice.json"), "\"help\": \"Help for B.\", \"type\": \"choice\",\n      \"options\"",
                "\"help\": \"Help for B.\", \"type\": \"choice\",\n      \"options\"");
        copy.replace(copy.knowledge.resolve("questions/choice.json"), "\"sources\": [\"src\"] },\n    { \"id\": \"q_n\"",
                "\"sources\": [\"nowhere\"] },\n    { \"id\": \"q_n\"");

        assertThat(problem()).contains("questions/choice.json: question 'q_b': source 'nowhere' is not in sources.json");
    }

    @Test
    void aQuestionWithoutUnknownIsRefused() {
        copy.replace(copy.knowledge.resolve("questions/choice.json"),
                ", {\"value\": \"unknown\", \"label\": \"Don't know\"} ],\n      \"sources\": [\"src\"] },\n    { \"id\": \"q_b\"",
                " ],\n      \"sources\": [\"src\"] },\n    { \"id\": \"q_b\"");

        assertThat(problem()).contains("question 'q_a': the last option must be 'unknown'");
    }

    @Test
    void malformedJsonIsReportedWithItsLine() {
        copy.replace(copy.knowledge.resolve("guidance/choice.json"), "\"title\": \"Go for y\",", "\"title\": \"Go for y\"");

        assertThat(problem()).contains("guidance/choice.json:4: not valid JSON");
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedWithFileAndLine() {
        copy.replace(copy.rules.resolve("choice.drl"), "rule \"Pick x is advised\"\nwhen", "rule \"Pick x is advised\"\nwhen\n    Finding(key == )");

        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, copy::load);

        assertThat(e.problems().get(0)).matches(".*choice\\.drl:\\d+: .*");
    }
}
