package com.allianceadvisor.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.PredictionItem;

/** Scoring predictions against the engine's conclusions on the small fixture case (A high, B high: the pick is y). */
class ScorerTest {
    private final Content content = Fixture.small();

    private ScoreCard score(Map<String, List<String>> predictions) {
        try (Exercise ex = new Exercise(content, content.knowledge().trainingCase("fixture-case"), List.of("choice"))) {
            return ex.score("tester", predictions);
        }
    }

    @Test
    void aRightPredictionScoresFullMarksAndAWrongOneScoresLower() {
        ScoreCard right = score(Map.of("choice.pick", List.of("y")));
        ScoreCard wrong = score(Map.of("choice.pick", List.of("x")));

        assertThat(right.score()).isEqualTo(100);
        assertThat(wrong.score()).isZero();
        assertThat(right.goals()).containsEntry("choice", 100);
    }

    @Test
    void aMissIsExplainedByTheDecidingEvidenceTheScoresAndTheAnswersItRestsOn() {
        ScoredItem item = score(Map.of("choice.pick", List.of("x"))).items().get(0);

        assertThat(item.credit()).isZero();
        assertThat(item.expected()).containsExactly("y");
        String explanation = String.join("\n", item.explanation());
        assertThat(explanation).contains("Scores of the options: option Y 4, option X 0", "\"High A favours y\"", "A is high",
                "rests on: You answered q_a = high (High A)");
        assertThat(explanation.indexOf("High A favours y")).isLessThan(explanation.indexOf("High B favours y a little"));
        assertThat(item.sources()).containsExactly("src");
    }

    @Test
    void anItemTheAdvisorDoesNotConcludeIsNotScoredAndDoesNotCountAgainstTheTrainee() {
        ScoreCard card = score(Map.of("choice.pick", List.of("y"), "choice.tags", List.of("t1")));

        ScoredItem tags = card.items().stream().filter(i -> i.key().equals("choice.tags")).findFirst().orElseThrow();
        assertThat(tags.scored()).isFalse();
        assertThat(card.score()).isEqualTo(100);
    }

    @Test
    void anAdjacentValueOnTheScaleEarnsHalfCredit() {
        PredictionItem fit = new PredictionItem("fit", "g", "f", "Fit", PredictionItem.SINGLE, 0, List.of("strong", "conditional", "weak"), "");

        assertThat(Scorer.credit(fit, List.of("conditional"), List.of("strong"), List.of("strong"))).isEqualTo(0.5);
        assertThat(Scorer.credit(fit, List.of("weak"), List.of("strong"), List.of("strong"))).isZero();
        assertThat(Scorer.credit(fit, List.of(), List.of("strong"), List.of("strong"))).isZero();
    }

    @Test
    void aListEarnsCreditForItsOverlap() {
        PredictionItem list = new PredictionItem("m", "g", "f", "M", PredictionItem.LIST, 0, List.of(), "");

        assertThat(Scorer.credit(list, List.of("a", "b"), List.of("a", "b"), List.of("a", "b"))).isEqualTo(1.0);
        assertThat(Scorer.credit(list, List.of("a"), List.of("a", "b"), List.of("a", "b"))).isEqualTo(0.5);
        assertThat(Scorer.credit(list, List.of("a", "c"), List.of("a", "b"), List.of("a", "b"))).isEqualTo(1.0 / 3);
        assertThat(Scorer.credit(list, List.of("c"), List.of("a", "b"), List.of("a", "b"))).isZero();
    }

    @Test
    void aRankedPickEarnsFullCreditInTheTopAndHalfForAValueRankedLower() {
        PredictionItem top2 = new PredictionItem("gaps", "g", "f", "Gaps", PredictionItem.PICK, 2, List.of(), "f.");
        List<String> top = List.of("a", "b");
        List<String> all = List.of("a", "b", "c");

        assertThat(Scorer.credit(top2, List.of("b", "a"), top, all)).isEqualTo(1.0);
        assertThat(Scorer.credit(top2, List.of("a", "c"), top, all)).isEqualTo(0.75);
        assertThat(Scorer.credit(top2, List.of("a", "z"), top, all)).isEqualTo(0.5);
    }

    @Test
    void aWrongPickCostsEvenWhenTheAdvisorNamesFewerValuesThanThePicksAllowed() {
        PredictionItem two = new PredictionItem("objectives", "g", "f", "Objectives", PredictionItem.PICK, 2, List.of(), "");

        assertThat(Scorer.credit(two, List.of("a"), List.of("a"), List.of("a"))).isEqualTo(1.0);
        assertThat(Scorer.credit(two, List.of("a", "z"), List.of("a"), List.of("a"))).isEqualTo(0.5);
    }

    @Test
    void valuesTiedAtTheCutOfARankedTopAreAllInTheTop() {
        Map<String, Double> size = Map.of("a", 5.0, "b", 3.0, "c", 3.0, "d", 1.0);

        assertThat(Scorer.top(List.of("d", "c", "b", "a"), 2, size::get)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(Scorer.top(List.of("d", "c", "b", "a"), 1, size::get)).containsExactly("a");
    }

    @Test
    void aGoalWithNothingToScoreIsLeftOutOfTheGoalScores() {
        ScoreCard card = score(Map.of());

        assertThat(card.goals()).containsOnlyKeys("choice");
        assertThat(card.items()).filteredOn(i -> !i.scored()).allSatisfy(i -> assertThat(i.credit()).isZero());
    }
}
