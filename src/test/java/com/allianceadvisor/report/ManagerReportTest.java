package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.whatif.SensitivityAnalysis;

/** The report of a six-goal consultation on the project's own knowledge, as a manager reads it. */
class ManagerReportTest {
    static final Path SIX_GOALS = Path.of("src/test/resources/report/six-goals.json");
    private final Content content = Fixture.real();
    private Interview interview;

    @BeforeEach
    void replay() {
        interview = Workspace.replayed(content, AnswerFiles.read(SIX_GOALS, content.knowledge()), List.of());
    }

    @AfterEach
    void close() {
        interview.consultation().close();
    }

    private Report report() {
        return new ReportBuilder(content.knowledge()).build(interview.consultation(),
                new SensitivityAnalysis(content.knowledge()).flips(interview.consultation()));
    }

    @Test
    void theSummaryAndTopActionsOfAllSixGoalsFitOnOneScreen() {
        Report report = report();

        String brief = Format.TEXT.render(report, content.knowledge(), false);

        assertThat(brief.split("\n", -1).length).as(brief).isLessThanOrEqualTo(40);
        assertThat(report.summary()).extracting(Report.GoalSummary::goal).containsExactlyElementsOf(report.goals());
        assertThat(report.topActions()).hasSizeLessThanOrEqualTo(ReportBuilder.TOP_ACTIONS).doesNotHaveDuplicates();
        assertThat(report.topActions()).allSatisfy(a -> assertThat(a.strength()).isEqualTo(report.topActions().get(0).strength()));
    }

    @Test
    void aCloseGovernanceCallNamesTheRunnerUpAndKeepsItsAdviceBelowStrong() {
        Report report = report();

        assertThat(report.findings()).containsEntry("governance.confidence", "close_call");
        assertThat(report.summary().get(1).text()).startsWith("Governance choice \u2014 an equity alliance (shared ownership), as ")
                .contains("runner-up: ");
        assertThat(report.summary().get(1).confidence()).isEqualTo("a close call");
        assertThat(report.advice("gov_primary_equity").strength()).isEqualTo("moderate");
    }

    @Test
    void noReasonNamesABookkeepingRuleOrMoreThanTwoRules() {
        Report report = report();

        assertThat(report.advice()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.reasons()).hasSizeLessThanOrEqualTo(2)
                    .doesNotContain("The option with the highest score decides the topic", "The evidence for an option adds up to its score",
                            "A topic is settled when the open questions can no longer overturn its leader");
            assertThat(a.because()).startsWith(a.reasons().toArray(String[]::new));
        });
    }

    @Test
    void capabilityGapsAreListedLargestWeightedGapFirst() {
        @SuppressWarnings("unchecked")
        List<String> gaps = (List<String>) report().findings().get("capability.gaps");

        assertThat(gaps).first().isEqualTo(report().findings().get("capability.largest_gap"));
        assertThat(gaps).containsSubsequence("internal_alignment", "managing_change");
    }

    @Test
    void theSensitivityAnalysisLeavesTheConsultationAsItWas() {
        var before = interview.consultation().findings();
        var answers = interview.consultation().answers();

        List<Report.Flip> flips = new SensitivityAnalysis(content.knowledge()).flips(interview.consultation());

        assertThat(flips).isNotEmpty();
        assertThat(interview.consultation().findings()).isEqualTo(before);
        assertThat(interview.consultation().answers()).containsExactlyEntriesOf(answers);
    }

    @Test
    void aCopyOfTheConsultationConcludesTheSame() {
        try (var copy = interview.consultation().copy()) {
            assertThat(copy.findings()).isEqualTo(interview.consultation().findings());
            assertThat(copy.answers()).containsExactlyEntriesOf(interview.consultation().answers());
        }
    }

    @Test
    void aPracticeTwoAreasReachIsShownOnceUnderTheItemItDuplicates() {
        Report report = report();

        AdviceItem decisionRights = report.advice("cap_icn_decision_rights");

        assertThat(decisionRights).isNotNull();
        assertThat(decisionRights.id()).isEqualTo("coord_icn_decision_rights");
        assertThat(decisionRights.alsoFor()).contains("cap_icn_decision_rights");
        assertThat(report.advice()).extracting(AdviceItem::id).doesNotContain("cap_icn_decision_rights").doesNotHaveDuplicates();
        assertThat(report.advice()).allSatisfy(a -> {
            String same = content.knowledge().guidance(a.id()).sameAs();
            assertThat(report.advice()).extracting(AdviceItem::id).as(a.id() + " duplicates " + same).doesNotContain(same);
        });
    }

    @Test
    void aCloseCallIsANoteOnTheConfidenceFindingNotAnAdviceItem() {
        Report report = report();

        assertThat(report.notes().get("governance.confidence")).extracting(AdviceItem::id).containsExactly("gov_close_call");
        assertThat(report.advice()).extracting(AdviceItem::id).doesNotContain("gov_close_call", "gov_tentative");
        assertThat(Format.TEXT.render(report, content.knowledge()))
                .contains("  How firm the governance recommendation is: a close call\n      Note: Treat the governance choice as a close call.");
    }
}
