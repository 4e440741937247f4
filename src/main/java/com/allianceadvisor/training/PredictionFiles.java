package com.allianceadvisor.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.JsonSyntax;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Nearest;
import com.allianceadvisor.knowledge.PredictionItem;
import com.allianceadvisor.store.BadInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a prediction file {@code {"trainee": "...", "case": "...", "predictions": {"<item key>": "<value>", ...}}}
 * strictly: unknown keys, unknown items, values outside the findings catalogue and duplicate keys are
 * errors naming the file and the field.
 */
final class PredictionFiles {
    private static final Set<String> KEYS = Set.of("$schema", "trainee", "case", "predictions");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PredictionFiles() {
    }

    record PredictionFile(String trainee, String caseId, Map<String, List<String>> predictions) {
    }

    static PredictionFile read(Path file, KnowledgeBase kb, List<PredictionItem> items) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": file not found");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text; save it as UTF-8 JSON");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text, kb, items);
    }

    static PredictionFile parse(String name, String text, KnowledgeBase kb, List<PredictionItem> items) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw new BadInputException(JsonSyntax.describe(name, e));
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + ": expected a JSON object like {\"trainee\": \"...\", \"case\": \"...\", \"predictions\": {...}}");
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                String near = Nearest.of(k, KEYS);
                throw new BadInputException(name + ": unknown key '" + Text.oneLine(k) + "'" + (near == null ? "" : " (did you mean '" + near + "'?)")
                        + "; allowed: case, predictions, trainee");
            }
        });
        String trainee = textField(name, root, "trainee");
        String caseId = textField(name, root, "case");
        JsonNode predictions = root.get("predictions");
        if (predictions == null || !predictions.isObject()) {
            throw new BadInputException(name + ": field 'predictions' is required: an object of item key to predicted value(s)");
        }
        Map<String, PredictionItem> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.put(i.key(), i));
        Map<String, List<String>> result = new LinkedHashMap<>();
        var it = predictions.fields();
        while (it.hasNext()) {
            var e = it.next();
            PredictionItem item = byKey.get(e.getKey());
            String field = "field 'predictions." + Text.oneLine(e.getKey()) + "'";
            if (item == null) {
                String near = Nearest.of(e.getKey(), byKey.keySet());
                throw new BadInputException(name + ": " + field + ": not an item of this case" + (near == null ? "" : " (did you mean '" + near + "'?)")
                        + "; allowed: " + String.join(", ", byKey.keySet()));
            }
            result.put(item.key(), values(name, field, item, kb.finding(item.finding()), e.getValue()));
        }
        return new PredictionFile(trainee, caseId, result);
    }

    private static List<String> values(String name, String field, PredictionItem item, FindingDef def, JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else {
            nodes.add(node);
        }
        if (item.kind().equals(PredictionItem.SINGLE) && nodes.size() > 1) {
            throw new BadInputException(name + ": " + field + ": give one value; allowed: " + String.join(", ", def.values()) + ", unknown");
        }
        if (item.kind().equals(PredictionItem.PICK) && nodes.size() > item.pick()) {
            throw new BadInputException(name + ": " + field + ": give at most " + item.pick() + " value(s)");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : nodes) {
            if (!v.isValueNode() || v.isNull()) {
                throw new BadInputException(name + ": " + field + ": a value must be text; allowed: " + String.join(", ", def.values()) + ", unknown");
            }
            String s = v.asText();
            if (s.equals("unknown")) {
                continue;
            }
            if (!def.values().contains(s)) {
                throw new BadInputException(name + ": " + field + ": '" + Text.oneLine(s) + "' is not allowed; allowed: "
                        + String.join(", ", def.values()) + ", unknown");
            }
            if (!values.contains(s)) {
                values.add(s);
            }
        }
        return List.copyOf(values);
    }

    private static String textField(String name, JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadInputException(name + ": field '" + field + "' must be text");
        }
        return v.asText();
    }
}
