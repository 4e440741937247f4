package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.PendingQuestion;

/** A consultation on several goals asks goal by goal, in the order of areas.json, not mixed by priority. */
class AskingOrderTest {

    @Test
    void goalsComeInTheOrderOfTheAreasThenHighestPriorityFirst() {
        KnowledgeBase kb = Fixture.real().knowledge();
        List<String> areas = kb.areaIds();
        String first = areas.get(0);
        String second = areas.get(1);
        List<PendingQuestion> pending = new ArrayList<>(List.of(
                new PendingQuestion("later_goal_urgent", 99, Set.of(second)),
                new PendingQuestion("first_goal_minor", 5, Set.of(first)),
                new PendingQuestion("first_goal_major", 80, Set.of(first)),
                new PendingQuestion("shared_with_first", 1, Set.of(second, first))));

        pending.sort(kb.askingOrder());

        assertThat(pending).extracting(PendingQuestion::questionId)
                .containsExactly("first_goal_major", "first_goal_minor", "shared_with_first", "later_goal_urgent");
    }
}
