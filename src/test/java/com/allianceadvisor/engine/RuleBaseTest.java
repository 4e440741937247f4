package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleBaseTest {

    @Test
    void aCompileErrorNamesTheFileAndTheLine() {
        String broken = """
                package advisor.rules;
                import com.allianceadvisor.engine.Goal;

                rule "Broken"
                when
                    Goal(area == )
                then
                end
                """;
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class,
                () -> RuleBase.build(List.of(new RuleFile("rules/broken.drl", broken))));

        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems().get(0)).startsWith("rules/broken.drl:6:");
    }

    @Test
    void noRulesAtAllIsAnError() {
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> RuleBase.build(List.of()));

        assertThat(e.getMessage()).contains("no .drl files");
    }
}
