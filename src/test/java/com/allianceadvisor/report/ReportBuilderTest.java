package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportBuilderTest {
    private final Content content = Fixture.small();
    private final Consultation consultation = content.rules().newConsultation(List.of("choice"));

    @AfterEach
    void close() {
        consultation.close();
    }

    private Report report() {
        return new ReportBuilder(content.knowledge()).build(consultation);
    }

    @Test
    void everyReportSaysWhichKnowledgeBaseVersionAndWhichRulesItWasMadeWith() throws Exception {
        consultation.answer("q_a", "high");
        Report report = new ReportBuilder(content).build(consultation);

        String md = Format.MD.render(report, content.knowledge());
        String text = Format.TEXT.render(report, content.knowledge(), false);
        JsonNode made = new ObjectMapper().readTree(Format.JSON.render(report, content.knowledge())).path("madeWith");

        String expected = "knowledge base " + content.knowledge().version() + " from " + content.knowledge().origin()
                + "; rules from " + content.rulesOrigin();
        assertThat(text).contains("Made with " + expected);
        assertThat(md).contains("fixture");
        assertThat(made.path("knowledgeVersion").asText()).isEqualTo(content.knowledge().version());
        assertThat(made.path("rules").asText()).isEqualTo(content.rulesOrigin()).contains("fixture/rules");
    }

    @Test
    void findingsAreTypedByTheCatalogueAndInternalOnesAreHidden() {
        consultation.answer("q_a", "high");
        consultation.answer("q_n", "4");

        Report report = report();

        assertThat(report.findings()).containsEntry("pick", "y").containsEntry("level", 80L).doesNotContainKey("pick.settled");
        assertThat(report.questionsAnswered()).isEqualTo(2);
    }

    @Test
    void adviceSaysWhyDownToTheAnswersAndCitesItsSources() {
        consultation.answer("q_a", "high");

        AdviceItem item = report().advice("g_y");

        assertThat(item.title()).isEqualTo("Go for y");
        assertThat(item.strength()).isEqualTo("moderate");
        assertThat(item.because()).contains("Pick y is advised", "High A favours y");
        assertThat(item.because().get(item.because().size() - 1)).isEqualTo("You answered q_a = high (High A)");
        assertThat(item.sources()).containsExactly("src");
    }

    @Test
    void aHeuristicAdviceItemIsMarkedAsSuchAndItsCitationsCarryLocators() throws Exception {
        consultation.answer("q_a", "low");
        consultation.answer("q_n", "5");
        Report report = report();

        String md = Format.MD.render(report, content.knowledge());
        JsonNode json = new ObjectMapper().readTree(Format.JSON.render(report, content.knowledge()));

        assertThat(md).contains("advisor heuristic \\(no source states this rule\\); concepts from A test reference, Table 2");
        JsonNode level = null;
        for (JsonNode a : json.path("advice")) {
            if (a.path("id").asText().equals("g_level")) {
                level = a;
            }
        }
        assertThat(level).isNotNull();
        assertThat(level.path("basis").asText()).isEqualTo("advisor heuristic");
        assertThat(level.path("sources").get(0).asText()).isEqualTo("src");
        assertThat(md).contains("_Sources:_ A test reference\n");
    }

    @Test
    void adviceIsOrderedStrongestFirst() {
        consultation.answer("q_a", "low");
        consultation.answer("q_n", "5");

        assertThat(report().advice()).extracting(AdviceItem::id).containsExactly("g_x", "g_level");
    }

    @Test
    void theJsonReportHasTheKeysOfTheContract() throws Exception {
        consultation.answer("q_b", "low");

        JsonNode json = new ObjectMapper().readTree(Format.JSON.render(report(), content.knowledge()));

        assertThat(json.fieldNames()).toIterable().contains("goals", "findings", "advice", "pendingQuestions", "questionsAnswered");
        assertThat(json.path("pendingQuestions").toString()).isEqualTo("[\"q_a\",\"q_n\"]");
        assertThat(json.path("advice").get(0).fieldNames()).toIterable().contains("id", "area", "title", "strength", "because", "sources");
    }

    @Test
    void aTableViewMarksTheCurrentRowAndABarChartShowsTheValues() {
        consultation.answer("q_a", "high");
        consultation.answer("q_n", "3");

        String text = Format.TEXT.render(report(), content.knowledge());
        String markdown = Format.MD.render(report(), content.knowledge());

        assertThat(text).contains(">> Row Y   <-- you are here", "The level #").contains("60");
        // cell labels are padded to the longest column label, so the cells line up
        assertThat(text).contains("      Col 1: y one", "      Col 2: y two");
        assertThat(markdown).contains("| **→ Row Y** | **y one** | **y two** |", "| Row X | x one | x two |");
    }

    @Test
    void theHtmlReportIsARealPageWithTablesBarsAndEscapedText() {
        consultation.answer("q_a", "high");
        consultation.answer("q_n", "3");

        String html = Format.HTML.render(report(), content.knowledge());

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("<tr class=\"marked\"><th>&rarr; Row Y</th><td>y one</td><td>y two</td></tr>",
                        "<tr><th>Row X</th><td>x one</td>", "width=\"320\" height=\"16\" fill=\"#4a78b5\"/><text x=\"606\" y=\"20\">60</text>",
                        "<div class=\"advice moderate\" id=\"g_y\">", "<li>Do y</li>")
                .doesNotContain("<pre>");
    }

    @Test
    void theChangeSummaryNamesChangedFindingsAndAdvice() {
        consultation.answer("q_a", "high");
        Report before = report();
        consultation.answer("q_a", "low");

        assertThat(ChangeSummary.between(content.knowledge(), before, report())).contains("finding The pick: option Y -> option X",
                "new advice: Go for x [g_x, strong]", "withdrawn advice: Go for y [g_y]");
    }

    @Test
    void aReportShowsOnlyTheFindingsAndAdviceOfTheGoalsTheUserChose() {
        // the fixture's cross-area.drl reacts to q_n without asking whether its goal was chosen
        consultation.answer("q_n", "5");
        assertThat(consultation.findings()).containsKey("other.flag");

        Report report = report();

        assertThat(report.findings()).containsKey("level").doesNotContainKey("other.flag");
        assertThat(report.advice("g_level")).isNotNull();
        assertThat(report.advice("o_flag")).isNull();

        try (Consultation both = content.rules().newConsultation(List.of("choice", "other"))) {
            both.answer("q_n", "5");
            Report wider = new ReportBuilder(content.knowledge()).build(both);
            assertThat(wider.findings()).containsEntry("other.flag", "yes");
            assertThat(wider.advice("o_flag")).isNotNull();
        }
    }

    @Test
    void theSummaryStatesTheHeadlineInWordsWithTheRunnerUpAndWhatWasAssumed() {
        consultation.answer("q_a", "high");
        consultation.answer("q_b", "unknown");

        Report.GoalSummary summary = report().summary().get(0);

        assertThat(summary.goal()).isEqualTo("choice");
        // the part naming the level is left out: no level yet
        assertThat(summary.text()).isEqualTo("A small test choice \u2014 option Y; runner-up: option X (score 0 against 3).");
        assertThat(summary.confidence()).isEqualTo("provisional: 1 question(s) still open");
        assertThat(summary.assumptions()).containsExactly("assumed: B is neither low nor high, since you did not say");
    }

    @Test
    void everyScoredTopicListsItsOptionsWithLabelsAndScoresHighestFirst() {
        consultation.answer("q_a", "high");
        consultation.answer("q_b", "high");

        assertThat(report().alternatives().get("pick")).containsExactly(new Report.Alternative("y", "option Y", 4),
                new Report.Alternative("x", "option X", 0));
        assertThat(report().findingLabels()).containsEntry("pick", "option Y");
    }

    @Test
    void anItemsReasonNamesAtMostTwoRulesAndNeverTheEnginesBookkeeping() {
        consultation.answer("q_a", "high");
        consultation.answer("q_b", "high");

        AdviceItem item = report().advice("g_y");

        assertThat(item.reasons()).containsExactly("Pick y is advised", "High A favours y");
        assertThat(item.because()).doesNotContain("The option with the highest score decides the topic",
                "The evidence for an option adds up to its score", "Both options start level");
        assertThat(item.basedOn()).containsExactlyInAnyOrder("q a: High A", "q b: High B");
    }

    @Test
    void topActionsAreTheStrongestAndMostUrgentAcrossTheReport() {
        consultation.answer("q_a", "low");
        consultation.answer("q_n", "5");

        assertThat(report().topActions()).extracting(AdviceItem::id).containsExactly("g_x", "g_level");
    }

    @Test
    void withoutTheAnalysisTheJsonSensitivityIsStillAListAndSaysItWasNotComputed() throws Exception {
        consultation.answer("q_a", "high");

        JsonNode quick = new ObjectMapper().readTree(Format.JSON.render(report(), content.knowledge()));
        JsonNode full = new ObjectMapper().readTree(Format.JSON.render(new ReportBuilder(content.knowledge()).build(consultation,
                new com.allianceadvisor.whatif.SensitivityAnalysis(content.knowledge()).flips(consultation)), content.knowledge()));

        assertThat(quick.path("sensitivity").isArray()).isTrue();
        assertThat(quick.path("sensitivity").size()).isZero();
        assertThat(quick.path("sensitivityComputed").asBoolean()).isFalse();
        assertThat(full.path("sensitivity").isArray()).isTrue();
        assertThat(full.path("sensitivityComputed").asBoolean()).isTrue();
    }

    @Test
    void theJsonReportAddsSummaryTopActionsLabelsAlternativesAndSensitivity() throws Exception {
        consultation.answer("q_a", "high");
        Report report = new ReportBuilder(content.knowledge()).build(consultation,
                List.of(new Report.Flip("pick", "y", "x", "q_a", "low")));

        JsonNode json = new ObjectMapper().readTree(Format.JSON.render(report, content.knowledge()));

        assertThat(json.path("summary").get(0).fieldNames()).toIterable().containsExactly("goal", "text", "confidence", "assumptions");
        assertThat(json.path("topActions").get(0).fieldNames()).toIterable().containsExactly("id", "area", "title", "strength");
        assertThat(json.path("findingLabels").path("pick").asText()).isEqualTo("option Y");
        assertThat(json.path("alternatives").path("pick").toString())
                .isEqualTo("[{\"option\":\"y\",\"label\":\"option Y\",\"score\":3},{\"option\":\"x\",\"label\":\"option X\",\"score\":0}]");
        assertThat(json.path("sensitivity").toString())
                .isEqualTo("[{\"finding\":\"pick\",\"from\":\"y\",\"to\":\"x\",\"questionId\":\"q_a\",\"value\":\"low\"}]");
    }

    @Test
    void theTextReportPutsTheSummaryAndTopActionsFirstAndWhatWouldChangeItInWords() {
        consultation.answer("q_a", "high");
        Report report = new ReportBuilder(content.knowledge()).build(consultation,
                List.of(new Report.Flip("pick", "y", "x", "q_a", "low")));

        String full = Format.TEXT.render(report, content.knowledge());
        String brief = Format.TEXT.render(report, content.knowledge(), false);

        assertThat(full.indexOf("== Summary ==")).isLessThan(full.indexOf("== Top actions =="));
        assertThat(full.indexOf("== Top actions ==")).isLessThan(full.indexOf("== A small test choice =="));
        assertThat(full).contains("-- Options weighed: The pick --", "Runner-up: option X (0 against 3)",
                "== What would change it ==", "  The pick: option Y\n    option Y -> option X if q a were Low A",
                "Why: Pick y is advised; High A favours y", "Sources: A test reference");
        assertThat(brief).contains("== Summary ==", "== Top actions ==").doesNotContain("-- Findings --", "What would change it");
    }
}
