package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.Answer;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.DerivedAnswer;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.report.ViewData;

/** The one life-cycle scale and the crosswalk that maps it onto every other model of where an alliance stands. */
class CrosswalkTest {
    @TempDir
    Path tmp;

    private static Consultation consult(String... goals) {
        return Fixture.real().rules().newConsultation(List.of(goals));
    }

    private static List<String> pending(Consultation c) {
        return c.pending(Fixture.real().knowledge().askingOrder()).stream().map(PendingQuestion::questionId).toList();
    }

    private static String derived(Consultation c, String questionId) {
        return c.facts(Answer.class).stream().filter(a -> a instanceof DerivedAnswer && a.getQuestionId().equals(questionId))
                .map(Answer::getValue).findFirst().orElse(null);
    }

    @Test
    void everyGoalThatNeedsAStageAsksTheOneLifeCycleQuestionAndNoOtherPhaseQuestion() {
        try (Consultation c = consult("learning", "coordination", "health")) {
            assertThat(pending(c)).containsOnlyOnce("lifecycle_stage").doesNotContain("alliance_phase", "coord_phase");

            c.answer("lifecycle_stage", "negotiate");

            assertThat(derived(c, "alliance_phase")).isEqualTo("exploration");
            assertThat(derived(c, "coord_phase")).isEqualTo("about_to_start");
            assertThat(c.findings()).containsEntry("coordination.phase", List.of("about_to_start"));
            assertThat(pending(c)).doesNotContain("lifecycle_stage", "alliance_phase", "coord_phase");
        }
    }

    @Test
    void changingTheStageMovesEveryDerivedPhaseWithIt() {
        try (Consultation c = consult("learning", "coordination")) {
            c.answer("lifecycle_stage", "plan");
            assertThat(derived(c, "alliance_phase")).isEqualTo("awareness_selection");

            c.answer("lifecycle_stage", "operate");

            assertThat(derived(c, "coord_phase")).isEqualTo("running");
            assertThat(c.findings()).containsEntry("coordination.phase", List.of("running"));
            assertThat(derived(c, "alliance_phase")).as("operate leaves expansion or commitment to the plain questions").isEqualTo("unknown");
            assertThat(c.findings()).containsEntry("learning.phase_open", List.of("yes"));
        }
    }

    @Test
    void aGivenPhaseWinsOverTheOneReadOffTheStageAndIsNotSavedAsDerived() {
        try (Consultation c = consult("coordination")) {
            c.answer("coord_phase", "running");
            c.answer("lifecycle_stage", "plan");

            assertThat(derived(c, "coord_phase")).isNull();
            assertThat(c.findings()).containsEntry("coordination.phase", List.of("running"));
            assertThat(c.answers()).containsOnlyKeys("coord_phase", "lifecycle_stage");
        }
    }

    @Test
    void havingWorkedWithThePartnerBeforeIsAskedOnceAcrossFormationAndGovernance() {
        try (Consultation c = consult("governance", "formation")) {
            c.answer("prior_ties", "strong");

            assertThat(derived(c, "rdd_past_relationship")).isEqualTo("positive");
            assertThat(pending(c)).doesNotContain("rdd_past_relationship");
        }
        try (Consultation c = consult("governance", "formation")) {
            c.answer("rdd_past_relationship", "negative");

            assertThat(derived(c, "prior_ties")).isEqualTo("none");
            assertThat(pending(c)).doesNotContain("prior_ties");
        }
    }

    @Test
    void theReportShowsTheCrosswalkOnceUnderTheFirstGoalWithTheStageMarked() {
        try (Consultation c = consult("coordination", "learning", "health")) {
            c.answer("lifecycle_stage", "invest");
            Report report = new ReportBuilder(Fixture.real().knowledge()).build(c);

            List<ViewData> shown = report.views().stream().filter(v -> v.view().id().equals("crosswalk_lifecycle_stage")).toList();
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).view().goal()).isEqualTo("coordination");
            assertThat(shown.get(0).markedRow()).isEqualTo("invest");
            Map<String, String> invest = shown.get(0).view().cells().get("invest");
            assertThat(invest.values()).contains("Manage", "Post-formation (managing the alliance)");
            assertThat(invest.get("stage_learning_phase")).startsWith("Exploration");
        }
    }

    @Test
    void theCrosswalkRulesAreGeneratedFromTheKnowledgeBaseNotWrittenByHand() {
        assertThat(Fixture.real().rules().ruleNames()).contains("Crosswalk: lifecycle_stage exit gives coord_phase running");
    }

    private String refused(String crosswalks) throws IOException {
        FixtureCopy copy = new FixtureCopy(tmp);
        Files.writeString(copy.knowledge.resolve("crosswalks.json"), crosswalks);
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, copy::load);
        assertThat(e).as("expected the load to be refused").isNotNull();
        return e.getMessage();
    }

    @Test
    void aCrosswalkThatMapsOntoAValueTheQuestionDoesNotAllowIsRefused() throws IOException {
        String message = refused("""
                {"crosswalks": [{"scale": "q_a", "sources": ["src"], "models": [{"id": "m", "label": "M", "question": "q_b",
                  "values": {"low": "lo", "high": "high", "unknown": "unknown"}, "unknownText": "open"}]}]}""");

        assertThat(message).contains("crosswalks.json: crosswalk 'q_a', model 'm': 'lo' is not an answer to q_b; allowed: low, high, unknown");
    }

    @Test
    void aMisspelledKeyOrAnUnmappedValueIsRefused() throws IOException {
        String message = refused("""
                {"crosswalks": [{"scale": "q_a", "sources": ["src"], "models": [{"id": "m", "label": "M", "questoin": "q_b",
                  "values": {"low": "low"}}]}]}""");

        assertThat(message).contains("unknown key 'questoin'").contains("value 'high' of q_a is not mapped");
    }

    @Test
    void aFixtureCrosswalkDerivesTheAnswerAndTheGivenAnswerWins() throws IOException {
        FixtureCopy copy = new FixtureCopy(tmp);
        Files.writeString(copy.knowledge.resolve("crosswalks.json"), """
                {"crosswalks": [{"scale": "q_a", "sources": ["src"], "models": [{"id": "m", "label": "M", "question": "q_b",
                  "values": {"low": "high", "high": "low", "unknown": "unknown"}, "unknownText": "open"}]}]}""");
        Content content = copy.load();
        try (Consultation c = content.rules().newConsultation(List.of("choice"))) {
            c.answer("q_a", "low");
            assertThat(derived(c, "q_b")).isEqualTo("high");

            c.answer("q_b", "low");
            assertThat(derived(c, "q_b")).isNull();
            c.withdraw("q_b");
            assertThat(derived(c, "q_b")).isEqualTo("high");
        }
    }
}
