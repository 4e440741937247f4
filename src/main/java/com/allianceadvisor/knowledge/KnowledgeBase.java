package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.engine.PendingQuestion;

/**
 * The immutable, validated content of {@code knowledge-base/}. {@code portfolioGoals} are the goals of a
 * portfolio review: a consultation over the saved alliances rather than a single one. {@code crosswalks} map
 * a scale asked once onto the other models of the same thing (see {@link Crosswalk}); {@code evidence} holds the
 * weighed-evidence tables of the scored topics (see {@link EvidenceTable}); {@code tables} the matrix knowledge
 * whose rows a rule template of the rules folder turns into rules (see {@link RuleTable}).
 */
public record KnowledgeBase(String origin, List<Area> areas, List<String> defaultGoals, List<String> strengths, Map<String, Source> sources, Map<String, Question> questions,
                            Map<String, Guidance> guidance, Map<String, FindingDef> findings,
                            List<View> views, Map<String, TrainingCase> cases, Map<String, Term> glossary,
                            List<PredictionItem> predictions, List<String> portfolioGoals, String version,
                            List<Crosswalk> crosswalks, Map<String, Integer> questionPositions, Map<String, Integer> areaRanks,
                            List<EvidenceTable> evidence, List<RuleTable> tables) {

    public TrainingCase trainingCase(String id) {
        return cases.get(id);
    }

    /** The glossary term a user typed (id, name or alias, any case), or null. */
    public Term term(String typed) {
        Term exact = glossary.get(typed);
        if (exact != null) {
            return exact;
        }
        return glossary.values().stream().filter(t -> t.matches(typed)).findFirst().orElse(null);
    }

    /** The glossary terms whose subject is this question, in glossary order. */
    public List<Term> termsOfQuestion(String questionId) {
        return glossary.values().stream().filter(t -> t.questions().contains(questionId)).toList();
    }

    /** The glossary terms that a finding expresses, in glossary order. */
    public List<Term> termsOfFinding(String findingKey) {
        return glossary.values().stream().filter(t -> t.findings().contains(findingKey)).toList();
    }

    /** What a trainee predicts for a goal, in the order of training.json. */
    public List<PredictionItem> predictions(String goal) {
        return predictions.stream().filter(p -> p.goal().equals(goal)).toList();
    }

    /** Rank of an advice strength, strongest first (unknown strengths last). */
    public int strengthRank(String strength) {
        int i = strengths.indexOf(strength);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public Question question(String id) {
        return questions.get(id);
    }

    public Guidance guidance(String id) {
        return guidance.get(id);
    }

    public FindingDef finding(String key) {
        return findings.get(key);
    }

    public Area area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    public List<String> areaIds() {
        List<String> ids = new ArrayList<>();
        areas.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** Position of an area in display order (unknown areas last). */
    public int areaRank(String id) {
        return areaRanks.getOrDefault(id, Integer.MAX_VALUE);
    }

    /**
     * The order of the interview: goal by goal in the order of areas.json (a question several goals need
     * comes with the first of them), then highest priority first, then as in the question bank.
     */
    public Comparator<PendingQuestion> askingOrder() {
        return Comparator.comparingInt((PendingQuestion p) -> p.goals().stream().mapToInt(this::areaRank).min()
                        .orElse(Integer.MAX_VALUE))
                .thenComparing(Comparator.comparingInt(PendingQuestion::priority).reversed())
                .thenComparing(PendingQuestion::questionId, questionOrder());
    }

    /** Orders question ids as they appear in the question bank. */
    public Comparator<String> questionOrder() {
        return Comparator.comparingInt((String id) -> questionPositions.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Position of each question in the bank and rank of each area in areas.json, computed once at load. */
    static Map<String, Integer> positions(java.util.Collection<String> ids) {
        Map<String, Integer> position = new java.util.HashMap<>();
        for (String id : ids) {
            position.putIfAbsent(id, position.size());
        }
        return java.util.Collections.unmodifiableMap(position);
    }
}
