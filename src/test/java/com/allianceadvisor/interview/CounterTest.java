package com.allianceadvisor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.bench.InterviewBenchmark;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.ReportBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CounterTest {
    @Test
    void theCounterIsWithinThirtyPercentOrTwoQuestionsOnNineInTenStepsAndNeverSaysZeroTooEarlyOverTheScenarios() {
        Content c = Fixture.real();
        // each scenario is played on its own session of the one rule base, so they can be played side by side
        List<InterviewBenchmark.Run> runs = ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), c.knowledge())
                .parallelStream().map(s -> InterviewBenchmark.play(c, s,
                        s.answers().goals().isEmpty() ? c.knowledge().defaultGoals() : s.answers().goals(), false, false))
                .toList();
        assertThat(runs).hasSizeGreaterThan(50);
        assertThat(InterviewBenchmark.counterAccuracy(runs)).isGreaterThanOrEqualTo(0.9);
        assertThat(runs.stream().flatMap(r -> r.steps().stream()).filter(st -> st[0] <= 0 && st[1] > 0)).isEmpty();
    }

    @Test
    void theJsonReportGivesQuestionsAskedAndTheEstimateStillToAsk() throws Exception {
        Content c = Fixture.small();
        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            Interview interview = new Interview(c.knowledge(), consultation);
            consultation.answer(interview.next().orElseThrow().id(), "high");

            String json = Format.JSON.render(new ReportBuilder(c.knowledge()).build(consultation, null, interview.progressForReport()), c.knowledge());

            JsonNode progress = new ObjectMapper().readTree(json).path("progress");
            assertThat(progress.path("asked").asInt()).isEqualTo(1);
            assertThat(progress.path("estimatedRemaining").asInt()).isEqualTo(interview.estimatedRemaining());
            int played = 0;
            while (interview.next().isPresent()) {
                consultation.answer(interview.next().orElseThrow().id(), "unknown");
                played++;
            }
            assertThat(played).isEqualTo(progress.path("estimatedRemaining").asInt());
        }
    }
}
