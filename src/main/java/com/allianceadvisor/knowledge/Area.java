package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal the user can pick: an area of advice. {@code summary} is the template of the area's one-sentence
 * headline in reports: {@code {findingKey}} stands for the label of the finding's value and
 * {@code {findingKey|runnerUp}} for the runner-up option of a scored topic; a ';'-separated part whose
 * findings are missing is left out. {@code confidence} names the finding that says how firm the headline is;
 * while it has one of the {@code weakConfidence} values, advice resting on a headline finding is not shown
 * at the strongest strength.
 */
public record Area(String id, String title, String description, String summary, String confidence,
                   List<String> weakConfidence) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}|]+)(?:\\|[a-zA-Z]+)?}");

    public Area(String id, String title, String description) {
        this(id, title, description, "", "", List.of());
    }

    /** The finding keys the summary template names, in order: the area's headline findings. */
    public List<String> headlineFindings() {
        List<String> keys = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(summary == null ? "" : summary);
        while (m.find()) {
            if (!keys.contains(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }
}
