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

import com.allianceadvisor.engine.Consultation;

/**
 * Matrix knowledge written once: the rows of knowledge-base/tables/<table>.json become rules through the
 * rule template of the rules folder that the table names, and every mismatch between the two is a clear
 * error naming the file, the row or the column, and what is allowed.
 */
class RuleTableTest {
    @TempDir
    Path tmp;
    private FixtureCopy copy;
    private Path table;
    private Path template;

    private static final String TEMPLATE = """
            template header
            value
            tag

            package advisor.rules;

            import com.allianceadvisor.engine.Goal;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.Finding;

            template "tag"

            rule "An answer of @{value} to A tags the choice @{tag}"
            when
                Goal(area == "choice")
                Answer(questionId == "q_a", value == "@{value}")
            then
                insertLogical(new Finding("tags", "@{tag}"));
            end

            end template
            """;

    @BeforeEach
    void aTableAndItsTemplate() throws IOException {
        copy = new FixtureCopy(tmp);
        template = copy.rules.resolve("choice-tags.drt");
        Files.writeString(template, TEMPLATE);
        table = copy.knowledge.resolve("tables/choice.tags.json");
        writeTable("\"columns\": [\"value\", \"tag\"], \"rows\": [[\"high\", \"t1\"], [\"low\", \"t2\"]]");
    }

    private void writeTable(String columnsAndRows) {
        try {
            Files.createDirectories(table.getParent());
            Files.writeString(table, "{\"$schema\": \"../schema/table.schema.json\", \"table\": \"choice.tags\", \"area\": \"choice\",\n"
                    + " \"template\": \"choice-tags.drt\", \"about\": \"Which answer to A tags the choice how.\",\n " + columnsAndRows + "}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachRowBecomesTheRulesOfTheTemplate() {
        Content c = copy.load();
        try (Consultation consultation = c.rules().newConsultation(List.of("choice"))) {
            consultation.answer("q_a", "low");
            assertThat(consultation.findings().get("tags")).containsExactly("t2");
            consultation.answer("q_a", "high");
            assertThat(consultation.findings().get("tags")).containsExactly("t1");
        }
        assertThat(c.rules().ruleNames()).contains("An answer of high to A tags the choice t1", "An answer of low to A tags the choice t2");
    }

    @Test
    void aColumnTheTemplateDoesNotHaveIsRefusedWithTheNearestParameterAndTheMissingOneNamed() {
        writeTable("\"columns\": [\"value\", \"tga\"], \"rows\": [[\"high\", \"t1\"]]");
        assertThat(copy.refusal())
                .contains("choice.tags.json: column 'tga' is not a parameter of rules/choice-tags.drt (did you mean 'tag'?); its parameters: value, tag")
                .contains("choice.tags.json: column 'tag' is missing: rules/choice-tags.drt uses it");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefusedByNumber() {
        writeTable("\"columns\": [\"value\", \"tag\"], \"rows\": [[\"high\", \"t1\"], [\"low\"]]");
        assertThat(copy.refusal()).contains("choice.tags.json: row 2: has 1 cells; expected 2 (value, tag)");
    }

    @Test
    void aCellThatWouldBreakTheRuleTextIsRefused() {
        writeTable("\"columns\": [\"value\", \"tag\"], \"rows\": [[\"high\", \"t\\\"1\"]]");
        assertThat(copy.refusal()).contains("choice.tags.json: row 1: 'tag' must be one line of text without double quotes");
    }

    @Test
    void anUnknownKeyIsRefusedWithTheNearestAllowedKey() {
        writeTable("\"colums\": [\"value\", \"tag\"], \"columns\": [\"value\", \"tag\"], \"rows\": [[\"high\", \"t1\"]]");
        assertThat(copy.refusal()).contains("choice.tags.json: table: unknown key 'colums' (did you mean 'columns'?)");
    }

    @Test
    void aTemplateMissingFromTheRulesFolderIsRefusedWithTheTemplatesThere() throws IOException {
        Files.move(template, copy.rules.resolve("choice-tag.drt"));
        assertThat(copy.refusal()).contains("choice.tags.json: 'template' 'choice-tags.drt' is not in the rules folder; templates there: choice-tag.drt");
    }

    @Test
    void aTableNamedOtherThanItsFileOrOutsideItsAreaIsRefused() throws IOException {
        Files.move(table, table.resolveSibling("other.tags.json"));
        table = table.resolveSibling("other.tags.json");
        assertThat(copy.refusal()).contains("other.tags.json: the table 'choice.tags' must be in tables/choice.tags.json");
    }

    @Test
    void aTemplateRuleNotGatedByTheTablesAreaIsRefused() throws IOException {
        Files.writeString(template, TEMPLATE.replace("    Goal(area == \"choice\")\n", ""));
        assertThat(copy.refusal()).contains("rule \"An answer of high to A tags the choice t1\" is not gated by its area: add Goal(area == \"choice\")");
    }

    @Test
    void anIdTheTableBringsIntoARuleIsCheckedAgainstTheKnowledgeBase() throws IOException {
        Files.writeString(template, TEMPLATE.replace("questionId == \"q_a\"", "questionId == \"q_@{value}\""));
        assertThat(copy.refusal()).contains("q_high").contains("generated/choice.tags.generated.drl");
    }

    @Test
    void aTemplateWithoutItsHeaderIsRefusedWithTheFormat() throws IOException {
        Files.writeString(template, TEMPLATE.replace("template header\n", ""));
        assertThat(copy.refusal()).contains("rules/choice-tags.drt: line 1: a rule template starts with 'template header'");
    }
}
