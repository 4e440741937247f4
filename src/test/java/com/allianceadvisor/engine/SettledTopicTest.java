package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic "settled" rule of rules/common.drl: a topic is settled once no open question can lift any
 * other option past the leader, counting per option what each open question could still add.
 */
class SettledTopicTest {

    private static final String TOPIC_RULES = """
            package advisor.rules;
            import com.allianceadvisor.engine.Goal;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.Evidence;
            import com.allianceadvisor.engine.Swing;

            rule "Options start level"
            when
                Goal(area == "t")
            then
                insertLogical(new Evidence("pick", "a", 0, "baseline"));
                insertLogical(new Evidence("pick", "b", 0, "baseline"));
                insertLogical(new Evidence("pick", "c", 0, "baseline"));
                insertLogical(new Swing("pick", "q1", "b", 2));
                insertLogical(new Swing("pick", "q2", "c", 2));
                insertLogical(new Swing("pick", "q3", 1));
            end

            rule "q0 favours a by three"
            when
                Answer(questionId == "q0", value == "yes")
            then
                insertLogical(new Evidence("pick", "a", 3, "q0"));
            end

            rule "q1 favours b by two"
            when
                Answer(questionId == "q1", value == "yes")
            then
                insertLogical(new Evidence("pick", "b", 2, "q1"));
            end
            """;

    private static RuleBase rules;

    @BeforeAll
    static void build() throws IOException {
        String common = Files.readString(Path.of("rules/common.drl"));
        rules = RuleBase.build(List.of(new RuleFile("common.drl", common), new RuleFile("t.drl", TOPIC_RULES)));
    }

    @Test
    void aLeadLargerThanWhatAnyOneRivalCanStillGainSettlesTheTopic() {
        try (Consultation c = rules.newConsultation(List.of("t"))) {
            c.answer("q0", "yes");

            // a leads by 3; b can still gain 2 (q1) + 1 (q3), c can still gain 2 (q2) + 1 (q3): not settled
            assertThat(c.findings()).containsEntry("pick", List.of("a")).doesNotContainKey("pick.settled");

            c.answer("q3", "no");
            // now b and c can each gain only 2 more, less than the lead of 3, although together they could add 4
            assertThat(c.findings()).containsEntry("pick.settled", List.of("yes"));
        }
    }

    @Test
    void anAnswerThatNarrowsTheLeadUnsettlesTheTopicAgain() {
        try (Consultation c = rules.newConsultation(List.of("t"))) {
            c.answer("q0", "yes");
            c.answer("q3", "no");
            assertThat(c.findings()).containsKey("pick.settled");

            c.withdraw("q3");
            assertThat(c.findings()).doesNotContainKey("pick.settled");
        }
    }
}
