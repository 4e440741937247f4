package com.allianceadvisor;

import java.nio.file.Path;

import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentLoader;

/** Content for tests: a tiny test domain, and the real rules and knowledge base of the project. */
public final class Fixture {
    private static Content small;
    private static Content real;

    private Fixture() {
    }

    public static final Path SMALL_RULES = Path.of("src/test/resources/fixture/rules");
    public static final Path SMALL_KNOWLEDGE = Path.of("src/test/resources/fixture/knowledge-base");
    public static final Path RULES = Path.of("rules");
    public static final Path KNOWLEDGE = Path.of("knowledge-base");

    /** The small test domain: goal "choice", questions q_a, q_b (low/high) and q_n (1-5). */
    public static synchronized Content small() {
        if (small == null) {
            small = ContentLoader.load(ContentFolder.onDisk(SMALL_RULES), ContentFolder.onDisk(SMALL_KNOWLEDGE));
        }
        return small;
    }

    /** The project's own rules/ and knowledge-base/. */
    public static synchronized Content real() {
        if (real == null) {
            real = ContentLoader.load(ContentFolder.onDisk(RULES), ContentFolder.onDisk(KNOWLEDGE));
        }
        return real;
    }
}
