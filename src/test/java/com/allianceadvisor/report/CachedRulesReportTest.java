package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.engine.RuleCache;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentLoader;

/** The cached compiled rules are a faster path to the same reports, never to other ones. */
class CachedRulesReportTest {
    @TempDir
    Path cache;

    @Test
    void everyScenarioGivesByteForByteTheSameReportFromCachedAndFromFreshlyCompiledRules() {
        Content compiled = Fixture.real();
        ContentLoader.load(ContentFolder.onDisk(Fixture.RULES), ContentFolder.onDisk(Fixture.KNOWLEDGE), RuleCache.in(cache));
        Content cached = ContentLoader.load(ContentFolder.onDisk(Fixture.RULES), ContentFolder.onDisk(Fixture.KNOWLEDGE), RuleCache.in(cache));
        assertThat(cached.rules().fromCache()).isTrue();

        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), compiled.knowledge());
        assertThat(scenarios).isNotEmpty();
        for (Scenario s : scenarios) {
            for (Format format : List.of(Format.JSON, Format.MD)) {
                String plain = render(compiled, s, format);
                assertThat(render(cached, s, format)).as(s.file() + " " + format).isEqualTo(plain);
                assertThat(render(cached, s, format)).as(s.file() + " " + format + ", again").isEqualTo(plain);
                assertThat(render(compiled, s, format)).as(s.file() + " " + format + ", compiled again").isEqualTo(plain);
            }
        }
    }

    private static String render(Content content, Scenario s, Format format) {
        var interview = com.allianceadvisor.interview.Workspace.replayed(content, s.answers(), List.of());
        try {
            return format.render(new ReportBuilder(content.knowledge()).build(interview.consultation()), content.knowledge());
        } finally {
            interview.consultation().close();
        }
    }
}
