package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases, glossary and training.json are read strictly: every mistake is an error naming file and field. */
class TrainingContentTest {
    @TempDir
    Path tmp;

    private FixtureCopy copy() {
        return new FixtureCopy(tmp);
    }

    private Path caseFile(FixtureCopy c) {
        return c.knowledge.resolve("cases/fixture-case.json");
    }

    @Test
    void theFixtureLoadsItsCaseGlossaryAndPredictionItems() {
        KnowledgeBase kb = copy().load().knowledge();

        assertThat(kb.cases()).containsKey("fixture-case");
        assertThat(kb.glossary()).containsKeys("factor_a", "the_pick");
        assertThat(kb.predictions("choice")).extracting(PredictionItem::key).containsExactly("choice.pick", "choice.tags");
        assertThat(kb.termsOfQuestion("q_a")).extracting(Term::term).containsExactly("Factor A");
    }

    @Test
    void aMisspeltKeyInACaseIsAnErrorWithAHint() {
        FixtureCopy c = copy();
        c.replace(caseFile(c), "\"whatHappened\"", "\"whatHapened\"");

        assertThatThrownBy(c::load).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("fixture-case.json: unknown key 'whatHapened' (did you mean 'whatHappened'?); allowed: ")
                .hasMessageContaining("field 'whatHappened' is required");
    }

    @Test
    void anAnswerToAnUnknownQuestionOrWithAValueNotAllowedIsAnError() {
        FixtureCopy c = copy();
        c.replace(caseFile(c), "\"q_b\": \"high\"", "\"q_z\": \"high\"");
        c.replace(caseFile(c), "\"q_a\": \"high\"", "\"q_a\": \"huge\"");

        assertThatThrownBy(c::load).hasMessageContaining("field 'answers.q_z': not a question id")
                .hasMessageContaining("field 'answers.q_a': '\"huge\"' is not allowed; allowed: low, high, unknown");
    }

    @Test
    void everyAnswerNeedsItsCodingNote() {
        FixtureCopy c = copy();
        c.replace(caseFile(c), "\"q_n\": \"They rate N at three.\"", "\"q_x\": \"stray\"");

        assertThatThrownBy(c::load).hasMessageContaining("field 'coding.q_n' is missing")
                .hasMessageContaining("field 'coding.q_x': there is no such key in 'answers'");
    }

    @Test
    void aCaseWhoseIdDiffersFromItsFileNameOrWithoutADebriefForAGoalIsAnError() {
        FixtureCopy c = copy();
        c.replace(caseFile(c), "\"id\": \"fixture-case\"", "\"id\": \"other-case\"");
        c.replace(caseFile(c), "\"debrief\": {\n    \"choice\"", "\"debrief\": {\n    \"other\"");

        assertThatThrownBy(c::load).hasMessageContaining("'other-case' must match the file name (fixture-case.json)")
                .hasMessageContaining("'other' is not one of the case's goals")
                .hasMessageContaining("field 'debrief.choice' is missing");
    }

    @Test
    void aGlossaryTermLinkingAnUnknownIdOrTermIsAnError() {
        FixtureCopy c = copy();
        Path glossary = c.knowledge.resolve("glossary.json");
        c.replace(glossary, "\"questions\": [\"q_a\"]", "\"questions\": [\"q_gone\"]");
        c.replace(glossary, "\"related\": [\"the_pick\"]", "\"related\": [\"no_term\"]");
        c.replace(glossary, "\"guidance\": [\"g_x\", \"g_y\"]", "\"guidance\": [\"g_x\", \"g_nope\"], \"finding\": []");

        assertThatThrownBy(c::load).hasMessageContaining("glossary.json: term 'factor_a': question 'q_gone' is not in the question bank")
                .hasMessageContaining("related term 'no_term' is not in the glossary")
                .hasMessageContaining("guidance 'g_nope' is not a guidance id")
                .hasMessageContaining("unknown key 'finding' (did you mean 'findings'?)");
    }

    @Test
    void aPredictionItemOnAnUnknownFindingIsAnError() {
        FixtureCopy c = copy();
        c.replace(c.knowledge.resolve("training.json"), "\"finding\": \"tags\"", "\"finding\": \"tagz\"");

        assertThatThrownBy(c::load).hasMessageContaining("training.json: prediction 'choice.tags': finding 'tagz' is not in the findings catalogue");
    }
}
