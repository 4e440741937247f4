package com.allianceadvisor.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.FixtureCopy;
import com.allianceadvisor.report.Format;

/** A consultant's faulty rule fails only the answer files it fires for; the batch goes on with the rest. */
class BatchRuleFaultTest {
    @TempDir
    Path tmp;

    @Test
    void aRuleThatThrowsFailsOnlyTheFileItFiresForAndTheSummaryNamesTheRule() throws Exception {
        FixtureCopy copy = new FixtureCopy(tmp);
        Path drl = copy.rules.resolve("choice.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "A broken consequence"
                when
                    Goal(area == "choice")
                    Answer(questionId == "q_b", value == "high")
                then
                    insertLogical(new Finding("level", String.valueOf(Integer.parseInt("not a number"))));
                end
                """);
        Content content = copy.load();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.json"), "{\"goals\": [\"choice\"], \"answers\": {\"q_a\": \"high\"}}");
        Files.writeString(in.resolve("b.json"), "{\"goals\": [\"choice\"], \"answers\": {\"q_b\": \"high\"}}");
        Files.writeString(in.resolve("c.json"), "{\"goals\": [\"choice\"], \"answers\": {\"q_a\": \"low\"}}");

        BatchAdvice.Result result = new BatchAdvice(content, List.of(), Format.JSON, false)
                .run(in, tmp.resolve("out"), 2, (done, total) -> { });

        assertThat(result.advised()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        List<String> summary = Files.readAllLines(result.summary());
        assertThat(summary.get(1)).startsWith("a.json,choice,");
        assertThat(summary.get(2)).startsWith("b.json,,,,").contains("\"\"A broken consequence\"\"").contains("NumberFormatException");
        assertThat(summary.get(3)).startsWith("c.json,choice,");
        assertThat(tmp.resolve("out/a.json")).exists();
        assertThat(tmp.resolve("out/c.json")).exists();
        assertThat(tmp.resolve("out/b.json")).doesNotExist();
    }
}
