package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextQuestionTest {
    private final Question name = new Question("name_q", "area", "Name?", "Help.", Question.TEXT, List.of(), 1, 20, false,
            Citations.of(List.of("src")), "questions/area.json", true, "", List.of());

    @Test
    void namesAreTrimmedAndSeveralNamesAreSeparatedBySemicolons() {
        assertThat(name.normalise("  Acme   Corp ;Beta;; ")).contains("Acme Corp; Beta");
        assertThat(name.normalise("Unknown")).contains("unknown");
        assertThat(name.fromInput("3")).contains("3");
    }

    @Test
    void markupQuotesPathCharactersAndOverlongTextAreRefused() {
        for (String bad : List.of("<b>Acme</b>", "../etc", "a\\b", "say \"hi\"", "bell\u0007ring", "", "   ", "x".repeat(21))) {
            assertThat(name.normalise(bad)).as(bad).isEqualTo(Optional.empty());
        }
        assertThat(name.allowedDescription()).contains("up to 20", "separated by ;", "unknown");
    }
}
