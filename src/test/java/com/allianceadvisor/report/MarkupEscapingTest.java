package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.FixtureCopy;

/** Knowledge texts carrying markup, link syntax and line breaks cannot inject anything into the Markdown or HTML report. */
class MarkupEscapingTest {
    @TempDir
    Path tmp;

    @Test
    void markupAndLinkSyntaxFromTheKnowledgeBaseAreEscapedInMarkdownAndHtml() {
        FixtureCopy copy = new FixtureCopy(tmp);
        copy.replace(copy.knowledge.resolve("guidance/choice.json"), "\"title\": \"Go for y\", \"text\": \"Y is right.\", \"actions\": [\"Do y\"]",
                "\"title\": \"Go <script>alert(1)</script> for y\", \"text\": \"See [this](javascript:alert(1))\\n# injected heading\","
                        + " \"actions\": [\"<img src=x onerror=alert(1)>\"]");
        Content content = copy.load();
        try (Consultation c = content.rules().newConsultation(List.of("choice"))) {
            c.answer("q_a", "high");
            Report report = new ReportBuilder(content.knowledge()).build(c);

            String md = Format.MD.render(report, content.knowledge());
            String html = Format.HTML.render(report, content.knowledge());

            assertThat(md).doesNotContain("<script>").doesNotContain("](javascript:").doesNotContain("<img").contains("&lt;script&gt;");
            assertThat(md.lines()).noneMatch(l -> l.startsWith("# injected"));
            assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("href=\"javascript:");
        }
    }
}
