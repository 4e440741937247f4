package com.allianceadvisor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.bench.InterviewBenchmark;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;

/**
 * How long a governance-only interview is on the shipped governance scenarios (each answered as its file
 * says, unknown where it says nothing): the topic settles and the most telling questions come first, so a
 * median of at most 9 questions and never more than 14, with the advice of asking everything.
 */
class InterviewLengthTest {
    @Test
    void aGovernanceInterviewAsksAMedianOfNineQuestionsAtMostAndNeverMoreThanFourteen() {
        Content c = Fixture.real();
        List<Integer> asked = new ArrayList<>();
        for (Scenario s : ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), c.knowledge())) {
            if (!s.file().replace('\\', '/').contains("/scenarios/") || !s.answers().goals().contains("governance")) {
                continue;
            }
            InterviewBenchmark.Run shortened = InterviewBenchmark.play(c, s, List.of("governance"), false, false);
            InterviewBenchmark.Run everything = InterviewBenchmark.play(c, s, List.of("governance"), false, true);
            assertThat(shortened.outcome()).as(s.file() + ": the shortened interview ends with the same findings and advice")
                    .isEqualTo(everything.outcome());
            asked.add(shortened.asked());
        }
        assertThat(asked).hasSizeGreaterThan(15);
        Collections.sort(asked);
        assertThat(asked.get(asked.size() / 2)).as("median questions asked, of " + asked).isLessThanOrEqualTo(9);
        assertThat(asked.get(asked.size() - 1)).as("most questions asked").isLessThanOrEqualTo(14);
    }
}
