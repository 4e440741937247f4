package com.allianceadvisor.report;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a consultation in reportable form. Finding values are a String, a Number or a
 * List of Strings, as the findings catalogue types them.
 */
public record Report(List<String> goals, Map<String, Object> findings, List<AdviceItem> advice,
                     List<String> pendingQuestions, int questionsAnswered, List<ViewData> views, Progress progress) {

    public AdviceItem advice(String id) {
        return advice.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    /** How far the interview is: questions the user answered, and an estimate of those still to be asked; null when not computed. */
    public record Progress(int asked, int estimatedRemaining) {
    }
}
