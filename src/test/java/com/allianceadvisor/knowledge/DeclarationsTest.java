package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.PendingQuestion;

/** When a question is asked and when advice is given, declared on the question and the guidance item. */
class DeclarationsTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;
    private Path drl;
    private Path questions;
    private Path guidance;

    @BeforeEach
    void copyFixture() {
        copy = new FixtureCopy(tmp);
        drl = copy.rules.resolve("choice.drl");
        questions = copy.knowledge.resolve("questions/choice.json");
        guidance = copy.knowledge.resolve("guidance/choice.json");
    }

    private String refused() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, copy::load);
        assertThat(e).as("expected the load to be refused").isNotNull();
        return e.getMessage();
    }

    /** Replaces the hand-written asking rule of q_n by a declaration with the given extra JSON. */
    private void declareAskOfN(String declaration) {
        copy.replace(drl, """
                rule "The choice needs N"
                when
                    Goal(area == "choice")
                    not Answer(questionId == "q_n")
                then
                    insertLogical(new Ask("q_n", "choice", 10));
                end
                """, "");
        copy.replace(questions, "\"id\": \"q_n\",", "\"id\": \"q_n\", \"ask\": [" + declaration + "],");
    }

    @Test
    void aDeclaredAskIsAskedWithItsPriorityAndItsSentenceAsTheRuleName() {
        declareAskOfN("{\"goal\": \"choice\", \"priority\": 10, \"because\": \"The choice needs N as declared\"}");
        Content c = copy.load();

        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            assertThat(consultation.pending(c.knowledge().askingOrder())).extracting(PendingQuestion::questionId).contains("q_n");
            consultation.answer("q_n", "3");
            assertThat(consultation.pending(c.knowledge().askingOrder())).extracting(PendingQuestion::questionId).doesNotContain("q_n");
        }
        assertThat(c.rules().ruleNames()).contains("The choice needs N as declared");
    }

    @Test
    void aDeclaredConditionKeepsTheQuestionBackUntilItHolds() {
        declareAskOfN("{\"goal\": \"choice\", \"priority\": 10, \"because\": \"N matters once A is high\","
                + " \"when\": [\"Answer(questionId == \\\"q_a\\\", value == \\\"high\\\")\"]}");
        Content c = copy.load();

        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            assertThat(consultation.pending(c.knowledge().askingOrder())).extracting(PendingQuestion::questionId).doesNotContain("q_n");
            consultation.answer("q_a", "high");
            assertThat(consultation.pending(c.knowledge().askingOrder())).extracting(PendingQuestion::questionId).contains("q_n");
        }
    }

    @Test
    void aDeclaredGivingBringsTheAdviceForTheFindingValue() {
        copy.replace(drl, """
                rule "Pick x is advised"
                when
                    Finding(key == "pick", value == "x")
                then
                    insertLogical(new Advice("g_x", "choice", 50, "strong"));
                end
                """, "");
        copy.replace(guidance, "\"id\": \"g_x\",", "\"id\": \"g_x\", \"given\": [{\"because\": \"Pick x is advised as declared\","
                + " \"finding\": \"pick\", \"value\": \"x\", \"priority\": 50, \"strength\": \"strong\"}],");
        Content c = copy.load();

        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "low");
            consultation.answer("q_b", "low");
            assertThat(consultation.advice()).anySatisfy(a -> {
                assertThat(a.getGuidanceId()).isEqualTo("g_x");
                assertThat(a.getStrength()).isEqualTo("strong");
            });
        }
    }

    @Test
    void aMisspelledKeyOfAGuidanceItemIsRefusedWithTheNearestAllowedKey() {
        copy.replace(guidance, "\"actions\": [\"Do x\"]", "\"action\": [\"Do x\"]");

        assertThat(refused()).contains("choice.json: guidance 'g_x': unknown key 'action' (did you mean 'actions'?)");
    }

    @Test
    void aGivingThatNamesAFindingOrValueOutsideTheCatalogueOrAStrengthNotAllowedIsRefused() {
        copy.replace(guidance, "\"id\": \"g_x\",", "\"id\": \"g_x\", \"given\": [{\"because\": \"One\", \"finding\": \"pik\", \"priority\": 5, \"strength\": \"strong\"},"
                + " {\"because\": \"Two\", \"finding\": \"pick\", \"value\": \"z\", \"priority\": 5, \"strength\": \"mighty\"}],");

        assertThat(refused()).contains("finding 'pik' is not in the findings catalogue (did you mean 'pick'?)")
                .contains("'z' is not a value of finding 'pick'; allowed: x, y")
                .contains("strength 'mighty' is not allowed; allowed: ");
    }

    @Test
    void anAskWithAPriorityOutOfRangeAnUnknownGoalOrARepeatedSentenceIsRefused() {
        declareAskOfN("{\"goal\": \"choise\", \"priority\": 150, \"because\": \"Same\"}, {\"goal\": \"choice\", \"priority\": 1, \"because\": \"Same\"}");

        assertThat(refused()).contains("question 'q_n': ask: goal 'choise' is not in areas.json")
                .contains("'priority' must be a whole number from 0 to 100; it is 150")
                .contains("'because' \"Same\" names another declaration or rule too");
    }

    @Test
    void aConditionThatIsNotOnePatternIsRefused() {
        declareAskOfN("{\"goal\": \"choice\", \"priority\": 10, \"because\": \"Broken\", \"when\": [\"Answer(questionId == \\\"q_a\\\"\"]}");

        assertThat(refused()).contains("'when' entry 'Answer(questionId == \"q_a\"' must be one DRL pattern on one line");
    }

    @Test
    void idsInsideInListsOfARuleAreCheckedToo() throws Exception {
        java.nio.file.Files.writeString(drl, java.nio.file.Files.readString(drl) + """

                rule "Either answer counts"
                when
                    Answer(questionId in ("q_a", "q_zz"))
                    Finding(key in ("pick", "pick.missing"))
                then
                    insertLogical(new Finding("level", "1"));
                end
                """);

        assertThat(refused()).contains("question 'q_zz'").contains("finding 'pick.missing' is not in the findings catalogue");
    }
}
