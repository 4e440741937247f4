package com.allianceadvisor.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;

class WorkspaceTest {
    @TempDir
    Path data;

    private Workspace workspace() {
        return new Workspace(new ContentHolder(Fixture.SMALL_RULES, Fixture.SMALL_KNOWLEDGE), new SessionStore(data));
    }

    @Test
    void partnerAnswersEnteredAfterASaveAreUnsavedAndSurviveTheNextSaveAndLoad() {
        Workspace w = workspace();
        w.start(List.of("choice")).consultation().answer("q_a", "high");
        w.save("acme");
        assertThat(w.unsaved()).isFalse();

        w.current().consultation().partnerAnswer("q_n", "2");
        assertThat(w.unsaved()).isTrue();
        w.save("acme");

        Workspace later = workspace();
        later.open(new SessionStore(data).load("acme", later.knowledge()), List.of(), "acme");
        assertThat(later.current().consultation().partnerAnswers()).containsEntry("q_n", "2");
        assertThat(later.current().consultation().answers()).containsEntry("q_a", "high");
        assertThat(later.unsaved()).isFalse();
    }

    @Test
    void aConsultationKeptAtQuitComesBackInTheNextRunWithItsPartnerAnswersAndStaysUnsaved() {
        Workspace w = workspace();
        w.start(List.of("choice")).consultation().answer("q_a", "low");
        w.current().consultation().partnerAnswer("q_n", "4");
        w.keep();

        Workspace nextRun = workspace();
        assertThat(nextRun.restore()).isTrue();
        assertThat(nextRun.current().consultation().answers()).containsEntry("q_a", "low");
        assertThat(nextRun.current().consultation().partnerAnswers()).containsEntry("q_n", "4");
        assertThat(nextRun.unsaved()).isTrue();
        assertThat(nextRun.restore()).isFalse();
    }

    @Test
    void aNewConsultationWithoutAnswersHasNothingToLose() {
        Workspace w = workspace();
        assertThat(w.unsaved()).isFalse();
        w.start(List.of());
        assertThat(w.unsaved()).isFalse();
        w.current().consultation().answer("q_a", "low");
        assertThat(w.unsaved()).isTrue();
    }

    @Test
    void goalsAllStandsForEveryGoalInTheOrderOfTheAreas() {
        Workspace w = workspace();
        assertThat(w.start(List.of("all")).consultation().goals()).containsExactly("choice", "other");
        BadInputException e = catchThrowableOfType(() -> w.start(List.of("nope")), BadInputException.class);
        assertThat(e.getMessage()).isEqualTo("option --goals: 'nope' is not a goal; allowed: choice, other, or all");
    }

    @Test
    void sessionsAreListedInWordsWithGoalTitlesAndProgress() {
        Workspace w = workspace();
        w.start(List.of("choice")).consultation().answer("q_a", "high");
        w.save("acme");

        assertThat(w.describeSessions()).singleElement().asString()
                .startsWith("acme  saved ").contains(" - A small test choice - 1 answer");
    }
}
