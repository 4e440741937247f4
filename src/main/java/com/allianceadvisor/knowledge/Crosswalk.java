package com.allianceadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * One scale the interview asks once, mapped onto the other models that describe the same thing
 * (e.g. the life-cycle stage onto each source's phases). A model bound to a question gives that
 * question's answer for each value of the scale: the engine derives it instead of asking it again.
 * A model without a question only names the value in its own words, for the table the report shows.
 *
 * @param view the table of the crosswalk, with the scale's values as rows and the models as columns;
 *             null when the crosswalk has no title (it is not shown)
 */
public record Crosswalk(String scale, List<String> goals, List<Model> models, View view, String file) {

    /**
     * @param question    the question it answers, or empty for a model that only names the values
     * @param values      scale value to the question's value (or to the model's own words)
     * @param unknownText what the table shows where the question is left to further questions ({@code unknown})
     */
    public record Model(String id, String label, String question, Map<String, String> values, String unknownText) {
        public boolean answersQuestion() {
            return !question.isEmpty();
        }
    }
}
