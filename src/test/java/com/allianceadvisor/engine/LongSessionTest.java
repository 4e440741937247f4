package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.Question;

/**
 * A long six-goal consultation with 50 changes of answer stays bounded: after changing answers back and
 * forth, the session holds the same facts and findings as before, so nothing accumulates. The times and
 * memory are printed for the record (not asserted).
 */
class LongSessionTest {
    @Test
    void fiftyChangesInASixGoalConsultationLeaveNoResidueAndTheSameConclusions() {
        Content content = Fixture.real();
        List<String> goals = content.knowledge().areaIds();
        try (Consultation c = content.rules().newConsultation(goals)) {
            // answer every question the interview asks, always with the first option (or the middle of a number range)
            for (int i = 0; i < 300; i++) {
                List<PendingQuestion> pending = c.pending(content.knowledge().askingOrder());
                if (pending.isEmpty()) {
                    break;
                }
                Question q = content.knowledge().question(pending.get(0).questionId());
                c.answer(q.id(), q.isNumber() ? String.valueOf((q.min() + q.max()) / 2) : q.options().get(0).value());
            }
            assertThat(c.pending(content.knowledge().askingOrder())).isEmpty();
            Map<String, List<String>> findings = c.findings();
            int facts = c.facts(Object.class).size();
            Map<String, String> answers = new LinkedHashMap<>(c.answers());
            List<String> changeable = new ArrayList<>();
            answers.forEach((id, v) -> {
                Question q = content.knowledge().question(id);
                if (!q.isNumber() && q.options().size() > 2) {
                    changeable.add(id);
                }
            });
            Runtime rt = Runtime.getRuntime();
            long[] times = new long[50];
            for (int i = 0; i < 50; i++) {
                String id = changeable.get(i % changeable.size());
                Question q = content.knowledge().question(id);
                long start = System.nanoTime();
                c.answer(id, q.options().get(1).value());
                c.answer(id, answers.get(id));
                times[i] = (System.nanoTime() - start) / 2;
            }

            assertThat(c.findings()).isEqualTo(findings);
            assertThat(c.facts(Object.class)).hasSize(facts);
            assertThat(c.answers()).containsExactlyInAnyOrderEntriesOf(answers);
            long first = (times[0] + times[1] + times[2] + times[3] + times[4]) / 5;
            long last = (times[45] + times[46] + times[47] + times[48] + times[49]) / 5;
            System.out.printf("long session: %d answers, %d facts; one change %.2f ms (first 5) and %.2f ms (last 5); heap used %d MB%n",
                    answers.size(), facts, first / 1e6, last / 1e6, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }
}
