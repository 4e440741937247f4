package com.allianceadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A folder of content files, either on disk (what consultants edit) or inside the jar (the shipped
 * default). Files are listed in name order so that loading is deterministic.
 */
public abstract class ContentFolder {

    /**
     * The folder on disk if it exists; the copy shipped in the jar under {@code advisor/<name>} only when no
     * folder was given (the default relative folder of that name is absent). A folder that was given and
     * does not exist is an error: a consultant must never test the shipped copy believing it is their edit.
     */
    public static ContentFolder diskOrBuiltIn(Path dir, String builtInName) {
        if (dir != null && Files.isDirectory(dir)) {
            return onDisk(dir);
        }
        if (dir == null || dir.equals(Path.of(builtInName))) {
            return builtIn(builtInName);
        }
        throw new KnowledgeException(dir + ": the " + builtInName + " folder does not exist"
                + (Files.exists(dir) ? " (it is a file)" : "") + "; give an existing folder, or none to use the shipped " + builtInName);
    }

    public static ContentFolder onDisk(Path dir) {
        return new Disk(dir);
    }

    public static ContentFolder builtIn(String name) {
        return new BuiltIn(name);
    }

    /** A human description, e.g. {@code rules (built in)} or the path. */
    public abstract String describe();

    /** Whether the folder exists at all. */
    public abstract boolean exists();

    /** The files directly under {@code sub} (or the folder itself if empty) whose names end with the suffix. */
    public abstract List<ContentFile> list(String sub, String suffix);

    /** One file, or null if it does not exist. */
    public abstract ContentFile read(String relative);

    /** A file's text; a file that is not UTF-8 is a knowledge error naming the file and the byte. */
    static String text(Path p) throws IOException {
        try {
            return StrictJson.utf8(p.toString(), Files.readAllBytes(p));
        } catch (StrictJson.StrictJsonException e) {
            throw new KnowledgeException(e.getMessage());
        }
    }

    private static final class Disk extends ContentFolder {
        private final Path root;

        Disk(Path root) {
            this.root = root;
        }

        @Override
        public String describe() {
            return root.toString();
        }

        @Override
        public boolean exists() {
            return Files.isDirectory(root);
        }

        @Override
        public List<ContentFile> list(String sub, String suffix) {
            Path dir = sub.isEmpty() ? root : root.resolve(sub);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<ContentFile> result = new ArrayList<>();
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                    result.add(new ContentFile(p.toString(), text(p)));
                }
                return result;
            } catch (IOException e) {
                throw new KnowledgeException(dir + ": cannot be read (" + Echo.of(e.getMessage()) + ")");
            }
        }

        @Override
        public ContentFile read(String relative) {
            Path p = root.resolve(relative);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            try {
                return new ContentFile(p.toString(), text(p));
            } catch (IOException e) {
                throw new KnowledgeException(p + ": cannot be read (" + Echo.of(e.getMessage()) + ")");
            }
        }
    }

    private static final class BuiltIn extends ContentFolder {
        private final String name;
        private final PathMatchingResourcePatternResolver resolver =
                new PathMatchingResourcePatternResolver(ContentFolder.class.getClassLoader());

        BuiltIn(String name) {
            this.name = name;
        }

        @Override
        public String describe() {
            return name + " (built in)";
        }

        @Override
        public boolean exists() {
            return resolver.getResource("classpath:advisor/" + name + "/").exists()
                    || !list("", "").isEmpty();
        }

        @Override
        public List<ContentFile> list(String sub, String suffix) {
            String base = "advisor/" + name + "/" + (sub.isEmpty() ? "" : sub + "/");
            try {
                List<ContentFile> result = new ArrayList<>();
                Resource[] found = resolver.getResources("classpath*:" + base + "*" + suffix);
                List<Resource> sorted = new ArrayList<>(List.of(found));
                sorted.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
                for (Resource r : sorted) {
                    if (r.isReadable() && r.getFilename() != null && !r.getFilename().isEmpty()) {
                        try (InputStream in = r.getInputStream()) {
                            result.add(new ContentFile(name + "/" + (sub.isEmpty() ? "" : sub + "/") + r.getFilename(),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in " + name + ": " + e.getMessage(), e);
            }
        }

        @Override
        public ContentFile read(String relative) {
            Resource r = resolver.getResource("classpath:advisor/" + name + "/" + relative);
            if (!r.exists()) {
                return null;
            }
            try (InputStream in = r.getInputStream()) {
                return new ContentFile(name + "/" + relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in " + name + "/" + relative + ": " + e.getMessage(), e);
            }
        }
    }
}
