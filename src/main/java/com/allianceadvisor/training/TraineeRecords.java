package com.allianceadvisor.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.store.BadInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Each trainee's history under {@code <data>/trainees/<trainee>.json}, written atomically. A file that
 * cannot be read is reported by name and never overwritten.
 */
final class TraineeRecords {
    static final int SCHEMA_VERSION = 1;
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    TraineeRecords(Path dataDir) {
        this.dir = dataDir.resolve("trainees");
    }

    /** Checks a trainee name; the default is the user's login name made safe. */
    static String trainee(String name) {
        if (name == null || name.isBlank()) {
            String user = System.getProperty("user.name", "trainee").replaceAll("[^A-Za-z0-9_.-]", "");
            return user.isEmpty() || !user.matches(NAME) ? "trainee" : user;
        }
        if (!name.matches(NAME)) {
            throw new BadInputException("trainee name '" + Text.oneLine(name) + "' is not allowed; use letters, digits, '-', '_' or '.' (up to 64)");
        }
        return name;
    }

    List<Attempt> attempts(String trainee) {
        Path file = dir.resolve(trainee(trainee) + ".json");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.path("schemaVersion").asInt(-1) != SCHEMA_VERSION || !root.path("attempts").isArray()) {
                throw new BadInputException(file + ": not a trainee record of schema version " + SCHEMA_VERSION + " (the file was left untouched)");
            }
            List<Attempt> attempts = new ArrayList<>();
            for (JsonNode a : root.path("attempts")) {
                Map<String, Integer> goals = new LinkedHashMap<>();
                a.path("goals").fields().forEachRemaining(e -> goals.put(e.getKey(), e.getValue().asInt()));
                Map<String, Double> items = new LinkedHashMap<>();
                a.path("items").fields().forEachRemaining(e -> items.put(e.getKey(), e.getValue().asDouble()));
                attempts.add(new Attempt(a.path("case").asText(), a.path("mode").asText(Attempt.PREDICT), a.path("date").asText(),
                        a.path("score").asInt(), goals, items));
            }
            return attempts;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not valid JSON (the file was left untouched)");
        }
    }

    void add(String trainee, Attempt attempt) {
        String name = trainee(trainee);
        List<Attempt> all = new ArrayList<>(attempts(name));
        all.add(attempt);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Attempt a : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("case", a.caseId());
            m.put("mode", a.mode());
            m.put("date", a.date());
            m.put("score", a.score());
            m.put("goals", a.goals());
            m.put("items", a.items());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("trainee", name);
        root.put("attempts", list);
        Path file = dir.resolve(name + ".json");
        try {
            com.allianceadvisor.store.AtomicFiles.write(file, MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
