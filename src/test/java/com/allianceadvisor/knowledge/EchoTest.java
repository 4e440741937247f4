package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages that quote file text stay on one line and short, without cutting the hints between quoted names. */
class EchoTest {

    @Test
    void theTextBetweenTwoQuotedNamesIsKeptWhole() {
        String message = "f.json: question 'q_aa' must be a choice question of the question bank, whatever it is (did you mean 'q_a'?)";
        assertThat(Echo.line(message)).isEqualTo(message);
    }

    @Test
    void aLongQuotedValueIsCutAndControlCharactersAreShown() {
        String line = Echo.line("f.json: value '" + "x".repeat(500) + "' is not allowed\u001b[31m");
        assertThat(line).contains("... (500 characters)' is not allowed", "\\u001b[31m").hasSizeLessThan(150);
    }

    @Test
    void anApostropheInsideAQuotedValueDoesNotEndIt() {
        String line = Echo.line("f.json: text 'the partner's " + "y".repeat(100) + "' is too long");
        assertThat(line).contains("'the partner's y").contains("(114 characters)' is too long");
    }
}
