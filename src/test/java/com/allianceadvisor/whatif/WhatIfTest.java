package com.allianceadvisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.store.BadInputException;

class WhatIfTest {
    private final Content content = Fixture.small();
    private final Consultation consultation = content.rules().newConsultation(List.of("choice"));

    @AfterEach
    void close() {
        consultation.close();
    }

    @Test
    void theDiffShowsWhatOtherAnswersWouldChangeAndTheConsultationStaysAsItWas() {
        consultation.answer("q_a", "high");

        List<String> diff = new WhatIf(content.knowledge()).diff(consultation, List.of("q_a=low", "q_n=5"));

        assertThat(diff).contains("finding The pick: option Y -> option X", "new advice: Go for x [g_x, strong]",
                "withdrawn advice: Go for y [g_y]");
        assertThat(consultation.answers()).containsExactly(java.util.Map.entry("q_a", "high"));
        assertThat(consultation.findings().get("pick")).containsExactly("y");
    }

    @Test
    void anUnknownQuestionOrAValueItDoesNotOfferIsOneShortLine() {
        WhatIf whatIf = new WhatIf(content.knowledge());

        assertThatThrownBy(() -> whatIf.diff(consultation, List.of("q_zz=low"))).isInstanceOf(BadInputException.class)
                .hasMessage("whatif: 'q_zz' is not a question id; see 'answers' or 'kb' listings");
        assertThatThrownBy(() -> whatIf.diff(consultation, List.of("q_a=medium"))).isInstanceOf(BadInputException.class)
                .hasMessage("whatif: q_a = 'medium' is not allowed; allowed: low, high, unknown");
        assertThatThrownBy(() -> whatIf.diff(consultation, List.of("q_a"))).isInstanceOf(BadInputException.class)
                .hasMessage("whatif: 'q_a' is not questionId=value");
    }

    @Test
    void theSensitivityAnalysisFindsEveryAnswerThatWouldChangeTheHeadline() {
        consultation.answer("q_a", "high");
        consultation.answer("q_b", "low");

        var flips = new SensitivityAnalysis(content.knowledge()).flips(consultation);

        // y leads 3 to 1: only taking A away from high (low, or unknown) tips it to x
        assertThat(flips).filteredOn(f -> f.finding().equals("pick")).extracting(f -> f.questionId() + "=" + f.value() + " -> " + f.to())
                .containsExactlyInAnyOrder("q_a=low -> x", "q_a=unknown -> x");
        // the level is concluded only once q_n is answered: each value of the open question concludes one
        assertThat(flips).filteredOn(f -> f.finding().equals("level")).hasSize(5).allSatisfy(f -> assertThat(f.from()).isNull());
    }
}
