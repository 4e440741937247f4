package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The structural DRL mistakes are reported at the rule and the line where they are, with a hint, and
 * without Drools' knock-on parser messages.
 */
class DrlLintTest {
    private static final String HEADER = """
            package advisor.rules;
            import com.allianceadvisor.engine.Goal;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.Finding;

            """;
    private static final String GOOD = """
            rule "A high A is a finding"
            when
                Goal(area == "t")
                Answer(questionId == "q_a", value == "high") // a comment with ( an open bracket
            then
                insertLogical(new Finding("pick", "y"));
            end
            """;

    private static String problems(String drl) {
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class,
                () -> RuleBase.build(List.of(new RuleFile("rules/t.drl", HEADER + drl))));
        assertThat(e).as("expected the rules to be refused").isNotNull();
        return e.getMessage();
    }

    @Test
    void aMissingEndNamesTheRuleAndItsLineNotTheNextRule() {
        String message = problems(GOOD.replace("end\n", "") + GOOD.replace("A high A", "Another high A"));
        assertThat(message).contains("rules/t.drl:6: rule \"A high A is a finding\" has no 'end' before the next rule (line 12)")
                .doesNotContain("mismatched input", "null Package");
    }

    @Test
    void anUnclosedParenthesisNamesTheLineWhereItOpens() {
        String message = problems(GOOD.replace("value == \"high\")", "value == \"high\""));
        assertThat(message).contains("rules/t.drl:9: rule \"A high A is a finding\": a parenthesis opened here is not closed before 'then' (line 10)");
    }

    @Test
    void aParenthesisThatClosesNothingIsNamed() {
        String message = problems(GOOD.replace("Goal(area == \"t\")", "Goal(area == \"t\"))"));
        assertThat(message).contains("rules/t.drl:8: rule \"A high A is a finding\": a ')' here closes nothing");
    }

    @Test
    void theLastRuleWithoutEndIsNamedToo() {
        assertThat(problems(GOOD.replace("end\n", ""))).contains("rule \"A high A is a finding\" has no 'end' before the end of the file");
    }

    @Test
    void bracketsAndKeywordsInsideStringsAndCommentsAreNotCounted() {
        String drl = GOOD.replace("\"pick\", \"y\"", "\"pick\", \"y) end (\"") + "/* rule \"not a rule\" (\n when */\n";
        assertThat(DrlLint.check(new RuleFile("rules/t.drl", HEADER + drl))).isEmpty();
    }

    @Test
    void rulesWrittenOnOneLineAreReadToo() {
        String drl = "rule \"One line\" when Goal() then insertLogical(new Finding(\"n\", \"1\")); end\n"
                + "rule \"Open\" when Goal( then insertLogical(new Finding(\"n\", \"2\")); end\n";
        assertThat(DrlLint.check(new RuleFile("rules/t.drl", HEADER + drl)))
                .containsExactly("rules/t.drl:7: rule \"Open\": a parenthesis opened here is not closed before 'then' (line 7); check the brackets of this condition");
    }
}
