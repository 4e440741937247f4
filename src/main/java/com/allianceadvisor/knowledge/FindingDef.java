package com.allianceadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The catalogue entry of a finding key: its title, its type, its allowed values (ids, in catalogue
 * order), the label a report shows for each value, and optionally how the rules rank a list finding's
 * values: {@code rankBy} lists key prefixes of number findings (prefix + value id); the values are
 * reported largest first by the first prefix, ties broken by the next, then alphabetically. {@code area} is the
 * area its catalogue file states (the findings show under that area). {@code fromAnswers} declares the
 * values that follow from a single answer (a classification with no other condition): each becomes a
 * generated rule under the area's goal.
 */
public record FindingDef(String key, String title, String type, List<String> values, boolean internal, String file,
                         Map<String, String> labels, List<String> rankBy, String area, List<FromAnswer> fromAnswers) {

    /**
     * A value of the finding that an answer gives: when the question has one of the values, the finding
     * takes {@code gives}; {@code because} names the rule.
     */
    public record FromAnswer(String because, String question, List<String> values, String gives) {
    }

    public static final String SINGLE = "single";
    public static final String LIST = "list";
    public static final String NUMBER = "number";
    /** Several free-text values (names), reported as a list of strings and not checked against {@code values}. */
    public static final String TEXT = "text";

    public boolean isList() {
        return LIST.equals(type);
    }

    public boolean isText() {
        return TEXT.equals(type);
    }

    public boolean isNumber() {
        return NUMBER.equals(type);
    }

    /** The label of a value as a report shows it; the value itself where the catalogue has none. */
    public String label(String value) {
        String label = labels == null ? null : labels.get(value);
        return label == null ? value : label;
    }

    public boolean isRanked() {
        return !rankBy.isEmpty();
    }

}
