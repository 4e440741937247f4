package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The packaged jar reviews a folder of answer files as one portfolio, non-interactively. */
class PortfolioEndToEndTest {
    @TempDir
    Path tmp;

    private static String alliance(String name, String partner, String area, String purpose) {
        return "{\"goals\": [\"formation\"], \"answers\": {\"alliance_name\": \"" + name + "\", \"partner_name\": \"" + partner
                + "\", \"business_area\": \"" + area + "\", \"alliance_status\": \"active\", \"alliance_motive\": \"" + purpose + "\"}}";
    }

    @Test
    void withTheCapabilityGoalAlsoChosenThePortfolioCapabilitiesFeedTheCapabilityAdvice() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("alliances"));
        Jar.write(dir, "acme-retail.json", alliance("Acme retail", "Acme", "Retail", "new_markets"));
        Jar.write(dir, "gamma.json", alliance("Gamma stores", "Gamma", "Retail", "new_markets"));
        Path own = Jar.write(tmp, "portfolio.json", "{\"goals\": [\"portfolio\", \"capability\"], \"answers\": {\"strategic_needs\": \"Retail\","
                + " \"rival_partners\": \"unknown\", \"cap_portfolio_management\": \"no\"}}");

        Jar.Run run = Jar.run(tmp, "portfolio", "--dir", dir.toString(), "--answers", own.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.output().substring(run.output().indexOf('{')));
        assertThat(report.path("findings").path("capability.portfolio_needs").toString()).contains("configure", "resolve_conflicts");
        assertThat(report.path("advice").toString()).contains("\"cap_portfolio_capabilities\"");
    }

    @Test
    void aFolderOfAnswerFilesIsReviewedAsOnePortfolioAndUnreadableFilesAreNamedAndSkipped() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("alliances"));
        Jar.write(dir, "acme-retail.json", alliance("Acme retail", "Acme", "Retail", "new_markets"));
        Jar.write(dir, "acme-lab.json", alliance("Acme lab", "Acme; Kappa", "Diagnostics", "resources"));
        Jar.write(dir, "gamma.json", alliance("Gamma stores", "Gamma", "retail", "new_markets"));
        Jar.write(dir, "damaged.json", "{\"answers\": {\"alliance_name\": ");
        Jar.write(dir, "markup.json", alliance("<script>alert(1)</script>", "Evil", "Retail", "new_markets"));
        Jar.write(dir, "notes.txt", "not an answer file");
        Path own = Jar.write(tmp, "portfolio.json", "{\"answers\": {\"strategic_needs\": \"Retail; Diagnostics; Asia\", \"rival_partners\": \"unknown\"}}");

        Jar.Run run = Jar.run(tmp, "portfolio", "--dir", dir.toString(), "--answers", own.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("damaged.json", "markup.json", "skipped").doesNotContain("notes.txt");
        JsonNode report = new ObjectMapper().readTree(run.output().substring(run.output().indexOf('{')));
        assertThat(report.path("goals").toString()).isEqualTo("[\"portfolio\"]");
        JsonNode findings = report.path("findings");
        assertThat(findings.path("portfolio.multi_relationships").toString()).isEqualTo("[\"Acme\"]");
        assertThat(findings.path("portfolio.overlaps").toString()).isEqualTo("[\"Acme retail\",\"Gamma stores\"]");
        assertThat(findings.path("portfolio.gaps").toString()).isEqualTo("[\"Asia\"]");
        assertThat(findings.path("portfolio.size").asInt()).isEqualTo(3);
        assertThat(report.path("pendingQuestions").size()).isZero();
        JsonNode multi = null;
        for (JsonNode a : report.path("advice")) {
            if (a.path("id").asText().equals("port_multi_relationships")) {
                multi = a;
            }
        }
        assertThat(multi).as("advice on several relationships with one partner").isNotNull();
        assertThat(multi.path("because").toString()).contains("alliance acme-lab: partner_name = Acme");
        assertThat(multi.path("sources").toString()).contains("vantage_2007");
    }

    @Test
    void theHtmlReportDrawsThePortfolioMapAndEscapesNames() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("alliances"));
        Jar.write(dir, "a&b.json", alliance("Acme & Sons", "Acme", "Retail", "new_markets"));
        Jar.write(dir, "beta.json", "{\"answers\": {\"partner_name\": \"Beta\", \"alliance_status\": \"candidate\"}}");

        Jar.Run run = Jar.run(tmp, "portfolio", "--dir", dir.toString(), "--format", "html");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("<svg", "Acme &amp; Sons", "candidate").doesNotContain("Acme & Sons").doesNotContain("a&b");
    }

    @Test
    void aFolderWithoutAnyReadableAllianceExitsWithTwoAndNamesTheFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("alliances"));
        Jar.write(dir, "damaged.json", "[1, 2");

        Jar.Run run = Jar.run(tmp, "portfolio", "--dir", dir.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("damaged.json", "no alliance could be read");
    }
}
