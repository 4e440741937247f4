package com.allianceadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.store.BadInputException;

/** kb trace: a scenario's rules in the order they fired, and how one of its conclusions came about. */
class TraceTest {
    private final ContentFolder knowledge = ContentFolder.onDisk(Fixture.SMALL_KNOWLEDGE);

    @Test
    void listsTheRulesInTheOrderTheyFiredWithTheEnginesMechanicsMarked() {
        String trace = Trace.of(Fixture.small(), knowledge, "choice-01", "");
        assertThat(trace).contains("Trace of", "choice-01-high-a.json", "firings of");
        int evidence = trace.indexOf(". High A favours y");
        int tally = trace.indexOf(". * The evidence for an option adds up to its score", evidence);
        int advice = trace.indexOf(". Pick y is advised");
        assertThat(evidence).as(trace).isPositive();
        assertThat(tally).as("the tally fires again after the evidence it adds up").isGreaterThan(evidence);
        assertThat(advice).as("the advice comes after the finding it rests on").isGreaterThan(tally);
    }

    @Test
    void howExplainsAConclusionOfTheTracedConsultation() {
        String trace = Trace.of(Fixture.small(), knowledge, "choice-01-high-a.json", "g_y");
        assertThat(trace).contains("How 'g_y' was concluded:", "Pick y is advised");
    }

    @Test
    void anUnknownScenarioOrConclusionIsAClearError() {
        assertThatThrownBy(() -> Trace.of(Fixture.small(), knowledge, "nosuch", "")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no scenario file name contains 'nosuch'");
        assertThatThrownBy(() -> Trace.of(Fixture.small(), knowledge, "choice-01", "g_zz")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("'g_zz' is neither advice nor a finding");
    }
}
