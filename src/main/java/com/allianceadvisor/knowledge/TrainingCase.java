package com.allianceadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A training case: a real alliance told up to a decision, coded as answers to the advisor's questions,
 * with the documented outcome and the trainer's debrief per goal.
 */
public record TrainingCase(String id, String title, int year, String industry, List<String> partners, List<String> goals,
                           int difficulty, String narrative, Map<String, String> answers, Map<String, String> partnerAnswers,
                           Map<String, String> coding, Map<String, String> partnerCoding, String whatHappened,
                           Map<String, List<Debrief>> debrief, List<String> sources, ContentFile file) {

    /** The keys of a case file. */
    public static final java.util.Set<String> KEYS = java.util.Set.of("$schema", "id", "title", "year", "industry", "partners", "goals",
            "difficulty", "narrative", "answers", "partnerAnswers", "coding", "partnerCoding", "whatHappened", "debrief",
            "sources", "expect");

    /** A discussion question and the points the trainer wants to hear. */
    public record Debrief(String question, List<String> points) {
    }
}
