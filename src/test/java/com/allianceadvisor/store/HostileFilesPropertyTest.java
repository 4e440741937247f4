package com.allianceadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.Mutations;
import com.allianceadvisor.knowledge.KnowledgeBase;

/**
 * Property-based: generated and mutated answer, partner and session files always end in answers or in
 * one short line naming the file (exit 2 in the shell) — never another exception — and loading never
 * changes a file. Each case is one seed, shown in the test name, so a failure can be replayed.
 */
class HostileFilesPropertyTest {
    private static final String ANSWERS = "{\"goals\": [\"choice\"], \"answers\": {\"q_a\": \"high\", \"q_n\": 3}, \"partnerAnswers\": {\"q_n\": \"2\"}}";
    private static final String SESSION = "{\"schemaVersion\": 1, \"name\": \"s\", \"savedAt\": \"2026-01-01T00:00:00Z\", "
            + "\"goals\": [\"choice\"], \"answers\": {\"q_a\": \"low\"}, \"partnerAnswers\": {}}";
    private static KnowledgeBase kb;
    private static Path dir;
    private static int tried;
    private static int clear;

    @BeforeAll
    static void setUp() throws Exception {
        kb = Fixture.small().knowledge();
        dir = Files.createTempDirectory("hostile");
    }

    @AfterAll
    static void report() {
        System.out.println("hostile files: " + tried + " tried, " + clear + " clear one-line errors, " + (tried - clear) + " read as answers, 0 other outcomes");
    }

    private static Stream<DynamicTest> seeds(String what, int count, SeedCheck check) {
        return IntStream.range(0, count).mapToObj(i -> DynamicTest.dynamicTest(what + " #" + i, () -> check.run(new Random(31L * i + what.hashCode()))));
    }

    private interface SeedCheck {
        void run(Random random) throws Exception;
    }

    private static void oneLine(BadInputException e, String name) {
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b").hasSizeLessThan(400).contains(name);
    }

    @TestFactory
    Stream<DynamicTest> anAnswerFileEndsInAnswersOrOneLineNamingTheFile() {
        return seeds("answer file", 400, random -> {
            byte[] bytes = Mutations.mutate(ANSWERS, random);
            Path file = dir.resolve("answers.json");
            Files.write(file, bytes);
            tried++;
            try {
                AnswerSet set = AnswerFiles.read(file, kb);
                assertThat(set.answers().keySet()).allMatch(q -> kb.question(q) != null);
            } catch (BadInputException e) {
                clear++;
                oneLine(e, file.toString());
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        });
    }

    @TestFactory
    Stream<DynamicTest> aPartnerFileEndsInAnswersOrOneLineNamingTheFile() {
        return seeds("partner file", 200, random -> {
            byte[] bytes = Mutations.mutate("{\"answers\": {\"q_n\": 4}}", random);
            Path file = dir.resolve("partner.json");
            Files.write(file, bytes);
            tried++;
            try {
                AnswerFiles.readPartner(file, kb);
            } catch (BadInputException e) {
                clear++;
                oneLine(e, file.toString());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aSessionFileLoadsOrGivesOneLineAndIsNeverChanged() {
        return seeds("session file", 300, random -> {
            SessionStore store = new SessionStore(dir);
            Files.createDirectories(store.folder());
            byte[] bytes = Mutations.mutate(SESSION, random);
            Path file = store.folder().resolve("s.json");
            Files.write(file, bytes);
            tried++;
            try {
                SessionStore.Loaded loaded = store.open("s", kb);
                assertThat(loaded.answers().answers().keySet()).allMatch(q -> kb.question(q) != null);
            } catch (BadInputException e) {
                clear++;
                oneLine(e, file.toString());
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            try (var files = Files.list(store.folder())) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("s.json");
            }
        });
    }
}
