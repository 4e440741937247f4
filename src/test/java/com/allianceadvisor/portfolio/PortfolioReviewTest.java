package com.allianceadvisor.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.engine.AllianceFact;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;

/** The portfolio consultation on the project's rules, without Spring. */
class PortfolioReviewTest {
    @TempDir
    Path data;

    private static AnswerSet alliance(String name, String partner, String area, String purpose) {
        return new AnswerSet(List.of("formation"), Map.of("alliance_name", name, "partner_name", partner, "business_area", area,
                "alliance_status", "active", "alliance_motive", purpose), Map.of());
    }

    private static final AnswerSet NONE = new AnswerSet(List.of(), Map.of(), Map.of());

    @Test
    void eachNameOfATextAnswerBecomesItsOwnFactSoAConsortiumMemberIsRecognised() {
        List<AllianceFact> facts = PortfolioReview.facts(Fixture.real(),
                new Alliance("consortium", alliance("Research consortium", "Acme; Kappa", "Diagnostics", "resources")));

        assertThat(facts).contains(new AllianceFact("consortium", "partner_name", "Acme"),
                new AllianceFact("consortium", "partner_name", "Kappa"),
                new AllianceFact("consortium", "alliance_motive", "resources"));
    }

    @Test
    void theInterviewAsksThePortfoliosOwnQuestionsSinceTheirAnswersShapeTheReview() {
        Interview review = PortfolioReview.open(Fixture.real(), List.of(
                new Alliance("a", alliance("Acme retail", "Acme", "Retail", "new_markets")),
                new Alliance("b", alliance("Beta lab", "Beta", "Diagnostics", "resources"))), NONE);
        try {
            assertThat(review.next()).as("a text question cannot be tried out value by value, and the rules read what it says")
                    .isPresent().get().extracting(q -> q.id()).isEqualTo("strategic_needs");
            review.consultation().answer("strategic_needs", "Retail; Asia");

            assertThat(review.consultation().findings()).containsEntry("portfolio.gaps", List.of("Asia"));
            var report = new com.allianceadvisor.report.ReportBuilder(Fixture.real().knowledge()).build(review.consultation());
            var steps = report.views().stream().filter(v -> v.view().id().equals("portfolio_steps")).findFirst().orElseThrow();
            assertThat(steps.view().cells().get("step_goal").get("review_supplies"))
                    .isEqualTo("Your strategic needs: Retail, Asia; needs no alliance serves: Asia");
            assertThat(steps.view().cells().get("step_current").get("review_supplies")).startsWith("Alliances in the review: 2,");
        } finally {
            review.consultation().close();
        }
    }

    @Test
    void aPartnerNamedByTwoAlliancesHasSeveralRelationshipsWhateverTheCase() {
        Interview review = PortfolioReview.open(Fixture.real(), List.of(
                new Alliance("a", alliance("Acme retail", "Acme", "Retail", "new_markets")),
                new Alliance("b", alliance("Research consortium", "ACME; Kappa", "Diagnostics", "resources"))), NONE);
        try {
            assertThat(review.consultation().findings()).containsEntry("portfolio.multi_relationships", List.of("Acme"))
                    .containsEntry("portfolio.scale", List.of("several"));
        } finally {
            review.consultation().close();
        }
    }

    @Test
    void aGapAppearsWhenTheNeedsAreAnsweredAndGoesWhenTheAnswerIsTakenBack() {
        Interview review = PortfolioReview.open(Fixture.real(), List.of(
                new Alliance("a", alliance("Acme retail", "Acme", "Retail", "new_markets"))), NONE);
        try {
            assertThat(review.pending()).extracting(p -> p.questionId()).containsExactly("strategic_needs");
            review.answerInput("strategic_needs", "retail ;  Asia");

            assertThat(review.consultation().answers()).containsEntry("strategic_needs", "retail; Asia");
            assertThat(review.consultation().findings()).containsEntry("portfolio.gaps", List.of("Asia"));

            review.consultation().withdraw("strategic_needs");
            assertThat(review.consultation().findings()).doesNotContainKey("portfolio.gaps");
        } finally {
            review.consultation().close();
        }
    }

    @Test
    void aSavedPortfolioReviewIsNotTakenForAnAlliance() {
        AnswerSet savedReview = new AnswerSet(List.of("portfolio"), Map.of("strategic_needs", "Retail"), Map.of());
        Interview review = PortfolioReview.open(Fixture.real(), List.of(new Alliance("last-review", savedReview)), NONE);
        try {
            assertThat(review.consultation().findings()).containsEntry("portfolio.scale", List.of("none"));
        } finally {
            review.consultation().close();
        }
    }

    @Test
    void aSavedAllianceThatCannotBeReadIsNamedAndSkippedAndTheRestAreReviewed() throws Exception {
        SessionStore store = new SessionStore(data);
        store.save("acme", alliance("Acme retail", "Acme", "Retail", "new_markets"));
        store.save("beta", alliance("Beta lab", "Beta", "Diagnostics", "resources"));
        Path damaged = store.folder().resolve("damaged.json");
        Files.writeString(damaged, "{\"answers\": ");
        PortfolioService service = new PortfolioService(new ContentHolder(Fixture.RULES, Fixture.KNOWLEDGE), store);
        List<String> problems = new ArrayList<>();

        Interview review = service.fromStore(List.of(), null, problems);
        try {
            assertThat(problems).singleElement().asString().contains("damaged.json", "skipped");
            assertThat(review.consultation().findings()).containsEntry("portfolio.size", List.of("2"));
            assertThat(Files.readString(damaged)).isEqualTo("{\"answers\": ");
        } finally {
            review.consultation().close();
        }
    }

    @Test
    void aFolderWithoutAReadableAnswerFileIsBadInputNamingTheFile() throws Exception {
        Path dir = Files.createDirectories(data.resolve("answers"));
        Files.writeString(dir.resolve("only.json"), "{\"answers\": {\"alliance_name\": \"<b>x</b>\"}}");
        PortfolioService service = new PortfolioService(new ContentHolder(Fixture.RULES, Fixture.KNOWLEDGE), new SessionStore(data));

        BadInputException e = catchThrowableOfType(() -> service.fromDir(dir, null, "json"), BadInputException.class);

        assertThat(e.getMessage()).contains("only.json", "alliance_name", "no alliance could be read").doesNotContain("\n");
    }

    @Test
    void anAnswerFileNamedWithPathOrMarkupCharactersGetsAPlainAllianceId() {
        assertThat(PortfolioService.idOf(Path.of("dir", "<b>a b.json"))).isEqualTo("_b_a_b");
    }
}
