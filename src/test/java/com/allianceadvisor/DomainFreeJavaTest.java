package com.allianceadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.knowledge.KnowledgeBase;

/** Knowledge is data and rules: no Java under src/main may name an area (goal) id, a question id, finding key or value, or guidance id. */
class DomainFreeJavaTest {
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noJavaUnderSrcMainNamesAnIdOrFindingValueOfTheAllianceDomain() throws IOException {
        KnowledgeBase kb = Fixture.real().knowledge();
        Set<String> ids = new HashSet<>(kb.questions().keySet());
        ids.addAll(kb.guidance().keySet());
        ids.addAll(kb.findings().keySet());
        ids.addAll(kb.areaIds());
        // views are knowledge too: their ids and the ids of their rows and columns
        kb.views().forEach(v -> {
            ids.add(v.id());
            v.rows().forEach(r -> ids.add(r.id()));
            v.columns().forEach(c -> ids.add(c.id()));
        });
        Set<String> values = new HashSet<>();
        kb.findings().values().forEach(f -> values.addAll(f.values()));
        // The engine's own vocabulary is not alliance knowledge, even where a finding value happens to use
        // the same word: "unknown" is a legal answer to every question, and the words a user may type at
        // any interview prompt, or as a shell command, are the product's own commands.
        values.removeAll(Set.of("unknown", "why", "help", "back", "quit", "exit", "partner", "advice", "answers"));
        // a goal may share its name with the shell command that serves it (the 'portfolio' goal and command):
        // the command word is the product's own, read from the command classes, not knowledge in Java
        Set<String> commandWords = new HashSet<>();
        com.allianceadvisor.shell.CommandCatalog.keys().forEach(k -> commandWords.add(k.split(" ")[0]));
        ids.removeAll(commandWords);
        values.removeAll(commandWords);
        assertThat(ids).as("the knowledge base must not be empty for this check to mean anything").hasSizeGreaterThan(20);

        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (String id : ids) {
                    if (Pattern.compile("(?<![\\w.])" + Pattern.quote(id) + "(?![\\w])").matcher(text).find()) {
                        offences.add(file + " names '" + id + "'");
                    }
                }
                Matcher m = STRING_LITERAL.matcher(text);
                while (m.find()) {
                    if (values.contains(m.group(1))) {
                        offences.add(file + " has the finding value \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
