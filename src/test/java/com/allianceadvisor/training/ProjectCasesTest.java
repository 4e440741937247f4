package com.allianceadvisor.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.TrainingCase;

/** The shipped case library and glossary: enough of them, every goal taught, and every case scorable. */
class ProjectCasesTest {
    private final Content content = Fixture.real();
    private final KnowledgeBase kb = content.knowledge();

    @Test
    void theLibraryHasTwelveOrMoreCasesAndFortyOrMoreTermsAndEveryGoalIsTaught() {
        assertThat(kb.cases()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(kb.glossary()).hasSizeGreaterThanOrEqualTo(40);
        for (String goal : kb.areaIds()) {
            if (!kb.predictions(goal).isEmpty()) {
                assertThat(kb.cases().values()).as("cases teaching " + goal).anyMatch(c -> c.goals().contains(goal));
            }
        }
        assertThat(kb.cases().values()).extracting(TrainingCase::difficulty).contains(1, 2, 3);
    }

    @TestFactory
    Stream<DynamicTest> inEveryCaseTheAdvisorsOwnConclusionScoresFullMarksAndPredictingNothingScoresNone() {
        return kb.cases().values().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            try (Exercise ex = new Exercise(content, c, c.goals())) {
                ScoreCard blank = ex.score("t", Map.of());
                Map<String, List<String>> right = new LinkedHashMap<>();
                blank.items().stream().filter(ScoredItem::scored).forEach(i -> right.put(i.key(), i.expected()));
                ScoreCard full = ex.score("t", right);

                assertThat(right).as("scored items in " + c.id()).isNotEmpty();
                assertThat(blank.score()).isZero();
                assertThat(full.score()).isEqualTo(100);
                full.items().stream().filter(ScoredItem::scored)
                        .forEach(i -> assertThat(String.join("\n", i.explanation())).as(i.key()).startsWith("Right: "));
                blank.items().stream().filter(ScoredItem::scored)
                        .forEach(i -> assertThat(String.join("\n", i.explanation())).as(i.key()).contains("rests on"));
            }
        }));
    }
}
