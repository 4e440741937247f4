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
}
