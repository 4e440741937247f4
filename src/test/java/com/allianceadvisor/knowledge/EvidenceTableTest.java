package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.Advice;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.Evidence;
import com.allianceadvisor.engine.PendingQuestion;
import com.allianceadvisor.interview.Interview;

/**
 * Weighed evidence as a table (knowledge-base/evidence/<topic>.json): the rows become rules through
 * Drools' rule templates, the swings the interview stops on are computed from the rows, and every
 * mistake in a table is a clear error naming the file and the row.
 */
class EvidenceTableTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;
    private Path table;

    private static final String ROWS = """
            {"because": "X starts the tally at zero", "option": "x", "weight": 0, "reason": "baseline"},
            {"because": "Y starts the tally at zero", "option": "y", "weight": 0, "reason": "baseline"},
            {"because": "High A favours y", "question": "q_a", "value": "high", "option": "y", "weight": 3, "reason": "A is high"},
            {"because": "Low A favours x", "question": "q_a", "value": "low", "option": "x", "weight": 3, "reason": "A is low"},
            {"because": "High B favours y a little", "question": "q_b", "value": "high", "option": "y", "weight": 1, "reason": "B is high"},
            {"because": "Low B favours x a little", "question": "q_b", "values": ["low"], "option": "x", "weight": 1, "reason": "B is \\"low\\""}
            """;

    @BeforeEach
    void replaceTheHandWrittenEvidenceByATable() throws IOException {
        copy = new FixtureCopy(tmp);
        Path drl = copy.rules.resolve("choice.drl");
        String text = Files.readString(drl);
        int from = text.indexOf("rule \"Both options start level\"");
        int to = text.indexOf("rule \"Pick x is advised\"");
        Files.writeString(drl, text.substring(0, from) + text.substring(to));
        table = copy.knowledge.resolve("evidence/pick.json");
        writeTable("true", ROWS);
    }

    private void writeTable(String settles, String rows) {
        try {
            Files.createDirectories(table.getParent());
            Files.writeString(table, "{\"$schema\": \"../schema/evidence.schema.json\", \"topic\": \"pick\", \"area\": \"choice\", \"settles\": "
                    + settles + ",\n \"rows\": [\n" + rows + "]}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String refused() {
        return copy.refusal();
    }

    @Test
    void theRowsWeighTheAnswersAndTheLeaderBringsItsAdvice() {
        Content c = copy.load();
        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "high");
            consultation.answer("q_b", "low");
            assertThat(consultation.findings().get("pick")).containsExactly("y");
            assertThat(consultation.advice()).extracting(Advice::getGuidanceId).contains("g_y").doesNotContain("g_x");
            assertThat(consultation.facts(Evidence.class)).extracting(Evidence::getReason).contains("A is high", "B is \"low\"");
        }
        assertThat(c.rules().ruleNames()).contains("High A favours y", "Low B favours x a little");
    }

    @Test
    void theTopicSettlesOnSwingsComputedFromTheRows() {
        try (Consultation consultation = copy.load().rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "high");
            assertThat(consultation.findings()).as("B can add at most 1 to x, A gave y a lead of 3").containsKey("pick.settled");
        }
        copy.replace(table, "\"option\": \"x\", \"weight\": 1", "\"option\": \"x\", \"weight\": 5");
        try (Consultation consultation = copy.load().rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "high");
            assertThat(consultation.findings()).as("a heavier row for low B is a larger swing, with no other edit").doesNotContainKey("pick.settled");
        }
    }

    @Test
    void whileItsTopicIsOpenTheInterviewAsksTheHeaviestEvidenceFirstWhateverTheDeclaredPriority() {
        copy.replace(copy.rules.resolve("choice.drl"), "new Ask(\"q_b\", \"choice\", 40)", "new Ask(\"q_b\", \"choice\", 60)");
        Content c = copy.load();
        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            Interview interview = new Interview(c.knowledge(), consultation);
            // q_b is declared first, but A weighs 3 and B 1: A is the more telling question
            assertThat(interview.next()).map(Question::id).hasValue("q_a");
            assertThat(interview.pending()).extracting(PendingQuestion::questionId).startsWith("q_a", "q_b");
        }
        writeTable("false", ROWS);
        Content plain = copy.load();
        try (Consultation consultation = plain.rules().newConsultation(List.of("choice"))) {
            assertThat(new Interview(plain.knowledge(), consultation).next()).as("a table that does not settle keeps the declared order")
                    .map(Question::id).hasValue("q_b");
        }
    }

    @Test
    void aTableThatDoesNotSettleKeepsAskingUntilEveryQuestionIsAnswered() {
        writeTable("false", ROWS);
        try (Consultation consultation = copy.load().rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "high");
            assertThat(consultation.findings()).doesNotContainKey("pick.settled");
        }
    }

    @Test
    void aMisspelledKeyInARowIsNamedWithTheNearestAllowedKey() {
        copy.replace(table, "\"option\": \"y\", \"weight\": 3", "\"option\": \"y\", \"wieght\": 3");
        assertThat(refused()).contains("evidence/pick.json", "row 3", "unknown key 'wieght'", "did you mean 'weight'");
    }

    @Test
    void aRowOnAQuestionOrValueTheBankDoesNotHaveIsRefused() {
        copy.replace(table, "\"question\": \"q_a\", \"value\": \"high\"", "\"question\": \"q_aa\", \"value\": \"high\"");
        copy.replace(table, "\"question\": \"q_b\", \"value\": \"high\"", "\"question\": \"q_b\", \"value\": \"huge\"");
        assertThat(refused()).contains("evidence/pick.json", "question 'q_aa' must be a choice question", "did you mean 'q_a'",
                "'huge' is not an answer to q_b; allowed:");
    }

    @Test
    void anOptionOutsideTheTopicAWeightOutOfRangeAndAMissingReasonAreRefused() {
        copy.replace(table, "\"option\": \"y\", \"weight\": 3", "\"option\": \"z\", \"weight\": 30");
        copy.replace(table, "\"reason\": \"A is low\"", "\"reason\": \"\"");
        assertThat(refused()).contains("option 'z' is not a value of pick; allowed: x, y", "'weight' must be a whole number from 0 to 10",
                "'reason' must be one line");
    }

    @Test
    void anOptionWithoutABaselineRowIsRefused() {
        copy.replace(table, "{\"because\": \"Y starts the tally at zero\", \"option\": \"y\", \"weight\": 0, \"reason\": \"baseline\"},", "");
        assertThat(refused()).contains("evidence/pick.json", "option 'y' has no baseline row");
    }

    @Test
    void aSettlingTableCannotWeighAFindingWhoseSwingItCannotCompute() {
        copy.replace(table, "\"question\": \"q_a\", \"value\": \"high\"", "\"finding\": \"tags\", \"value\": \"t1\"");
        assertThat(refused()).contains("a topic that settles weighs answers only");
    }

    @Test
    void theFileNameMustBeTheTopicAndTheAreaTheCataloguesArea() throws IOException {
        Files.move(table, table.resolveSibling("choice.json"));
        Path moved = table.resolveSibling("choice.json");
        copy.replace(moved, "\"area\": \"choice\"", "\"area\": \"other\"");
        assertThat(refused()).contains("evidence/choice.json", "must be in evidence/pick.json", "the catalogue files topic 'pick' under 'choice'");
    }

    @Test
    void theShippedGovernanceTableGivesPerPairSwingsThatCountWhatAnAnswerAlsoAddsToTheLeader() {
        KnowledgeBase kb = Fixture.real().knowledge();
        EvidenceTable governance = kb.evidence().stream().filter(t -> t.topic().equals("governance.primary")).findFirst().orElseThrow();
        assertThat(governance.settles()).isTrue();
        var swings = governance.netSwings();
        // high specificity adds 3 to equity; medium adds 1 to equity and 1 to contract; low adds 1 to contract
        assertThat(swings.get("asset_specificity").get("equity")).containsEntry("contract", 3).containsEntry("relational", 3);
        assertThat(swings.get("asset_specificity").get("contract")).containsEntry("equity", 1).containsEntry("relational", 1);
        assertThat(swings.get("asset_specificity")).doesNotContainKey("relational");
        // a rival partner adds 2 to equity and 1 to contract, so it can never lift the contract over equity
        assertThat(swings.get("partner_is_competitor").get("contract")).containsEntry("relational", 1).doesNotContainKey("equity");
        assertThat(GeneratedRules.swings(kb.evidence()))
                .contains("new Swing(\"governance.primary\", \"outcome_specifiability\", \"contract\", \"equity\", 3)")
                .doesNotContain("new Swing(\"governance.primary\", \"partner_is_competitor\", \"contract\", \"equity\"");
    }

    @Test
    void theTemplatesOutputIsKeptForTheSameRowsAndRenderedAgainAfterAnEdit() throws IOException {
        Path keep = tmp.resolve("kept");
        KnowledgeBase kb = copy.load().knowledge();
        String first = GeneratedRules.with(List.of(), kb, keep).stream().filter(f -> f.name().equals(GeneratedRules.EVIDENCE_FILE))
                .findFirst().orElseThrow().content();
        List<Path> kept;
        try (var files = Files.list(keep)) {
            kept = files.toList();
        }
        assertThat(kept).hasSize(2);
        for (Path k : kept) {
            Files.writeString(k, Files.readString(k).replace("A is high", "A is high (kept)"));
        }
        assertThat(GeneratedRules.with(List.of(), kb, keep)).anyMatch(f -> f.content().contains("A is high (kept)"));

        copy.replace(table, "\"reason\": \"A is high\"", "\"reason\": \"A is very high\"");
        String edited = GeneratedRules.with(List.of(), copy.load().knowledge(), keep).stream()
                .filter(f -> f.name().equals(GeneratedRules.EVIDENCE_FILE)).findFirst().orElseThrow().content();
        assertThat(edited).contains("A is very high").isNotEqualTo(first);
    }

    @Test
    void atMostTwentyKeptTextsStay() throws IOException {
        Path keep = tmp.resolve("kept");
        for (int i = 0; i < 25; i++) {
            copy.replace(table, i == 0 ? "\"reason\": \"A is high\"" : "\"reason\": \"A is high " + (i - 1) + "\"", "\"reason\": \"A is high " + i + "\"");
            GeneratedRules.with(List.of(), copy.load().knowledge(), keep);
        }
        try (var files = Files.list(keep)) {
            assertThat(files.count()).isEqualTo(20);
        }
    }
}
