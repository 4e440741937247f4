package com.allianceadvisor.portfolio;

import java.util.ArrayList;
import java.util.List;

import com.allianceadvisor.engine.AllianceFact;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;

/**
 * A portfolio consultation: each alliance's own consultation is replayed, and its answers and findings
 * become {@link AllianceFact}s of one consultation for the portfolio goals, beside the portfolio's own
 * answers. The rules do all the reasoning; this class only moves facts.
 */
public final class PortfolioReview {
    private PortfolioReview() {
    }

    /**
     * @param alliances the alliances to review (sessions whose goals are all portfolio goals are left out:
     *                  they are earlier portfolio reviews, not alliances)
     * @param own       the portfolio's own answers (may be empty)
     */
    public static Interview open(Content content, List<Alliance> alliances, AnswerSet own) {
        KnowledgeBase kb = content.knowledge();
        List<String> goals = !own.goals().isEmpty() ? own.goals() : kb.portfolioGoals();
        if (goals.isEmpty()) {
            throw new BadInputException(kb.origin() + "/areas.json: 'portfolioGoals' lists no goal, so there is nothing to review a portfolio for");
        }
        List<AllianceFact> facts = new ArrayList<>();
        for (Alliance alliance : alliances) {
            if (isReview(alliance.answers(), kb)) {
                continue;
            }
            facts.addAll(facts(content, alliance));
        }
        Consultation consultation = content.rules().newConsultation(goals);
        consultation.addAllianceFacts(facts);
        own.answers().forEach(consultation::answer);
        return new Interview(kb, consultation);
    }

    /** How many alliances a review holds facts about. */
    public static long alliances(Interview review) {
        return review.consultation().facts(AllianceFact.class).stream().map(AllianceFact::getAlliance).distinct().count();
    }

    static boolean isReview(AnswerSet set, KnowledgeBase kb) {
        return !set.goals().isEmpty() && kb.portfolioGoals().containsAll(set.goals());
    }

    /** The alliance's answers (a text answer naming several names gives one fact per name) and all its findings. */
    static List<AllianceFact> facts(Content content, Alliance alliance) {
        List<AllianceFact> facts = new ArrayList<>();
        Interview interview = Workspace.replayed(content, alliance.answers(), List.of());
        try {
            interview.consultation().answers().forEach((questionId, value) -> {
                Question q = content.knowledge().question(questionId);
                if (q != null && q.isText()) {
                    for (String part : value.split(";")) {
                        if (!part.isBlank()) {
                            facts.add(new AllianceFact(alliance.id(), questionId, part.trim()));
                        }
                    }
                } else {
                    facts.add(new AllianceFact(alliance.id(), questionId, value));
                }
            });
            interview.consultation().findings().forEach((key, values) ->
                    values.forEach(v -> facts.add(new AllianceFact(alliance.id(), key, v))));
        } finally {
            interview.consultation().close();
        }
        return facts;
    }
}
