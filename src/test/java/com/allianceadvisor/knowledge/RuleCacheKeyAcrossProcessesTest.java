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
 * order), so the compiled rules found in the cache by the next start are these: otherwise each start
 * compiles the rules again.
 */
class RuleCacheKeyAcrossProcessesTest {

    /** Prints the cache file name of the shipped rules and knowledge. */
    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeLoader.load(ContentFolder.onDisk(Path.of("knowledge-base")));
        System.out.println(RuleCache.fileName(GeneratedRules.with(ContentLoader.ruleFiles(ContentFolder.onDisk(Path.of("rules"))), kb)));
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
