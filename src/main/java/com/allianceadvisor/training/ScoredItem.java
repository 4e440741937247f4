package com.allianceadvisor.training;

import java.util.List;

/**
 * One predicted item, scored: what the trainee predicted, what the advisor concludes from the case,
 * the credit (0 to 1; null when the advisor reaches no conclusion on it, so it is not scored), and why.
 */
public record ScoredItem(String key, String goal, String label, List<String> predicted, List<String> expected, double credit,
                         boolean scored, List<String> explanation, List<String> sources) {
}
