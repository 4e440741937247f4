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

    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][\\w.]*");

    /**
     * What the Java code itself says: its string literals, comments left out. A literal that is an id or a
     * finding value, or that holds an id as a token (as in a DRL snippet or a dotted key), names knowledge;
     * English words in comments and identifiers of the code (a method called exit) do not.
     */
    static List<String> offences(String java, Set<String> ids, Set<String> values) {
        List<String> offences = new ArrayList<>();
        Matcher m = STRING_LITERAL.matcher(stripComments(java));
        while (m.find()) {
            String literal = m.group(1);
            if (values.contains(literal)) {
                offences.add("has the finding value \"" + literal + "\"");
                continue;
            }
            Matcher t = TOKEN.matcher(literal.replace("\\\"", " "));
            while (t.find()) {
                String token = t.group().endsWith(".") ? t.group().substring(0, t.group().length() - 1) : t.group();
                if (ids.contains(token) && (literal.equals(token) || literal.contains("\\\"" + token + "\\\""))) {
                    offences.add("names '" + token + "'");
                    continue;
                }
                // a dotted key names every id it starts with (governance.primary.settled names governance.primary)
                for (int dot = token.lastIndexOf('.'); dot > 0; dot = token.lastIndexOf('.', dot - 1)) {
                    if (ids.contains(token.substring(0, dot)) && token.substring(0, dot).contains(".")) {
                        offences.add("names '" + token.substring(0, dot) + "'");
                        break;
                    }
                }
                if (token.contains(".") && ids.contains(token)) {
                    offences.add("names '" + token + "'");
                }
            }
        }
        return offences;
    }

    /** The code without comments, string literals kept as they are (a // inside a literal is not a comment). */
    private static String stripComments(String java) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(STRING_LITERAL.pattern() + "|" + COMMENT.pattern()).matcher(java);
        int last = 0;
        while (m.find()) {
            out.append(java, last, m.start());
            out.append(m.group().startsWith("\"") ? m.group() : " ");
            last = m.end();
        }
        return out.append(java.substring(last)).toString();
    }

    @Test
    void anAreaNamedLikeAnEnglishWordOrAJavaMethodDoesNotCollideWithTheCode() {
        String java = """
                /** Leaves the shell; the exit code says whether learning was saved. */
                void exit(int code) { System.exit(code); String s = "learning from the partner"; }
                """;
        assertThat(offences(java, Set.of("exit", "learning"), Set.of())).isEmpty();
    }

    @Test
    void aLiteralThatNamesAnIdOrAValueIsCaught() {
        String java = """
                String goal = "exit"; String key = "governance.primary.settled"; String drl = "Goal(area == \\"learning\\")";
                String value = "equity"; // "not a literal: exit"
                """;
        assertThat(offences(java, Set.of("exit", "governance.primary", "learning"), Set.of("equity")))
                .containsExactlyInAnyOrder("names 'exit'", "names 'governance.primary'", "names 'learning'", "has the finding value \"equity\"");
    }

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
                offences(Files.readString(file), ids, values).forEach(o -> offences.add(file + " " + o));
            }
        }
        assertThat(offences).isEmpty();
    }
}
