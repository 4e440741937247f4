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
        write(file, root(name, set));
        return file;
    }

    /**
     * Keeps the consultation in progress (saved or not) for {@code consult --resume}, even after the shell
     * ends: {@code <data>/current.json}, with the session name it belongs to and whether it has unsaved changes.
     */
    public void keepCurrent(AnswerSet set, String name, boolean unsaved) {
        Map<String, Object> root = root(name, set);
        root.put("unsaved", unsaved);
        write(current(), root);
    }

    /** The consultation kept by {@link #keepCurrent}, or null when there is none (or it cannot be read). */
    public Kept loadCurrent(KnowledgeBase kb) {
        Path file = current();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = MAPPER.readTree(text);
            String name = root.path("name").isTextual() ? root.path("name").asText() : null;
            return new Kept(AnswerFiles.parse(file.toString(), text, kb), name, root.path("unsaved").asBoolean(false));
        } catch (IOException | BadInputException e) {
            return null;
        }
    }

    /** Forgets the kept consultation. */
    public void dropCurrent() {
        try {
            Files.deleteIfExists(current());
        } catch (IOException e) {
            throw new BadInputException(current() + ": cannot be removed (" + e.getMessage() + ")");
        }
    }

    /** A consultation kept between shell runs: its answers, the session it was saved as (or null), and whether it changed since. */
    public record Kept(AnswerSet answers, String name, boolean unsaved) {
    }

    private Path current() {
        return dir.getParent().resolve("current.json");
    }

    private static Map<String, Object> root(String name, AnswerSet set) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("name", name);
        root.put("savedAt", Instant.now().toString());
        root.put("goals", set.goals());
        root.put("answers", set.answers());
        root.put("partnerAnswers", set.partnerAnswers());
        return root;
    }

    private void write(Path file, Map<String, Object> root) {
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "." + name, ".tmp");
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

    /** One saved session as listed: its name, when it was saved (null if unknown), or why it cannot be read. */
    public record Listed(String name, Instant savedAt, String problem) {
    }

    /** Saved session names with when they were saved, newest first; unreadable files are listed as such. */
    public List<String> list() {
        List<String> lines = new ArrayList<>();
        for (Listed l : entries()) {
            lines.add(l.name() + "  " + (l.problem() != null ? "(" + l.problem() + ")" : "saved " + (l.savedAt() == null ? "?" : l.savedAt())));
        }
        return lines;
    }

    /** The saved sessions, newest first; unreadable files are listed with their problem. */
    public List<Listed> entries() {
        List<Listed> listed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return listed;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                try {
                    JsonNode root = MAPPER.readTree(p.toFile());
                    Instant at = null;
                    try {
                        at = Instant.parse(root.path("savedAt").asText());
                    } catch (java.time.format.DateTimeParseException e) {
                        // listed without a date
                    }
                    listed.add(new Listed(name, at, null));
                } catch (IOException e) {
                    listed.add(new Listed(name, null, "cannot be read: " + p));
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        listed.sort(java.util.Comparator.comparing((Listed l) -> l.savedAt() == null ? Instant.EPOCH : l.savedAt()).reversed()
                .thenComparing(Listed::name));
        return listed;
    }

    private Path file(String name) {
        if (name == null || !name.matches(NAME)) {
            throw new BadInputException("session name '" + name + "' is not allowed; use letters, digits, '-', '_' or '.' (up to 64)");
        }
        return dir.resolve(name + ".json");
    }
}
