package com.allianceadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.allianceadvisor.Fixture;

/** Copies the small fixture into a temporary folder so a test can break it. */
public final class FixtureCopy {
    public final Path rules;
    public final Path knowledge;

    public FixtureCopy(Path tmp) {
        rules = tmp.resolve("rules");
        knowledge = tmp.resolve("knowledge-base");
        copy(Fixture.SMALL_RULES, rules);
        copy(Fixture.SMALL_KNOWLEDGE, knowledge);
    }

    /** Copies a folder tree (e.g. the project's rules/ and knowledge-base/ for a test that edits them). */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(from + " not in " + file);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message of the knowledge error that refuses this copy; fails the test when the copy loads. */
    public String refusal() {
        KnowledgeException e = org.assertj.core.api.Assertions.catchThrowableOfType(KnowledgeException.class, this::load);
        org.assertj.core.api.Assertions.assertThat(e).as("expected the load to be refused").isNotNull();
        return e.getMessage();
    }

    public Content load() {
        return ContentLoader.load(ContentFolder.onDisk(rules), ContentFolder.onDisk(knowledge));
    }
}
