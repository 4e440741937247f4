package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.whatif.SensitivityAnalysis;

/** The report of a six-goal consultation on the project's own knowledge, as a manager reads it. */
class ManagerReportTest {
    static final Path SIX_GOALS = Path.of("src/test/resources/report/six-goals.json");
    private final Content content = Fixture.real();
    private Interview interview;

    @BeforeEach
    void replay() {
        interview = Workspace.replayed(content, AnswerFiles.read(SIX_GOALS, content.knowledge()), List.of());
    }

    @AfterEach
    void close() {
        interview.consultation().close();
    }

    private Report report() {
        return new ReportBuilder(content.knowledge()).build(interview.consultation(),
                new SensitivityAnalysis(content.knowledge()).flips(interview.consultation()));
    }

    @Test
    void dump() throws Exception {
        Report r = report();
        Files.createDirectories(Path.of("target/report-dump"));
        for (Format f : Format.values()) {
            Files.writeString(Path.of("target/report-dump/six." + f.name().toLowerCase()), f.render(r, content.knowledge()));
        }
        Files.writeString(Path.of("target/report-dump/six-short.text"), Format.TEXT.render(r, content.knowledge(), false));
    }
}
