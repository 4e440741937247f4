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
 * other option past the leader (or level with it, when the tie-break would favour that option), counting
 * per option what each open question could still add.
 */
class SettledTopicTest {

    /** What every rule file of these tests starts with. */
    private static final String HEADER = """
            package advisor.rules;
            import com.allianceadvisor.engine.Goal;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.Evidence;
            import com.allianceadvisor.engine.Swing;
            """;

    private static final String TOPIC_RULES = HEADER + """

            rule "Options start level"
            when
                Goal(area == "t")
            then
                insertLogical(new Evidence("pick", "a", 0, "baseline"));
                insertLogical(new Evidence("pick", "b", 0, "baseline"));
                insertLogical(new Evidence("pick", "c", 0, "baseline"));
                insertLogical(new Swing("pick", "q1", "b", 2));
                insertLogical(new Swing("pick", "q2", "c", 2));
                insertLogical(new Swing("pick", "q3", 2));
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

    private static String common;
    private static RuleBase rules;

    @BeforeAll
    static void build() throws IOException {
        common = Files.readString(Path.of("rules/common.drl"));
        rules = withCommon(TOPIC_RULES);
    }

    private static RuleBase withCommon(String drl) {
        return RuleBase.build(List.of(new RuleFile("common.drl", common), new RuleFile("t.drl", drl)));
    }

    @Test
    void aLeadLargerThanWhatAnyOneRivalCanStillGainSettlesTheTopic() {
        try (Consultation c = rules.newConsultation(List.of("t"))) {
            c.answer("q0", "yes");

            // a leads by 3; b can still gain 2 (q1) + 2 (q3), c can still gain 2 (q2) + 2 (q3): not settled
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

    private static final String PAIR_RULES = HEADER + """

            rule "Options start apart"
            when
                Goal(area == "p")
            then
                insertLogical(new Evidence("duel", "b", 2, "baseline"));
                insertLogical(new Evidence("duel", "c", 0, "baseline"));
                // q1 can add 3 to c, but its answers that do also add 2 to b: it lifts c over b by 1 at most
                insertLogical(new Swing("duel", "q1", "c", "b", 1));
                insertLogical(new Swing("duel", "q2", "c", "b", 1));
            end
            """;

    @Test
    void anAnswerThatAlsoHelpsTheLeaderCountsOnlyByWhatItLiftsTheRivalOverIt() {
        try (Consultation c = withCommon(PAIR_RULES).newConsultation(List.of("p"))) {
            // b leads by 2 and q1 with q2 can lift c over it by 2 at most: a tie, which b keeps ("b" comes before "c")
            assertThat(c.findings()).containsEntry("duel", List.of("b")).containsKey("duel.settled");
        }
    }

    @Test
    void aRivalThatWouldWinATieKeepsTheTopicOpenUntilItCanNoLongerCatchUp() {
        String drl = PAIR_RULES.replace("\"b\", 2, \"baseline\"", "\"b\", 0, \"baseline\"")
                .replace("\"c\", 0, \"baseline\"", "\"c\", 2, \"baseline\"")
                .replace("\"c\", \"b\", 1", "\"b\", \"c\", 1");
        try (Consultation c = withCommon(drl).newConsultation(List.of("p"))) {
            // c leads by 2; q1 and q2 could lift b by 2, a tie that b would win ("b" comes first)
            assertThat(c.findings()).containsEntry("duel", List.of("c")).doesNotContainKey("duel.settled");
            c.answer("q1", "no");
            assertThat(c.findings()).containsKey("duel.settled");
        }
    }
}
