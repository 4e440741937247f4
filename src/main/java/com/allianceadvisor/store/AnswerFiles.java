package com.allianceadvisor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.knowledge.JsonSyntax;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code {"goals": [...], "answers": {...}, "partnerAnswers": {...}}} and checks every goal,
 * question id and value against the knowledge base. Errors are one line: file, field, what is allowed.
 */
public final class AnswerFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerFiles() {
    }

    public static AnswerSet read(Path file, KnowledgeBase kb) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": file not found");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text, kb);
    }

    public static AnswerSet parse(String name, String text, KnowledgeBase kb) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInputException(JsonSyntax.describe(name, e));
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + ": expected a JSON object like {\"goals\": [...], \"answers\": {...}}");
        }
        List<String> goals = goals(name, root.get("goals"), kb);
        Map<String, String> answers = answers(name, "answers", root.get("answers"), kb);
        Map<String, String> partner = answers(name, "partnerAnswers", root.get("partnerAnswers"), kb);
        return new AnswerSet(goals, answers, partner);
    }

    static List<String> goals(String name, JsonNode node, KnowledgeBase kb) {
        List<String> goals = new ArrayList<>();
        if (node == null || node.isNull()) {
            return goals;
        }
        if (!node.isArray()) {
            throw new BadInputException(name + ": field 'goals' must be a list of goals; allowed: " + String.join(", ", kb.areaIds()));
        }
        for (JsonNode g : node) {
            goals.add(g.asText());
        }
        return checkGoals(name + ": field 'goals'", goals, kb);
    }

    /** The word that stands for every goal of the knowledge base. */
    public static final String ALL_GOALS = "all";

    /** Checks one goal id; the context names where it came from. */
    public static String checkGoal(String context, String goal, KnowledgeBase kb) {
        if (kb.area(goal) == null) {
            throw new BadInputException(context + ": '" + goal + "' is not a goal; allowed: "
                    + String.join(", ", kb.areaIds()) + ", or " + ALL_GOALS);
        }
        return goal;
    }

    /** Checks goal ids, in order and without repeats; "all" stands for every goal, in the order of areas.json. */
    public static List<String> checkGoals(String context, List<String> goals, KnowledgeBase kb) {
        List<String> checked = new ArrayList<>();
        for (String g : goals) {
            List<String> ids = ALL_GOALS.equalsIgnoreCase(g.trim()) ? kb.areaIds() : List.of(checkGoal(context, g.trim(), kb));
            ids.forEach(id -> {
                if (!checked.contains(id)) {
                    checked.add(id);
                }
            });
        }
        return checked;
    }

    static Map<String, String> answers(String name, String field, JsonNode node, KnowledgeBase kb) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return answers;
        }
        if (!node.isObject()) {
            throw new BadInputException(name + ": field '" + field + "' must be an object of question id -> value");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String where = name + ": field '" + field + "." + e.getKey() + "'";
            Question q = kb.question(e.getKey());
            if (q == null) {
                throw new BadInputException(where + ": '" + e.getKey() + "' is not a question id (see 'kb questions')");
            }
            JsonNode v = e.getValue();
            if (!(v.isTextual() || v.isNumber())) {
                throw new BadInputException(where + ": expected a value; allowed: " + q.allowedDescription());
            }
            String raw = v.asText();
            if (!q.isNumber() && v.isNumber()) {
                throw new BadInputException(where + ": " + raw + " is not allowed; allowed: " + q.allowedDescription());
            }
            answers.put(q.id(), q.normalise(raw).orElseThrow(() ->
                    new BadInputException(where + ": '" + raw + "' is not allowed; allowed: " + q.allowedDescription())));
        }
        return answers;
    }
}
