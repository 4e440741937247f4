package com.allianceadvisor.training;

import java.util.Map;

/** One finished exercise of a trainee: the case, the mode (predict or diagnose), when, and the scores. */
public record Attempt(String caseId, String mode, String date, int score, Map<String, Integer> goals, Map<String, Double> items) {
    public static final String PREDICT = "predict";
    public static final String DIAGNOSE = "diagnose";
}
