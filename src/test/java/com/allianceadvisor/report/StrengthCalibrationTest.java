package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Finding;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.FixtureCopy;

/**
 * An item the rules call strong is shown one step weaker when a reason it holds rests on an answer of
 * unknown, whichever of its reasons fired first: the strength does not depend on the order of the rules.
 */
class StrengthCalibrationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "the second reason fires with salience {0}")
    @ValueSource(ints = {100, -100})
    void aFindingConcludedBothFromAnAnswerAndFromAnUnknownGivesAdviceOfTheSameStrengthInEitherOrder(int salience) throws Exception {
        FixtureCopy copy = new FixtureCopy(tmp);
        Files.writeString(copy.rules.resolve("second-reason.drl"), """
                package advisor.rules;
                import com.allianceadvisor.engine.Goal;
                import com.allianceadvisor.engine.Answer;
                import com.allianceadvisor.engine.Finding;
                rule "Not knowing B also points to x"
                    salience %d
                when
                    Goal(area == "choice")
                    Answer(questionId == "q_b", value == "unknown")
                then
                    insertLogical(new Finding("pick", "x"));
                end
                """.formatted(salience));
        Content content = copy.load();
        try (Consultation c = content.rules().newConsultation(List.of("choice"))) {
            c.answer("q_a", "low");
            c.answer("q_b", "unknown");

            AdviceItem item = new ReportBuilder(content.knowledge()).build(c).advice("g_x");

            assertThat(c.justifications(c.facts(Finding.class).stream()
                    .filter(f -> f.getKey().equals("pick")).findFirst().orElseThrow())).hasSize(2);
            assertThat(item.strength()).isEqualTo("moderate");
        }
    }

    @ParameterizedTest(name = "an answer of {0}")
    @ValueSource(strings = {"low", "unknown"})
    void anUnknownAnswerThatNoReasonUsesLeavesAStrongItemStrong(String b) {
        Content content = new FixtureCopy(tmp).load();
        try (Consultation c = content.rules().newConsultation(List.of("choice"))) {
            c.answer("q_a", "low");
            c.answer("q_b", b);

            AdviceItem item = new ReportBuilder(content.knowledge()).build(c).advice("g_x");

            assertThat(item.strength()).isEqualTo("strong");
        }
    }
}
