package com.allianceadvisor.training;

import java.util.List;
import java.util.Map;

/** A scored prediction of one case: the total (0-100), the score per goal and every item. */
public record ScoreCard(String caseId, String trainee, int score, Map<String, Integer> goals, List<ScoredItem> items) {
}
