package com.allianceadvisor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.allianceadvisor.knowledge.KnowledgeBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Saved consultations under {@code <data>/sessions/<name>.json}: JSON with a schema version, written
 * atomically (temporary file, then rename). A file that cannot be read is reported by name and left as it is.
 */
public final class SessionStore {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private final Path dir;

    public SessionStore(Path dataDir) {
        this.dir = dataDir.resolve("sessions");
    }

    public Path folder() {
        return dir;
    }

    /** Saves (or replaces) a session and returns its file. */
    public Path save(String name, AnswerSet set) {
        Path file = file(name);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("name", name);
        root.put("savedAt", Instant.now().toString());
        root.put("goals", set.goals());
        root.put("answers", set.answers());
        root.put("partnerAnswers", set.partnerAnswers());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
            try {
                Files.writeString(tmp, MAPPER.writeValueAsString(root), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written (" + e.getMessage() + "); nothing was changed");
        }
        return file;
    }

    public AnswerSet load(String name, KnowledgeBase kb) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no saved session '" + name + "' in " + dir + "; see 'sessions'");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root != null && root.isObject()) {
                int version = root.path("schemaVersion").asInt(-1);
                if (version != SCHEMA_VERSION) {
                    throw new BadInputException(file + ": field 'schemaVersion' is " + root.path("schemaVersion")
                            + "; allowed: " + SCHEMA_VERSION + " (the file was left untouched)");
                }
            }
        } catch (JsonProcessingException e) {
            // reported with its line by the parser below
        }
        try {
            return AnswerFiles.parse(file.toString(), text, kb);
        } catch (BadInputException e) {
            throw new BadInputException(e.getMessage() + " (the file was left untouched)");
        }
    }

    /** Saved session names with when they were saved, newest first; unreadable files are listed as such. */
    public List<String> list() {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                try {
                    JsonNode root = MAPPER.readTree(p.toFile());
                    lines.add(name + "  saved " + root.path("savedAt").asText("?") + ", goals "
                            + root.path("goals").toString() + ", " + root.path("answers").size() + " answers");
                } catch (IOException e) {
                    lines.add(name + "  (cannot be read: " + p + ")");
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        return lines;
    }

    private Path file(String name) {
        if (name == null || !name.matches(NAME)) {
            throw new BadInputException("session name '" + name + "' is not allowed; use letters, digits, '-', '_' or '.' (up to 64)");
        }
        return dir.resolve(name + ".json");
    }
}
