package com.allianceadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.knowledge.Content;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The two-sided audit side by side: our rating, the partner's and the gap, as a table and a chart. */
class AuditProfilesTest {
    private final Content content = Fixture.real();

    @Test
    void bothSidesRatingsAreShownSideBySideWithTheGapMarkedInEveryFormat() throws Exception {
        try (Consultation c = content.rules().newConsultation(List.of("health"))) {
            c.answer("lifecycle_stage", "operate");
            c.answer("audit_consult_before_deciding", "4");
            c.partnerAnswer("audit_consult_before_deciding", "2");
            c.answer("audit_reliability", "3");
            Report report = new ReportBuilder(content).build(c);

            ViewData audit = report.views().stream().filter(v -> v.view().id().equals("audit_profiles")).findFirst().orElseThrow();
            assertThat(audit.compared()).extracting(ViewData.Compared::questionId)
                    .containsExactly("audit_consult_before_deciding", "audit_reliability");
            assertThat(audit.compared().get(0).gap()).isEqualTo(2.0);
            assertThat(audit.compared().get(1).partner()).isNull();

            String text = Format.TEXT.render(report, content.knowledge(), true);
            assertThat(text).containsPattern("We consult before deciding\\s+4\\s+2\\s+2\\s+ours #### +partner ## +<- gap")
                    .containsPattern("Commitments will be kept\\s+3\\s+-\\s+-");
            String html = Format.HTML.render(report, content.knowledge());
            assertThat(html).contains("<tr class=\"marked\"><th>We consult before deciding</th><td>4</td><td>2</td><td>2</td>")
                    .contains("fill=\"#d9822b\"").contains(">not rated</text>");
            JsonNode rows = new ObjectMapper().readTree(Format.JSON.render(report, content.knowledge())).path("views");
            JsonNode first = null;
            for (JsonNode v : rows) {
                if (v.path("id").asText().equals("audit_profiles")) {
                    first = v.path("rows").get(0);
                }
            }
            assertThat(first).isNotNull();
            assertThat(first.path("ours").asDouble()).isEqualTo(4.0);
            assertThat(first.path("partner").asDouble()).isEqualTo(2.0);
            assertThat(first.path("gap").asDouble()).isEqualTo(2.0);
        }
    }

    @Test
    void withoutAnyRatingTheViewSaysSo() {
        try (Consultation c = content.rules().newConsultation(List.of("health"))) {
            Report report = new ReportBuilder(content).build(c);

            assertThat(Format.TEXT.render(report, content.knowledge(), true)).contains("(no ratings yet)");
        }
    }

    @Test
    void theLearningPlanChartMarksThePhaseTheAllianceIsIn() {
        try (Consultation c = content.rules().newConsultation(List.of("learning"))) {
            c.answer("lifecycle_stage", "invest");
            c.answer("phase_scope_widening", "no");
            Report report = new ReportBuilder(content).build(c);
            ViewData plan = report.views().stream().filter(v -> v.view().id().equals("learning_plan")).findFirst().orElseThrow();
            assertThat(plan.markedRow()).isNotNull();

            String html = Format.HTML.render(report, content.knowledge());
            String svg = html.substring(html.indexOf("<svg", html.indexOf(">" + plan.view().title() + "</h3>")));
            assertThat(svg.substring(0, svg.indexOf("</svg>"))).contains("you are here").contains("fill=\"#4a78b5\"");
        }
    }
}
