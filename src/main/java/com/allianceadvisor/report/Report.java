package com.allianceadvisor.report;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a consultation in reportable form. Finding values are a String, a Number or a
 * List of Strings, as the findings catalogue types them (a ranked list in rank order).
 *
 * @param summary        one headline per goal, in the order of the goals
 * @param topActions     at most {@link ReportBuilder#TOP_ACTIONS} advice items across all goals, strongest and most urgent first
 * @param findingLabels  finding key to the label of its value (or the labels of its values)
 * @param alternatives   scored topic to its options, highest score first
 * @param sensitivity    single answers that would change a headline finding; null when not computed
 * @param notes          policy notices by the finding they are a note on (not advice items)
 * @param progress       questions the user answered and an estimate of those still to be asked; null when not computed
 * @param madeWith       the knowledge base (version and folder) and the rules the report was made with
 */
public record Report(List<String> goals, Map<String, Object> findings, List<AdviceItem> advice,
                     List<String> pendingQuestions, int questionsAnswered, List<ViewData> views,
                     List<GoalSummary> summary, List<AdviceItem> topActions, Map<String, Object> findingLabels,
                     Map<String, List<Alternative>> alternatives, List<Flip> sensitivity,
                     Map<String, List<AdviceItem>> notes, Progress progress, MadeWith madeWith) {

    /** The item of that id (advice or note), or the item it is shown as (a duplicate of another area's item); null if none. */
    public AdviceItem advice(String id) {
        AdviceItem item = advice.stream().filter(a -> a.id().equals(id) || a.alsoFor().contains(id)).findFirst().orElse(null);
        if (item == null) {
            item = notes.values().stream().flatMap(List::stream).filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }
        return item;
    }

    /** One goal's headline: a plain sentence, how firm it is, and what was assumed for unknown answers. */
    public record GoalSummary(String goal, String text, String confidence, List<String> assumptions) {
    }

    /** One option of a scored topic with its total evidence weight. */
    public record Alternative(String option, String label, int score) {
    }

    /** A headline finding that would change from one value to another if one question were answered otherwise. */
    public record Flip(String finding, String from, String to, String questionId, String value) {
    }

    /** How far the interview is: questions the user answered, and an estimate of those still to be asked; null when not computed. */
    public record Progress(int asked, int estimatedRemaining) {
    }

    /** The knowledge base's version and folder, and the rules' folder (null when the builder was not told). */
    public record MadeWith(String knowledgeVersion, String knowledge, String rules) {
        /** "knowledge base 1.1 from knowledge-base (built in); rules from rules (built in)". */
        public String describe() {
            return "knowledge base " + knowledgeVersion + " from " + knowledge + (rules == null ? "" : "; rules from " + rules);
        }
    }
}
