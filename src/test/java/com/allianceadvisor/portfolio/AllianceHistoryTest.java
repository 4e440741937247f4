package com.allianceadvisor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.SessionStore;

class AllianceHistoryTest {
    @TempDir
    Path data;

    private static AnswerSet audit(int rating) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("lifecycle_stage", "operate");
        for (String q : List.of("audit_consult_before_deciding", "audit_shared_problems", "audit_conflict_dialogue",
                "audit_mutual_gains", "audit_reliability", "audit_crisis_cross_reliance")) {
            answers.put(q, String.valueOf(rating));
        }
        return new AnswerSet(List.of("health"), answers, Map.of());
    }

    @Test
    void theHistoryShowsHowTheHealthScoreAndFindingsChangedBetweenAssessments() {
        SessionStore store = new SessionStore(data);
        store.save("acme", audit(2));
        store.save("acme", audit(4));
        AllianceHistory history = new AllianceHistory(new ContentHolder(Fixture.RULES, Fixture.KNOWLEDGE), store);
        List<String> problems = new ArrayList<>();

        String text = history.render("acme", "text", problems);
        String html = history.render("acme", "html", problems);

        assertThat(problems).isEmpty();
        assertThat(text).contains("History of acme: 2 assessment(s)", "finding Relationship health score, our view (0-100): 25 -> 75",
                "finding Relationship health (our view): unhealthy -> healthy");
        assertThat(html).contains("<svg", "<polyline", ">25<", ">75<");
    }
}
