package com.allianceadvisor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.knowledge.Echo;
import com.allianceadvisor.knowledge.StrictJson;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Question;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code {"goals": [...], "answers": {...}, "partnerAnswers": {...}}} and checks every goal,
 * question id and value against the knowledge base. Errors are one line: file, field, what is allowed.
 */
public final class AnswerFiles {

    private AnswerFiles() {
    }

    /** The keys an answer file may have: its own, and those of a saved session (which is also an answer file). */
    public static final Set<String> KEYS = Set.of("$schema", "goals", "answers", "partnerAnswers", "schemaVersion", "name", "savedAt",
            "knowledgeVersion");

    public static AnswerSet read(Path file, KnowledgeBase kb) {
        return parse(file.toString(), text(file), kb);
    }

    /** A partner's file: the partner's answers are its "answers"; a "partnerAnswers" field would be ambiguous. */
    public static AnswerSet readPartner(Path file, KnowledgeBase kb) {
        AnswerSet set = read(file, kb);
        if (!set.partnerAnswers().isEmpty()) {
            throw new BadInputException(file + ": field 'partnerAnswers' is not allowed in a partner's file; put the partner's answers under 'answers'");
        }
        return set;
    }

    /** The UTF-8 text of a file, or a one-line error naming it. */
    public static String text(Path file) {
        try {
            return StrictJson.utf8(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": file not found");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + (Files.isDirectory(file) ? "it is a folder" : Echo.of(e.getMessage())) + ")");
        } catch (StrictJson.StrictJsonException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    public static AnswerSet parse(String name, String text, KnowledgeBase kb) {
        return parse(name, text, kb, Set.of());
    }

    /** Parses an answer file whose format may add keys of its own (a scenario's, a case's). */
    public static AnswerSet parse(String name, String text, KnowledgeBase kb, Set<String> moreKeys) {
        JsonNode root;
        try {
            root = StrictJson.parse(name, text);
        } catch (StrictJson.StrictJsonException e) {
            throw new BadInputException(e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + ": expected a JSON object like {\"goals\": [...], \"answers\": {...}}");
        }
        Set<String> allowed = new java.util.HashSet<>(KEYS);
        allowed.addAll(moreKeys);
        String unknown = StrictJson.unknownKey(name, "", root, allowed);
        if (unknown != null) {
            throw new BadInputException(unknown);
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
            if (!g.isTextual()) {
                throw new BadInputException(name + ": field 'goals' must be a list of goal ids; allowed: " + String.join(", ", kb.areaIds()));
            }
            goals.add(g.asText());
        }
        return checkGoals(name + ": field 'goals'", goals, kb);
    }

    /** The word that stands for every goal of the knowledge base. */
    public static final String ALL_GOALS = "all";

    /** Checks one goal id; the context names where it came from. */
    public static String checkGoal(String context, String goal, KnowledgeBase kb) {
        if (kb.area(goal) == null) {
            throw new BadInputException(context + ": '" + Echo.of(goal) + "' is not a goal; allowed: "
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
            String where = name + ": field '" + field + "." + Echo.of(e.getKey()) + "'";
            Question q = kb.question(e.getKey());
            if (q == null) {
                String near = com.allianceadvisor.knowledge.Nearest.of(e.getKey(), kb.questions().keySet());
                throw new BadInputException(where + ": '" + Echo.of(e.getKey()) + "' is not a question id"
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + " (see 'kb questions')");
            }
            JsonNode v = e.getValue();
            if (!(v.isTextual() || v.isNumber())) {
                throw new BadInputException(where + ": expected a value; allowed: " + q.allowedDescription());
            }
            String raw = v.asText();
            if (!q.isNumber() && v.isNumber()) {
                throw new BadInputException(where + ": " + Echo.of(raw) + " is not allowed; allowed: " + q.allowedDescription());
            }
            answers.put(q.id(), q.normalise(raw).orElseThrow(() ->
                    new BadInputException(where + ": '" + Echo.of(raw) + "' is not allowed; allowed: " + q.allowedDescription())));
        }
        return answers;
    }
}
