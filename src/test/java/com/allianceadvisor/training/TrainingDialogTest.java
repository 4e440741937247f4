package com.allianceadvisor.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.knowledge.ContentHolder;

/** The trainee's dialog in the shell, with typed lines scripted. */
class TrainingDialogTest {
    @TempDir
    Path data;

    private final StringWriter screen = new StringWriter();

    private TrainingService service() {
        return new TrainingService(new ContentHolder(Fixture.SMALL_RULES, Fixture.SMALL_KNOWLEDGE), data);
    }

    private TrainingDialog dialog(TrainingService s, String... lines) {
        Deque<String> typed = new ArrayDeque<>(List.of(lines));
        return new TrainingDialog(s, prompt -> {
            screen.append(prompt);
            return typed.poll();
        }, new PrintWriter(screen, true));
    }

    @Test
    void aTraineePredictsSeesTheConclusionBesideThePredictionAndTheScoreIsSaved() {
        TrainingService s = service();
        try (Exercise ex = s.open("fixture-case", List.of())) {
            ScoreCard card = dialog(s, "help", "explain the pick", "7", "1", "3").predict(ex, "ann");

            assertThat(card.score()).isZero();
        }
        String out = screen.toString();
        assertThat(out).contains("The test firm picks an option", "factor A and found it high", "1) option X", "3) unknown",
                "The option the choice goal concludes.", "'7' is not one of the options",
                "-- The advisor's conclusion (choice: 0/100)", "you: option X", "advisor: option Y", "High A favours y", "rests on: You answered q_a = high",
                "Sources: A test reference", "== What happened", "The firm picked y", "What decided the pick?", "Score: 0/100");
        assertThat(s.progress("ann")).contains("predict", "0/100");
    }

    @Test
    void quittingScoresAndSavesNothing() {
        TrainingService s = service();
        try (Exercise ex = s.open("fixture-case", List.of())) {
            assertThat(dialog(s, "quit").predict(ex, "ann")).isNull();
        }
        assertThat(s.progress("ann")).contains("No case done yet.");
    }

    @Test
    void diagnosisComparesTheTraineesAnswersWithTheCodingAndSaysWhatTheMisreadingWouldCost() {
        TrainingService s = service();
        try (Exercise ex = s.open("fixture-case", List.of())) {
            Integer agreement = dialog(s, "low", "3").diagnose(Fixture.small(), ex, "ann");

            // A low settles the pick, so B is never asked: of the three questions either side answered, only N agrees
            assertThat(agreement).isEqualTo(33);
        }
        assertThat(screen.toString()).contains("Question A?", "you: Low A; the coding: High A", "why: The narrative says factor A is high.",
                "you: (not asked: your earlier answers took the interview elsewhere); the coding: High B",
                "1 of 3 answers agree with the coding (33%)", "finding The pick: option Y -> option X", "new advice:", "withdrawn advice:");
        assertThat(s.progress("ann")).contains("diagnose");
    }

    @Test
    void stoppingADiagnosisPartWayComparesAndSavesNothing() {
        TrainingService s = service();
        try (Exercise ex = s.open("fixture-case", List.of())) {
            assertThat(dialog(s, "high", "quit").diagnose(Fixture.small(), ex, "ann")).isNull();
        }
        assertThat(screen.toString()).contains("nothing was compared or saved");
        assertThat(s.progress("ann")).contains("No case done yet.");
    }

    @Test
    void anUnreadableTrainingRecordIsReportedBeforeTheExerciseStarts() throws Exception {
        TrainingService s = service();
        java.nio.file.Files.createDirectories(data.resolve("trainees"));
        java.nio.file.Files.writeString(data.resolve("trainees/ann.json"), "{broken");
        try (Exercise ex = s.open("fixture-case", List.of())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> dialog(s, "1").predict(ex, "ann"))
                    .hasMessageContaining("ann.json").hasMessageContaining("left untouched");
        }
        assertThat(screen.toString()).doesNotContain("The test firm picks an option");
        assertThat(java.nio.file.Files.readString(data.resolve("trainees/ann.json"))).isEqualTo("{broken");
    }
}
