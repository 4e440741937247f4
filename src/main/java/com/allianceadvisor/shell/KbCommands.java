package com.allianceadvisor.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.allianceadvisor.authoring.KbValidator;
import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioResult;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.Question;

/** Commands for consultants who edit rules and knowledge: validate, test, reload, list questions. */
@ShellComponent
class KbCommands {
    private final ContentHolder content;
    private final Terminal terminal;
    private final Path knowledgeDir;

    KbCommands(ContentHolder content, Terminal terminal, @Value("${advisor.knowledge}") Path knowledgeDir) {
        this.content = content;
        this.terminal = terminal;
        this.knowledgeDir = knowledgeDir;
    }

    @ShellMethod(key = "kb validate", value = "Check the rules and knowledge base: references, fact model, compilation, unused items.")
    String validate() {
        Content c = content.get();
        List<String> warnings = KbValidator.warnings(c);
        StringBuilder sb = new StringBuilder("OK: " + c.knowledge().questions().size() + " questions, "
                + c.knowledge().guidance().size() + " guidance items, " + c.knowledge().findings().size() + " finding keys, "
                + c.rules().ruleNames().size() + " rules, " + c.knowledge().cases().size() + " training cases, "
                + c.knowledge().glossary().size() + " glossary terms (rules: " + c.rulesOrigin() + ", knowledge: " + c.knowledge().origin() + ")\n");
        warnings.forEach(w -> sb.append("warning: ").append(w).append('\n'));
        return sb.toString();
    }

    @ShellMethod(key = "kb test", value = "Run the scenario files (knowledge-base/scenarios) and the training cases (knowledge-base/cases) and show expected against actual.")
    void test(@ShellOption(defaultValue = "", help = "Run only scenarios whose file name contains this text") String filter) {
        Content c = content.get();
        ScenarioRunner runner = new ScenarioRunner(c);
        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.diskOrBuiltIn(knowledgeDir, "knowledge-base"), c.knowledge());
        List<String> failed = new ArrayList<>();
        int run = 0;
        StringBuilder sb = new StringBuilder();
        for (Scenario s : scenarios) {
            if (!s.file().contains(filter)) {
                continue;
            }
            run++;
            ScenarioResult r = runner.run(s);
            sb.append(r.passed() ? "PASS " : "FAIL ").append(s.file()).append("  ").append(s.name()).append('\n');
            r.mismatches().forEach(m -> sb.append("     ").append(m).append('\n'));
            if (!r.passed()) {
                failed.add(s.file());
            }
        }
        sb.append(run - failed.size()).append(" of ").append(run).append(" scenarios passed\n");
        terminal.writer().print(sb);
        terminal.writer().flush();
        if (!failed.isEmpty()) {
            throw new ScenarioFailure(failed.size() + " scenario(s) failed");
        }
    }

    @ShellMethod(key = "kb reload", value = "Reload rules and knowledge from disk; on errors the current content stays.")
    String reload(
            @ShellOption(defaultValue = ShellOption.NULL, help = "Folder of .drl files (default: as at start)") Path rules,
            @ShellOption(defaultValue = ShellOption.NULL, help = "Knowledge-base folder (default: as at start)") Path knowledge) {
        Content c = content.reload(rules, knowledge);
        return "Reloaded: " + c.rules().ruleNames().size() + " rules from " + c.rulesOrigin() + ", "
                + c.knowledge().questions().size() + " questions from " + c.knowledge().origin()
                + ". New consultations use it.\n";
    }

    @ShellMethod(key = "kb questions", value = "List the question bank: ids, allowed values and the question text.")
    String questions(@ShellOption(defaultValue = "", help = "Only this area") String area) {
        StringBuilder sb = new StringBuilder();
        for (Question q : content.get().knowledge().questions().values()) {
            if (area.isEmpty() || q.area().equals(area)) {
                sb.append(String.format("%-32s [%s] %s%n    %s%n", q.id(), q.area(), q.text(), q.allowedDescription()));
            }
        }
        return sb.toString();
    }

    /** A failed scenario run: exit code 1 when run non-interactively. */
    static final class ScenarioFailure extends IllegalStateException {
        ScenarioFailure(String message) {
            super(message);
        }
    }
}
