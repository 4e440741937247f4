package com.allianceadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.KnowledgeBase;

class AnswerFilesTest {
    private final KnowledgeBase kb = Fixture.small().knowledge();

    private String error(String json) {
        return catchThrowableOfType(BadInputException.class, () -> AnswerFiles.parse("a.json", json, kb)).getMessage();
    }

    @Test
    void readsGoalsAnswersAndNumbers() {
        AnswerSet set = AnswerFiles.parse("a.json", "{\"goals\": [\"choice\"], \"answers\": {\"q_a\": \"HIGH\", \"q_n\": 5}}", kb);

        assertThat(set.goals()).containsExactly("choice");
        assertThat(set.answers()).containsEntry("q_a", "high").containsEntry("q_n", "5");
    }

    @Test
    void anUnknownQuestionIdNamesTheFieldAndTheFile() {
        assertThat(error("{\"answers\": {\"q_zz\": \"high\"}}")).isEqualTo(
                "a.json: field 'answers.q_zz': 'q_zz' is not a question id (see 'kb questions')");
    }

    @Test
    void aValueThatIsNotAllowedListsTheAllowedValues() {
        assertThat(error("{\"answers\": {\"q_a\": \"extreme\"}}")).isEqualTo(
                "a.json: field 'answers.q_a': 'extreme' is not allowed; allowed: low, high, unknown");
        assertThat(error("{\"answers\": {\"q_n\": 9}}")).contains("allowed: a whole number from 1 to 5, or unknown");
    }

    @Test
    void anUnknownGoalListsTheGoals() {
        assertThat(error("{\"goals\": [\"nope\"]}")).contains("field 'goals': 'nope' is not a goal; allowed: choice, other");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThat(error("{\n\"answers\": {\"q_a\" \"x\"}}")).startsWith("a.json:2: not valid JSON");
    }

    @Test
    void anUnfinishedFileGetsOneShortLineWithoutTheParsersInternals() {
        assertThat(error("{\"answers\": {")).isEqualTo(
                "a.json:1: not valid JSON: Unexpected end-of-input: expected close marker for Object (column 14)");
    }
}
