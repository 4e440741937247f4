package com.allianceadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.KnowledgeBase;

class SessionStoreTest {
    @TempDir
    Path data;
    private final KnowledgeBase kb = Fixture.small().knowledge();

    @Test
    void aSavedSessionLoadsWithTheSameGoalsAndAnswers() {
        SessionStore store = new SessionStore(data);
        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "high"), Map.of("q_n", "2")));

        AnswerSet loaded = store.load("acme", kb);

        assertThat(loaded.goals()).containsExactly("choice");
        assertThat(loaded.answers()).containsEntry("q_a", "high");
        assertThat(loaded.partnerAnswers()).containsEntry("q_n", "2");
        assertThat(store.list()).singleElement().asString().startsWith("acme");
    }

    @Test
    void aSessionSavedWithAnotherKnowledgeBaseVersionSaysSoWhenLoadedAndOneWithTheSameVersionDoesNot() {
        SessionStore store = new SessionStore(data);
        store.save("old", new AnswerSet(List.of("choice"), Map.of("q_a", "high"), Map.of()), "0.9");
        store.save("same", new AnswerSet(List.of("choice"), Map.of("q_a", "high"), Map.of()), kb.version());

        assertThat(store.open("old", kb).versionNote(kb)).startsWith("Saved with knowledge base 0.9; re-evaluated with " + kb.version());
        assertThat(store.open("same", kb).versionNote(kb)).isEmpty();
        assertThat(store.open("old", kb).answers().answers()).containsEntry("q_a", "high");
    }

    @Test
    void savingLeavesNoTemporaryFilesAndWritesTheSchemaVersion() throws Exception {
        SessionStore store = new SessionStore(data);
        store.save("acme", new AnswerSet(List.of("choice"), Map.of(), Map.of()));
        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "low"), Map.of()));

        try (var files = Files.list(store.folder())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("acme.json");
        }
        assertThat(Files.readString(store.folder().resolve("acme.json"))).contains("\"schemaVersion\" : 1", "\"q_a\" : \"low\"");
    }

    @Test
    void aDamagedFileIsReportedByNameAndLeftUntouched() throws Exception {
        SessionStore store = new SessionStore(data);
        Files.createDirectories(store.folder());
        Path file = store.folder().resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"answers\": {\"q_a\": ");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> store.load("broken", kb));

        assertThat(e.getMessage()).contains(file.toString()).contains("not valid JSON");
        assertThat(Files.readString(file)).isEqualTo("{\"schemaVersion\": 1, \"answers\": {\"q_a\": ");
        assertThat(store.list()).singleElement().asString().contains("cannot be read");
    }

    @Test
    void aFileFromAnotherSchemaVersionIsRefused() throws Exception {
        SessionStore store = new SessionStore(data);
        Files.createDirectories(store.folder());
        Files.writeString(store.folder().resolve("old.json"), "{\"schemaVersion\": 0, \"answers\": {}}");

        BadInputException e = catchThrowableOfType(BadInputException.class, () -> store.load("old", kb));

        assertThat(e.getMessage()).contains("field 'schemaVersion'").contains("allowed: 1");
    }

    @Test
    void aSessionNameWithPathCharactersIsRefused() {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> new SessionStore(data).save("../x", new AnswerSet(List.of(), Map.of(), Map.of())));

        assertThat(e.getMessage()).contains("session name '../x' is not allowed");
    }

    @Test
    void savingAgainKeepsTheEarlierAssessmentAsHistoryAndNeverOverwritesIt() throws Exception {
        SessionStore store = new SessionStore(data);
        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "low"), Map.of()));
        String first = Files.readString(store.folder().resolve("acme.json"));
        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "high"), Map.of()));
        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "high"), Map.of("q_n", "3")));

        List<SessionStore.Assessment> history = store.history("acme", kb, new java.util.ArrayList<>());

        assertThat(history).hasSize(3);
        assertThat(history.get(0).answers().answers()).containsEntry("q_a", "low");
        assertThat(history.get(2).answers().partnerAnswers()).containsEntry("q_n", "3");
        try (var kept = Files.list(data.resolve("history/acme"))) {
            List<Path> files = kept.sorted().toList();
            assertThat(files).hasSize(2);
            assertThat(Files.readString(files.get(0))).isEqualTo(first);
        }
        assertThat(store.names()).containsExactly("acme");
    }

    @Test
    void aDamagedEarlierAssessmentIsNamedAndSkippedInTheHistory() throws Exception {
        SessionStore store = new SessionStore(data);
        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "low"), Map.of()));
        Files.createDirectories(data.resolve("history/acme"));
        Files.writeString(data.resolve("history/acme/0001.json"), "{ broken");
        List<String> problems = new java.util.ArrayList<>();

        assertThat(store.history("acme", kb, problems)).hasSize(1);
        assertThat(problems).singleElement().asString().contains("0001.json", "skipped");
    }

    private String error(Runnable r) {
        return catchThrowableOfType(BadInputException.class, r::run).getMessage();
    }

    private List<String> dataFiles() throws Exception {
        if (!Files.exists(data)) {
            return List.of();
        }
        try (var files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).map(p -> data.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aSchemaVersionThatIsTextAFractionOrMissingIsRefusedAndTheFileKept() throws Exception {
        SessionStore store = new SessionStore(data);
        Files.createDirectories(store.folder());
        Files.writeString(store.folder().resolve("text.json"), "{\"schemaVersion\": \"1\", \"answers\": {}}");
        Files.writeString(store.folder().resolve("frac.json"), "{\"schemaVersion\": 1.9, \"answers\": {}}");
        Files.writeString(store.folder().resolve("none.json"), "{\"answers\": {}}");

        assertThat(error(() -> store.load("text", kb))).contains("field 'schemaVersion' is \"1\"; allowed: 1 (a whole number)");
        assertThat(error(() -> store.load("frac", kb))).contains("field 'schemaVersion' is 1.9; allowed: 1");
        assertThat(error(() -> store.load("none", kb))).contains("field 'schemaVersion' is missing; allowed: 1");
        assertThat(Files.readString(store.folder().resolve("text.json"))).isEqualTo("{\"schemaVersion\": \"1\", \"answers\": {}}");
    }

    @Test
    void aSessionWhoseQuestionWasRetiredLoadsWithoutItAndSaysSo() throws Exception {
        SessionStore store = new SessionStore(data);
        Files.createDirectories(store.folder());
        Path file = store.folder().resolve("older.json");
        String text = "{\"schemaVersion\": 1, \"goals\": [\"choice\", \"gone\"], \"answers\": {\"q_a\": \"high\", \"q_retired\": \"yes\", "
                + "\"q_b\": \"extreme\"}, \"partnerAnswers\": {\"q_old\": \"1\"}}";
        Files.writeString(file, text);

        SessionStore.Loaded loaded = store.open("older", kb);

        assertThat(loaded.answers().answers()).containsExactly(Map.entry("q_a", "high"));
        assertThat(loaded.answers().goals()).containsExactly("choice");
        assertThat(loaded.dropped()).containsExactly("answer to 'q_retired' (the question was retired)",
                "answer 'extreme' to 'q_b' (no longer allowed; allowed: low, high, unknown)",
                "partner's answer to 'q_old' (the question was retired)", "goal 'gone' (no longer offered)");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void unsafeNamesAreRefusedWithWhatIsAllowedAndNothingIsWritten() throws Exception {
        SessionStore store = new SessionStore(data);
        AnswerSet set = new AnswerSet(List.of("choice"), Map.of(), Map.of());
        for (String name : List.of("", " ", "..", "../x", "a/b", "/etc/passwd", "C:\\x", "a\u0000b", "a\nb", "\u001b[2J", "con", "NUL.txt",
                "com1", "x".repeat(300), "<script>alert(1)</script>", "-dash", "a..b", "trailing.")) {
            assertThat(error(() -> store.save(name, set))).as(name).contains("use letters, digits, '-', '_' or '.'")
                    .doesNotContain("\u0000").doesNotContain("\n").doesNotContain("\u001b");
            assertThat(dataFiles()).as(name).isEmpty();
        }
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreCleanedUpAndNeverShadowTheSession() throws Exception {
        SessionStore store = new SessionStore(data);
        Files.createDirectories(store.folder());
        Path stale = store.folder().resolve(".acme.json123.tmp");
        Files.writeString(stale, "{\"half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));

        store.save("acme", new AnswerSet(List.of("choice"), Map.of("q_a", "low"), Map.of()));

        assertThat(dataFiles()).containsExactly("sessions/acme.json");
        assertThat(store.list()).singleElement().asString().startsWith("acme");
    }

    @Test
    void aSessionsFolderThatCannotBeMadeSaysWhy() throws Exception {
        Files.writeString(data.resolve("file"), "not a folder");
        SessionStore store = new SessionStore(data.resolve("file"));

        assertThat(error(() -> store.save("acme", new AnswerSet(List.of(), Map.of(), Map.of()))))
                .contains("cannot be written (").doesNotContain("()").contains("nothing was changed");
    }
}
