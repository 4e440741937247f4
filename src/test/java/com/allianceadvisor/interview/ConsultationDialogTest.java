package com.allianceadvisor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.Content;

class ConsultationDialogTest {
    private final Content content = Fixture.small();
    private final Interview interview = new Interview(content.knowledge(), content.rules().newConsultation(List.of("choice")));
    private final StringWriter screen = new StringWriter();

    @AfterEach
    void close() {
        interview.consultation().close();
    }

    private ConsultationDialog.Outcome type(String... lines) {
        Deque<String> input = new ArrayDeque<>(List.of(lines));
        return new ConsultationDialog(interview, prompt -> input.poll(), new PrintWriter(screen, true)).run();
    }

    @Test
    void asksOneQuestionAtATimeWithNumberedOptionsAndProgress() {
        ConsultationDialog.Outcome outcome = type("2", "3");

        assertThat(outcome).isEqualTo(ConsultationDialog.Outcome.COMPLETED);
        assertThat(screen.toString()).contains("[question 1, about 2 to go]", "Question A?", "1) low", "2) high", "3) unknown",
                "Help for A.", "[question 2, about 0 to go]", "Rate N from 1 to 5");
        assertThat(interview.consultation().answers()).containsEntry("q_a", "high").containsEntry("q_n", "3");
    }

    @Test
    void invalidInputRepromptsWithTheAllowedValues() {
        type("7", "medium", "high", "9", "4");

        assertThat(screen.toString()).contains("'7' is not an answer to q_a; allowed: 1-3 or low, high, unknown")
                .contains("'9' is not an answer to q_n; allowed: a whole number from 1 to 5, or unknown");
        assertThat(interview.consultation().answers()).containsEntry("q_a", "high").containsEntry("q_n", "4");
    }

    @Test
    void whyNamesTheRuleAndGoalAndHelpCitesTheSource() {
        type("why", "help", "quit");

        assertThat(screen.toString()).contains("Asked for the goal 'choice' by the rule \"The choice needs A\"")
                .contains("Help for A. More help.").contains("Source: A test reference");
    }

    @Test
    void backTakesTheLastAnswerBackAndAsksItAgain() {
        type("low", "back", "high", "unknown");

        assertThat(screen.toString()).contains("Going back to q_a.");
        assertThat(interview.consultation().answers()).containsEntry("q_a", "high").containsEntry("q_n", "unknown");
    }

    @Test
    void quitKeepsTheAnswersGivenSoFar() {
        ConsultationDialog.Outcome outcome = type("low", "quit");

        assertThat(outcome).isEqualTo(ConsultationDialog.Outcome.QUIT);
        assertThat(interview.consultation().answers()).containsEntry("q_a", "low");
        assertThat(interview.pending()).isNotEmpty();
    }

    @Test
    void unknownIsAlwaysAccepted() {
        type("unknown", "unknown", "unknown");

        assertThat(interview.consultation().answers()).containsEntry("q_a", "unknown").containsEntry("q_b", "unknown");
    }

    @Test
    void helpNamesTheGlossaryTermsOfTheQuestionAndExplainDefinesOne() {
        type("help", "explain a factor", "explain nothing here", "quit");

        assertThat(screen.toString()).contains("Glossary: Factor A (type 'explain <term>')",
                "Factor A: What question A asks about. It pushes the pick.", "Example: A high A makes y the pick.",
                "'nothing here' is not in the glossary");
    }
}
