package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.whatif.SensitivityAnalysis;

/**
 * No raw finding value id reaches a reader: every scenario's text, Markdown and HTML report is searched for
 * the catalogue's value ids. Ids that are plain words ("equity", "high") cannot be told from prose, so the
 * search covers the ids that are not: those with an underscore, or letters and digits ("unequal_jv", "step_03");
 * a bare number ("2") is a number in prose.
 */
class ReportsNameNoValueIdTest {
    private final Content content = Fixture.real();

    @TestFactory
    Stream<DynamicTest> noScenarioReportShowsAValueIdInTextMarkdownOrHtml() {
        KnowledgeBase kb = content.knowledge();
        Set<String> ids = new TreeSet<>();
        kb.findings().values().forEach(f -> f.values().stream().filter(v -> v.contains("_") || v.matches(".*[a-z].*") && v.matches(".*[0-9].*")).forEach(ids::add));
        // one pattern for all ids (longest first, so that an id is not matched by a shorter one it starts with)
        List<String> alternatives = new ArrayList<>(ids);
        alternatives.sort(java.util.Comparator.comparingInt(String::length).reversed());
        Pattern anyId = Pattern.compile("(?<![\\w-])(?:" + String.join("|", alternatives.stream().map(Pattern::quote).toList()) + ")(?![\\w-])");
        return ScenarioRunner.load(ContentFolder.onDisk(Fixture.KNOWLEDGE), kb).stream()
                .map(s -> DynamicTest.dynamicTest(s.file(), () -> {
                    Interview interview = Workspace.replayed(content, s.answers(), List.of());
                    try {
                        Report report = new ReportBuilder(kb).build(interview.consultation(),
                                new SensitivityAnalysis(kb).flips(interview.consultation()));
                        List<String> found = new ArrayList<>();
                        for (Format f : List.of(Format.TEXT, Format.MD, Format.HTML)) {
                            String text = f.render(report, kb);
                            var m = anyId.matcher(text);
                            while (m.find()) {
                                int from = Math.max(0, m.start() - 60);
                                found.add(f + ": " + m.group() + " in ..." + text.substring(from, Math.min(text.length(), m.end() + 20)));
                            }
                        }
                        assertThat(found).isEmpty();
                    } finally {
                        interview.consultation().close();
                    }
                }));
    }
}
