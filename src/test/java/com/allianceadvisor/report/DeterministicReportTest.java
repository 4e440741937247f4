package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;

/** The same answers give the same report, byte for byte, however often they are run. */
class DeterministicReportTest {

    @Test
    void everyScenarioGivesTheSameJsonReportEachTimeItIsRun() {
        Content content = Fixture.real();
        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), content.knowledge());
        for (Scenario s : scenarios) {
            String first = render(content, s);
            for (int i = 0; i < 3; i++) {
                assertThat(render(content, s)).as(s.file()).isEqualTo(first);
            }
        }
    }

    static String render(Content content, Scenario s) {
        Interview interview = Workspace.replayed(content, s.answers(), List.of());
        try {
            return Format.JSON.render(new ReportBuilder(content.knowledge()).build(interview.consultation()), content.knowledge());
        } finally {
            interview.consultation().close();
        }
    }
}
