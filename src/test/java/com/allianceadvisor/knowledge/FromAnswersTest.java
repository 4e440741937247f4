package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.engine.Consultation;

/**
 * A finding value that follows from one answer alone is declared on the finding ({@code fromAnswers}) and
 * becomes a rule under the area's goal; every mistake in the declaration is refused, naming the finding.
 */
class FromAnswersTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;
    private Path findings;

    @BeforeEach
    void copyFixture() {
        copy = new FixtureCopy(tmp);
        findings = copy.knowledge.resolve("findings/choice.json");
    }

    private void declare(String entries) {
        copy.replace(findings, "\"key\": \"tags\",", "\"key\": \"tags\", \"fromAnswers\": [" + entries + "],");
    }

    @Test
    void eachDeclaredAnswerGivesItsValueUnderTheGoalWithItsSentenceAsTheRuleName() {
        declare("{\"because\": \"High or low A is tag one\", \"question\": \"q_a\", \"values\": [\"high\", \"low\"], \"gives\": \"t1\"},"
                + "{\"because\": \"High B is tag two\", \"question\": \"q_b\", \"values\": [\"high\"], \"gives\": \"t2\"}");
        Content c = copy.load();
        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "low");
            assertThat(consultation.findings().get("tags")).containsExactly("t1");
            consultation.answer("q_b", "high");
            assertThat(consultation.findings().get("tags")).containsExactlyInAnyOrder("t1", "t2");
            consultation.answer("q_a", "unknown");
            assertThat(consultation.findings().get("tags")).containsExactly("t2");
        }
        try (Consultation other = c.rules().newConsultation(List.of("other"))) {
            other.answer("q_b", "high");
            assertThat(other.findings()).doesNotContainKey("tags");
        }
        assertThat(c.rules().ruleNames()).contains("High or low A is tag one", "High B is tag two");
    }

    @Test
    void aQuestionThatIsNotInTheBankIsRefusedWithTheNearestId() {
        declare("{\"because\": \"A is tag one\", \"question\": \"q_aa\", \"values\": [\"high\"], \"gives\": \"t1\"}");
        assertThat(copy.refusal()).contains("findings/choice.json: finding 'tags': fromAnswers 1: question 'q_aa' must be a choice question"
                + " of the question bank (did you mean 'q_a'?)");
    }

    @Test
    void anAnswerTheQuestionDoesNotAllowAndAValueTheFindingDoesNotHaveAreRefused() {
        declare("{\"because\": \"A is tag one\", \"question\": \"q_a\", \"values\": [\"hihg\"], \"gives\": \"t9\"}");
        assertThat(copy.refusal()).contains("fromAnswers 1: 'hihg' is not an answer to q_a; allowed:")
                .contains("fromAnswers 1: 'gives' 't9' is not one of the finding's values; allowed: t1, t2");
    }

    @Test
    void anUnknownKeyInADeclarationIsRefusedWithTheNearestAllowedKey() {
        declare("{\"because\": \"A is tag one\", \"question\": \"q_a\", \"value\": [\"high\"], \"gives\": \"t1\"}");
        assertThat(copy.refusal()).contains("fromAnswers 1: unknown key 'value' (did you mean 'values'?)");
    }
}
