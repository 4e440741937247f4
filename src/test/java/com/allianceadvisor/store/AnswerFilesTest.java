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

    @Test
    void aMisspeltOrMiscapitalisedKeyIsAnErrorNotAnEmptyReport() {
        assertThat(error("{\"answerz\": {\"q_a\": \"high\"}}")).isEqualTo(
                "a.json: unknown key 'answerz' (did you mean 'answers'?); allowed: $schema, answers, goals, knowledgeVersion, name, partnerAnswers, savedAt, schemaVersion");
        assertThat(error("{\"Answers\": {}}")).contains("unknown key 'Answers' (did you mean 'answers'?)");
    }

    @Test
    void duplicateKeysAndTrailingTextAreErrors() {
        assertThat(error("{\"answers\": {\"q_a\": \"high\", \"q_a\": \"low\"}}")).startsWith("a.json:1: not valid JSON: Duplicate field 'q_a'");
        assertThat(error("{\"answers\": {}} trailing")).startsWith("a.json:1: not valid JSON:");
    }

    @Test
    void aMisspeltQuestionIdGetsAHint() {
        assertThat(error("{\"answers\": {\"q_aa\": \"high\"}}")).contains("'q_aa' is not a question id (did you mean 'q_a'?)");
    }

    @Test
    void controlCharactersAndHugeValuesAreNotEchoedRaw() {
        String huge = "x".repeat(100_000);
        String m = error("{\"answers\": {\"q_a\": \"\\u001b[31mred" + huge + "\"}}");

        assertThat(m).doesNotContain("\u001b").contains("\\u001b").hasSizeLessThan(300).doesNotContain("\n");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndInvalidUtf8NamesTheByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path bom = tmp.resolve("bom.json");
        java.nio.file.Files.write(bom, ("\uFEFF{\"answers\": {\"q_a\": \"high\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Path latin = tmp.resolve("latin.json");
        java.nio.file.Files.write(latin, new byte[] {'{', '"', 'a', (byte) 0xE9, '"', ':', '1', '}'});

        assertThat(AnswerFiles.read(bom, kb).answers()).containsEntry("q_a", "high");
        assertThat(catchThrowableOfType(BadInputException.class, () -> AnswerFiles.read(latin, kb)).getMessage())
                .isEqualTo(latin + ": not UTF-8 text (byte 4 is not valid UTF-8); save the file as UTF-8");
    }

    @Test
    void aPartnersFileMayNotCarryPartnerAnswers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path f = tmp.resolve("p.json");
        java.nio.file.Files.writeString(f, "{\"answers\": {}, \"partnerAnswers\": {\"q_a\": \"high\"}}");

        assertThat(catchThrowableOfType(BadInputException.class, () -> AnswerFiles.readPartner(f, kb)).getMessage())
                .contains("field 'partnerAnswers' is not allowed in a partner's file; put the partner's answers under 'answers'");
    }
}
