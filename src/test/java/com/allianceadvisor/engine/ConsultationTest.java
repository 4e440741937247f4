package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;

class ConsultationTest {
    private Consultation consultation;

    @BeforeEach
    void start() {
        consultation = Fixture.small().rules().newConsultation(List.of("choice"));
    }

    @AfterEach
    void close() {
        consultation.close();
    }

    private List<String> pending() {
        return consultation.pending(PendingQuestion.HIGHEST_PRIORITY_FIRST).stream().map(PendingQuestion::questionId).toList();
    }

    private List<String> adviceIds() {
        return consultation.advice().stream().map(Advice::getGuidanceId).sorted().toList();
    }

    @Test
    void asksTheHighestPriorityQuestionsFirst() {
        assertThat(pending()).containsExactly("q_a", "q_b", "q_n");
    }

    @Test
    void aDecisiveAnswerSettlesTheTopicAndStopsTheQuestionsThatCouldNoLongerChangeIt() {
        consultation.answer("q_a", "high");

        assertThat(consultation.findings()).containsEntry("pick", List.of("y")).containsEntry("pick.settled", List.of("yes"));
        assertThat(pending()).containsExactly("q_n");
    }

    @Test
    void aCloseCallKeepsAskingUntilTheLeaderIsSafe() {
        consultation.answer("q_b", "high");

        assertThat(consultation.findings()).containsEntry("pick", List.of("y")).doesNotContainKey("pick.settled");
        assertThat(pending()).containsExactly("q_a", "q_n");
    }

    @Test
    void changingAnAnswerWithdrawsTheAdviceThatDependedOnIt() {
        consultation.answer("q_a", "high");
        assertThat(adviceIds()).containsExactly("g_y");

        consultation.answer("q_a", "low");

        assertThat(adviceIds()).containsExactly("g_x");
        assertThat(consultation.findings()).containsEntry("pick", List.of("x"));
        assertThat(consultation.answers()).containsExactly(java.util.Map.entry("q_a", "low"));
    }

    @Test
    void withdrawingAnAnswerAsksTheQuestionAgain() {
        consultation.answer("q_a", "high");
        consultation.withdraw("q_a");

        assertThat(pending()).containsExactly("q_a", "q_b", "q_n");
        assertThat(consultation.findings()).doesNotContainKey("pick.settled");
    }

    @Test
    void unknownIsAnAnswerThatAddsNoEvidence() {
        consultation.answer("q_a", "unknown");

        assertThat(pending()).containsExactly("q_b", "q_n");
        assertThat(consultation.findings()).containsEntry("pick", List.of("x"));
    }

    @Test
    void numericAnswersFeedNumericFindingsAndThresholds() {
        consultation.answer("q_n", "4");

        assertThat(consultation.findings()).containsEntry("level", List.of("80"));
        assertThat(adviceIds()).contains("g_level");

        consultation.answer("q_n", "unknown");
        assertThat(consultation.findings()).doesNotContainKey("level");
        assertThat(adviceIds()).doesNotContain("g_level");
    }

    @Test
    void theDerivationOfAdviceLeadsDownToTheAnswers() {
        consultation.answer("q_a", "high");
        consultation.answer("q_b", "high");
        Advice advice = consultation.advice().get(0);

        Derivation derivation = consultation.derive(advice);

        assertThat(derivation.rules()).startsWith("Pick y is advised")
                .contains("High A favours y", "High B favours y a little");
        assertThat(derivation.answers()).extracting(AnswerFact::getQuestionId).containsExactlyInAnyOrder("q_a", "q_b");
    }

    @Test
    void theRuleThatAsksAQuestionIsRecorded() {
        Ask ask = consultation.facts(Ask.class).stream().filter(a -> a.getQuestionId().equals("q_b")).findFirst().orElseThrow();

        assertThat(consultation.justification(ask).rule()).isEqualTo("The choice needs B");
    }

    @Test
    void aGoalWithoutRulesAsksNothing() {
        try (Consultation other = Fixture.small().rules().newConsultation(List.of("other"))) {
            assertThat(other.pending(PendingQuestion.HIGHEST_PRIORITY_FIRST)).isEmpty();
        }
    }

    @Test
    void rulesThatKeepTriggeringEachOtherAreStopped() {
        String loop = """
                package advisor.rules;
                import com.allianceadvisor.engine.Goal;
                import com.allianceadvisor.engine.Finding;
                rule "Start counting"
                when Goal() then insertLogical(new Finding("n", "1")); end
                rule "Count on forever"
                when Finding(key == "n", $v : value) then insertLogical(new Finding("n", String.valueOf(Integer.parseInt($v) + 1))); end
                """;
        RuleBase rules = RuleBase.build(List.of(new RuleFile("rules/loop.drl", loop)));

        assertThatThrownBy(() -> rules.newConsultation(List.of("x"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without settling");
    }
}
