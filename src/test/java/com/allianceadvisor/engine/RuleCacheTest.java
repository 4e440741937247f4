package com.allianceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.allianceadvisor.Fixture;

class RuleCacheTest {
    @TempDir
    Path cache;

    private static List<RuleFile> smallRules() throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(Fixture.SMALL_RULES)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.add(new RuleFile(p.toString(), Files.readString(p)));
            }
        }
        return files;
    }

    @Test
    void theFirstBuildCompilesAndKeepsThePackagesAndTheNextLoadsThem() throws IOException {
        List<RuleFile> rules = smallRules();

        RuleBase first = RuleBase.build(rules, RuleCache.in(cache));
        RuleBase second = RuleBase.build(rules, RuleCache.in(cache));

        assertThat(first.fromCache()).isFalse();
        assertThat(Files.isRegularFile(cache.resolve(RuleCache.fileName(rules)))).isTrue();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.ruleNames()).containsExactlyInAnyOrderElementsOf(first.ruleNames());
    }

    @Test
    void editedRulesGetAnotherCacheFile() throws IOException {
        List<RuleFile> rules = smallRules();
        List<RuleFile> edited = new ArrayList<>(rules);
        RuleFile last = edited.remove(edited.size() - 1);
        edited.add(new RuleFile(last.name(), last.content() + "\n// edited\n"));

        assertThat(RuleCache.fileName(edited)).isNotEqualTo(RuleCache.fileName(rules));
        assertThat(RuleBase.build(edited, RuleCache.in(cache)).fromCache()).isFalse();
    }

    @Test
    void theKeyDoesNotDependOnTheFolderTheRulesAreReadFrom() throws IOException {
        List<RuleFile> rules = smallRules();
        List<RuleFile> elsewhere = rules.stream().map(f -> new RuleFile("/somewhere/else/" + Path.of(f.name()).getFileName(), f.content())).toList();

        assertThat(RuleCache.fileName(elsewhere)).isEqualTo(RuleCache.fileName(rules));
    }

    @Test
    void aBrokenCacheFileIsIgnoredAndReplaced() throws IOException {
        List<RuleFile> rules = smallRules();
        Path file = cache.resolve(RuleCache.fileName(rules));
        RuleBase.build(rules, RuleCache.in(cache));
        byte[] good = Files.readAllBytes(file);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        Files.write(file, truncated);

        RuleBase rebuilt = RuleBase.build(rules, RuleCache.in(cache));

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(Files.readAllBytes(file)).isNotEqualTo(truncated);
        assertThat(RuleBase.build(rules, RuleCache.in(cache)).fromCache()).isTrue();

        Files.writeString(file, "not a cache file");
        assertThat(RuleBase.build(rules, RuleCache.in(cache)).fromCache()).isFalse();
    }

    @Test
    void onlyTheMostRecentFewCacheFilesAreKept() throws IOException {
        List<RuleFile> rules = smallRules();
        for (int i = 0; i < 7; i++) {
            List<RuleFile> edited = new ArrayList<>(rules);
            RuleFile last = edited.remove(edited.size() - 1);
            edited.add(new RuleFile(last.name(), last.content() + "\n// edit " + i + "\n"));
            RuleBase.build(edited, RuleCache.in(cache));
        }

        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".rules")).count()).isEqualTo(5);
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMeansCompiling() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");

        RuleBase rules = RuleBase.build(smallRules(), RuleCache.in(notAFolder));

        assertThat(rules.fromCache()).isFalse();
        assertThat(rules.ruleNames()).isNotEmpty();
    }
}
