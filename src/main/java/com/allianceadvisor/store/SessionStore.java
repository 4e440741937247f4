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
    private final Path historyDir;

    public SessionStore(Path dataDir) {
        this.dir = dataDir.resolve("sessions");
        this.historyDir = dataDir.resolve("history");
    }

    public Path folder() {
        return dir;
    }

    /**
     * Saves a session and returns its file. A session saved earlier under the same name is first kept,
     * unchanged, as an earlier assessment in {@code <data>/history/<name>/}; history is never overwritten.
     */
    public Path save(String name, AnswerSet set) {
        Path file = file(name);
        if (Files.isRegularFile(file)) {
            keepAsHistory(name, file);
        }
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

    private void keepAsHistory(String name, Path file) {
        Path folder = historyDir.resolve(name);
        try {
            Files.createDirectories(folder);
            String stamp = savedAt(file).replaceAll("[^0-9TZ]", "");
            Path tmp = Files.createTempFile(folder, ".", ".tmp");
            try {
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                for (int i = 0; ; i++) {
                    Path target = folder.resolve(stamp + (i == 0 ? "" : "-" + i) + ".json");
                    if (!Files.exists(target)) {
                        // without REPLACE_EXISTING the move fails rather than overwrite an earlier assessment
                        Files.move(tmp, target);
                        break;
                    }
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(folder + ": the earlier assessment cannot be kept (" + e.getMessage() + "); nothing was changed");
        }
    }

    private static String savedAt(Path file) throws IOException {
        try {
            String at = MAPPER.readTree(file.toFile()).path("savedAt").asText("");
            if (!at.isBlank()) {
                return at;
            }
        } catch (IOException e) {
            // a damaged file is kept as it is, named by its modification time
        }
        return Files.getLastModifiedTime(file).toInstant().toString();
    }

    /** An earlier or the current assessment of a saved alliance: when it was saved and its answers. */
    public record Assessment(String savedAt, AnswerSet answers) {
    }

    /**
     * Every assessment of a saved session, oldest first: the history, then the current one. Files that
     * cannot be read are named in {@code problems} and skipped.
     */
    public List<Assessment> history(String name, KnowledgeBase kb, List<String> problems) {
        Path current = file(name);
        List<Path> files = new ArrayList<>();
        Path folder = historyDir.resolve(name);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                problems.add(folder + ": cannot be listed (" + e.getMessage() + ")");
            }
        }
        if (Files.isRegularFile(current)) {
            files.add(current);
        }
        if (files.isEmpty()) {
            throw new BadInputException("no saved session '" + name + "' in " + dir + "; see 'sessions'");
        }
        List<Assessment> assessments = new ArrayList<>();
        for (Path f : files) {
            try {
                AnswerSet set = read(f, kb);
                assessments.add(new Assessment(savedAt(f), set));
            } catch (BadInputException | IOException e) {
                problems.add(e.getMessage() + "; skipped");
            }
        }
        return assessments;
    }

    /** The names of the saved sessions, sorted. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".json".length())).filter(n -> n.matches(NAME)).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        return names;
    }

    public AnswerSet load(String name, KnowledgeBase kb) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no saved session '" + name + "' in " + dir + "; see 'sessions'");
        }
        return read(file, kb);
    }

    private static AnswerSet read(Path file, KnowledgeBase kb) {
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
