package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.allianceadvisor.engine.RuleCache;

/**
 * The generated rule files are the same text in every process (no hash-ordered collection decides their
 * order) and whatever folder they are read from, so the compiled rules found in the cache by the next
 * start, or shipped in the jar, are these: otherwise each start compiles the rules again.
 */
class RuleCacheKeyAcrossProcessesTest {

    /** Prints the cache file name of the shipped rules and knowledge. */
    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeLoader.load(ContentFolder.onDisk(Path.of("knowledge-base")));
        System.out.println(RuleCache.fileName(GeneratedRules.with(ContentLoader.ruleFiles(ContentFolder.onDisk(Path.of("rules"))), kb)));
    }

    @Test
    void theCacheKeyDoesNotDependOnTheFolderTheRulesAndKnowledgeAreReadFrom(@org.junit.jupiter.api.io.TempDir Path tmp) {
        // the build reads the shipped files by absolute path, the jar from its class path, a user from a copy
        FixtureCopy.copy(Path.of("rules"), tmp.resolve("elsewhere/rules"));
        FixtureCopy.copy(Path.of("knowledge-base"), tmp.resolve("elsewhere/knowledge-base"));
        List<String> keys = new ArrayList<>();
        for (Path base : List.of(Path.of(""), Path.of("").toAbsolutePath(), tmp.resolve("elsewhere"))) {
            KnowledgeBase kb = KnowledgeLoader.load(ContentFolder.onDisk(base.resolve("knowledge-base")));
            keys.add(RuleCache.fileName(GeneratedRules.with(ContentLoader.ruleFiles(ContentFolder.onDisk(base.resolve("rules"))), kb)));
        }
        assertThat(keys).containsOnly(keys.get(0));
    }

    @Test
    void theCacheKeyOfTheShippedRulesIsTheSameInFourProcesses() throws IOException, InterruptedException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RuleCacheKeyAcrossProcessesTest.class.getName())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.waitFor()).as(out).isZero();
            keys.add(out.lines().reduce((a, b) -> b).orElse(""));
        }
        assertThat(keys).allMatch(k -> k.endsWith(".rules")).containsOnly(keys.get(0));
    }
}
