package com.allianceadvisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The packaged jar advising on every goal besides governance at once, with the partner's audit answers. */
class AdviseAllGoalsEndToEndTest {
    @TempDir
    Path tmp;

    private static final String ANSWERS = """
            {
             "goals": [
              "formation",
              "coordination",
              "health",
              "learning",
              "capability"
             ],
             "answers": {
              "lifecycle_stage": "operate",
              "audit_consult_before_deciding": 5,
              "audit_shared_problems": 4,
              "audit_conflict_dialogue": 4,
              "audit_mutual_gains": 5,
              "audit_reliability": 5,
              "audit_crisis_cross_reliance": 4,
              "significant_change": "none",
              "strategy_clarity": "clear",
              "terms_fit": "fit",
              "relationship_manager": "both",
              "cap_rate_capabilities": "yes",
              "internal_alignment_importance": 5,
              "internal_alignment_implementation": 1,
              "relationship_fit_importance": 5,
              "relationship_fit_implementation": 3,
              "negotiating_relationship_importance": 4,
              "negotiating_relationship_implementation": 2,
              "ground_rules_importance": 5,
              "ground_rules_implementation": 3,
              "dedicated_managers_importance": 4,
              "dedicated_managers_implementation": 3,
              "collaboration_skills_importance": 4,
              "collaboration_skills_implementation": 3,
              "collaborative_mindset_importance": 5,
              "collaborative_mindset_implementation": 2,
              "multiple_relationships_importance": 3,
              "multiple_relationships_implementation": 1,
              "relationship_audit_importance": 4,
              "relationship_audit_implementation": 1,
              "managing_change_importance": 5,
              "managing_change_implementation": 2,
              "cap_experience_count": "many",
              "cap_experience_type": "joint_ventures",
              "cap_experience_recency": "recent",
              "prior_ties": "strong",
              "cap_alliance_function": "yes",
              "cap_alliance_spread": "several_units",
              "cap_firm_size": "large",
              "cap_senior_sponsor": "yes",
              "cap_articulate": "yes",
              "cap_codify": "yes",
              "cap_share": "yes",
              "cap_internalise": "yes",
              "cap_alliance_origin": "business_units",
              "cap_locus": "both",
              "cap_learning_methods": "both",
              "alliance_phase": "commitment",
              "phase_mutual_commitment": "yes",
              "learning_intent": "yes",
              "partner_is_competitor": "no",
              "tacit_knowledge": "high",
              "knowledge_protection_level": "low",
              "learning_trust_climate": "high",
              "information_balance": "balanced",
              "knowledge_balance": "balanced",
              "parent_alliance_contact": "regular",
              "manager_rotation_plan": "yes",
              "financial_focus_meetings": "no",
              "parent_view_of_alliance": "asset",
              "learning_efficiency_ok": "yes",
              "learning_equity_ok": "yes",
              "learning_adaptability_ok": "yes",
              "interdependence": "reciprocal",
              "coord_other_relationships": "none",
              "coord_phase": "running",
              "coord_safeguards": "equity",
              "coord_track_record": "mostly",
              "coord_shared_identity": "no",
              "coord_people_stability": "stable_new",
              "cross_border": "no",
              "coord_handy_boundaries": "yes",
              "coord_handy_touch": "regularly",
              "coord_handy_learning": "yes",
              "coord_handy_breach": "yes",
              "coord_handy_leaders": "both",
              "capability_in_house": "no",
              "feasible_to_build": "no",
              "available_on_market": "no",
              "acquisition_option": "blocked",
              "complementarity": "high",
              "commitment": "high",
              "compatibility": "low"
             }
            }
            """;

    private static final String PARTNER = """
            {"answers": {"audit_consult_before_deciding": 2, "audit_shared_problems": 3, "audit_conflict_dialogue": 2, "audit_mutual_gains": 4, "audit_reliability": 2, "audit_crisis_cross_reliance": 3}}
            """;

    @Test
    void everyGoalConcludesWithItsFindingsViewsAndThePartnersPerceptionGaps() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", ANSWERS);
        Path partner = Jar.write(tmp, "partner.json", PARTNER);

        Jar.Run run = Jar.run(tmp, "advise", "--answers", answers.toString(), "--partner-answers", partner.toString(),
                "--format", "json");

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.output().substring(run.output().indexOf('{')));
        JsonNode findings = report.path("findings");
        assertThat(findings.path("strategy.mode").asText()).isEqualTo("alliance");
        assertThat(findings.path("partner.fit").asText()).isEqualTo("conditional");
        assertThat(findings.path("coordination.mechanisms").toString()).contains("programming", "hierarchy", "feedback");
        assertThat(findings.path("health.score").asInt()).isEqualTo(88);
        assertThat(findings.path("health.perception_gaps").toString())
                .contains("audit_consult_before_deciding", "audit_conflict_dialogue", "audit_reliability");
        assertThat(findings.path("learning.phase").asText()).isEqualTo("commitment");
        assertThat(findings.path("capability.largest_gap").asText()).isEqualTo("internal_alignment");
        assertThat(report.path("views").toString()).contains("capability_gaps", "learning_plan", "forming_sequence");
        assertThat(report.path("advice").toString()).contains("\"area\":\"formation\"", "\"area\":\"coordination\"",
                "\"area\":\"health\"", "\"area\":\"learning\"", "\"area\":\"capability\"");
        assertThat(report.path("pendingQuestions").toString()).contains("partner_type");
    }

    @Test
    void theMarkdownReportDrawsTheGapChartAndMarksTheCurrentLearningPhase() throws Exception {
        Path answers = Jar.write(tmp, "answers.json", ANSWERS);

        Jar.Run run = Jar.run(tmp, "advise", "--answers", answers.toString(), "--format", "md");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("## Learning plan by phase", "## Weighted capability gaps")
                .containsPattern("Internal alignment\\s+#{20,} 6\\.4")
                .containsPattern("\\*\\*\\u2192 Commitment");
    }
}
