package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "How" explanations name the rule that supports a fact now, even when another rule first inserted it. */
class ExplanationTest {

    private static final String RULES = """
            package advisor.rules;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.Finding;

            rule "A says risky"
            when
                Answer(questionId == "a", value == "yes")
            then
                insertLogical(new Finding("risk", "high"));
            end

            rule "B says risky"
            when
                Answer(questionId == "b", value == "yes")
            then
                insertLogical(new Finding("risk", "high"));
            end
            """;

    private static RuleBase rules;

    @BeforeAll
    static void build() {
        rules = RuleBase.build(List.of(new RuleFile("t.drl", RULES)));
    }

    @Test
    void aFactKeptAliveByASecondRuleIsExplainedByThatRuleAndItsAnswer() {
        try (Consultation c = rules.newConsultation(List.of("t"))) {
            c.answer("a", "yes");
            c.answer("b", "yes");
            Finding risk = c.facts(Finding.class).get(0);
            assertThat(c.justification(risk).rule()).isEqualTo("A says risky");

            c.answer("a", "no");

            Finding still = c.facts(Finding.class).get(0);
            Justification j = c.justification(still);
            assertThat(j.rule()).isEqualTo("B says risky");
            assertThat(j.matched()).containsExactly(c.answerFact("b"));
        }
    }
}
