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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.allianceadvisor.knowledge.StrictJson;

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
        return save(name, set, null);
    }

    /** As {@link #save(String, AnswerSet)}, recording the version of the knowledge base it was made with (null: none). */
    public Path save(String name, AnswerSet set, String knowledgeVersion) {
        Path file = file(name);
        if (Files.isRegularFile(file)) {
            keepAsHistory(name, file);
        }
        Map<String, Object> root = root(name, set);
        if (knowledgeVersion != null) {
            root.put("knowledgeVersion", knowledgeVersion);
        }
        write(file, root);
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
            ObjectNode clean = ((ObjectNode) root).deepCopy();
            clean.remove("unsaved");
            return new Kept(AnswerFiles.parse(file.toString(), MAPPER.writeValueAsString(clean), kb), name,
                    root.path("unsaved").asBoolean(false));
        } catch (IOException | BadInputException | ClassCastException e) {
            return null;
        }
    }

    /** Forgets the kept consultation. */
    public void dropCurrent() {
        try {
            Files.deleteIfExists(current());
        } catch (IOException e) {
            throw new BadInputException(current() + ": cannot be removed (" + AtomicFiles.reason(e) + ")");
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

    private static void write(Path file, Map<String, Object> root) {
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
                AnswerSet set = read(f, kb).answers();
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
        return open(name, kb).answers();
    }

    /** A loaded session and what had to be left out because the knowledge base no longer has it. */
    public record Loaded(AnswerSet answers, List<String> dropped, String knowledgeVersion) {
        /** A line for the user when the session was made with another version of the knowledge base; empty otherwise. */
        public String versionNote(KnowledgeBase kb) {
            if (knowledgeVersion == null || knowledgeVersion.equals(kb.version())) {
                return "";
            }
            return "Saved with knowledge base " + knowledgeVersion + "; re-evaluated with " + kb.version()
                    + ", so findings and advice may differ from when it was saved ('history <name>' shows earlier assessments).";
        }
    }

    /**
     * Loads a session. Answers to questions retired from the knowledge base (or values no longer
     * allowed, goals no longer offered) are left out and reported; the rest is kept. The file itself is
     * never changed by loading.
     */
    public Loaded open(String name, KnowledgeBase kb) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no saved session '" + name + "' in " + dir + "; see 'sessions'");
        }
        return read(file, kb);
    }

    private static Loaded read(Path file, KnowledgeBase kb) {
        String untouched = " (the file was left untouched)";
        try {
            String text = AnswerFiles.text(file);
            JsonNode root = StrictJson.parse(file.toString(), text);
            if (root == null || !root.isObject()) {
                throw new BadInputException(file + ": expected a JSON object (a saved session)" + untouched);
            }
            JsonNode version = root.get("schemaVersion");
            if (version == null) {
                throw new BadInputException(file + ": field 'schemaVersion' is missing; allowed: " + SCHEMA_VERSION + untouched);
            }
            if (!version.isInt() || version.asInt() != SCHEMA_VERSION) {
                throw new BadInputException(file + ": field 'schemaVersion' is " + com.allianceadvisor.knowledge.Echo.of(version.toString())
                        + "; allowed: " + SCHEMA_VERSION + " (a whole number)" + untouched);
            }
            List<String> dropped = new ArrayList<>();
            ObjectNode clean = root.deepCopy();
            retire(clean, "answers", kb, dropped, "");
            retire(clean, "partnerAnswers", kb, dropped, "partner's ");
            if (clean.path("goals").isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode goals = clean.putArray("goals");
                for (JsonNode g : root.path("goals")) {
                    if (g.isTextual() && kb.area(g.asText()) == null) {
                        dropped.add("goal '" + com.allianceadvisor.knowledge.Echo.of(g.asText()) + "' (no longer offered)");
                    } else {
                        goals.add(g);
                    }
                }
            }
            String madeWith = root.path("knowledgeVersion").isTextual() ? root.path("knowledgeVersion").asText() : null;
            return new Loaded(AnswerFiles.parse(file.toString(), MAPPER.writeValueAsString(clean), kb), List.copyOf(dropped), madeWith);
        } catch (BadInputException e) {
            throw new BadInputException(e.getMessage().endsWith(untouched) ? e.getMessage() : e.getMessage() + untouched);
        } catch (StrictJson.StrictJsonException e) {
            throw new BadInputException(e.getMessage() + untouched);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void retire(ObjectNode root, String field, KnowledgeBase kb, List<String> dropped, String whose) {
        JsonNode node = root.get(field);
        if (node == null || !node.isObject()) {
            return;
        }
        ObjectNode kept = root.putObject(field);
        node.fields().forEachRemaining(e -> {
            var q = kb.question(e.getKey());
            if (q == null) {
                dropped.add(whose + "answer to '" + com.allianceadvisor.knowledge.Echo.of(e.getKey()) + "' (the question was retired)");
            } else if (e.getValue().isValueNode() && !e.getValue().isNull() && !q.allows(e.getValue().asText())) {
                dropped.add(whose + "answer '" + com.allianceadvisor.knowledge.Echo.of(e.getValue().asText()) + "' to '" + e.getKey()
                        + "' (no longer allowed; allowed: " + q.allowedDescription() + ")");
            } else {
                kept.set(e.getKey(), e.getValue());
            }
        });
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
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith(".")).toList()) {
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
            throw new BadInputException(dir + ": cannot be listed (" + AtomicFiles.reason(e) + ")");
        }
        listed.sort(java.util.Comparator.comparing((Listed l) -> l.savedAt() == null ? Instant.EPOCH : l.savedAt()).reversed()
                .thenComparing(Listed::name));
        return listed;
    }

    private Path file(String name) {
        return dir.resolve(checkName(name) + ".json");
    }

    /** Device names some systems reserve: never a file name, whatever the case or extension. */
    private static final java.util.regex.Pattern RESERVED = java.util.regex.Pattern.compile(
            "(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /** A session name as a safe file name: letters, digits, '-', '_', '.', starting with a letter or digit, up to 64, not a device name. */
    public static String checkName(String name) {
        String allowed = "; use letters, digits, '-', '_' or '.', starting with a letter or digit (up to 64)";
        if (name == null || name.isBlank()) {
            throw new BadInputException("a session name is required" + allowed);
        }
        if (!name.matches(NAME) || name.contains("..") || name.endsWith(".")) {
            throw new BadInputException("session name '" + com.allianceadvisor.knowledge.Echo.of(name) + "' is not allowed" + allowed);
        }
        if (RESERVED.matcher(name).matches()) {
            throw new BadInputException("session name '" + name + "' is a reserved device name" + allowed);
        }
        return name;
    }
}
