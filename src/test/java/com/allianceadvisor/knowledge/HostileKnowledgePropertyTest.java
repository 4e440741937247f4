package com.allianceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.Mutations;

/**
 * Property-based: every kind of knowledge file, mutated, either loads or is refused with problems that
 * each fit on a line, the first naming the file — never another exception, never a changed file.
 */
class HostileKnowledgePropertyTest {
    private static final List<String> FILES = List.of("areas.json", "sources.json", "questions/choice.json", "guidance/choice.json",
            "findings/choice.json", "views/choice_table.json", "views/level_bars.json", "scenarios/choice-01-high-a.json",
            "training.json", "glossary.json", "cases/fixture-case.json");
    private static int tried;
    private static int refused;

    @AfterAll
    static void report() {
        System.out.println("hostile knowledge files: " + tried + " tried, " + refused + " refused with clear problems, 0 other outcomes");
    }

    @TestFactory
    Stream<DynamicTest> aMutatedKnowledgeFileLoadsOrIsRefusedWithProblemsNamingIt() {
        return IntStream.range(0, 330).mapToObj(i -> {
            String name = FILES.get(i % FILES.size());
            return DynamicTest.dynamicTest(name + " #" + i, () -> check(name, new Random(7919L * i)));
        });
    }

    private static void check(String name, Random random) throws Exception {
        Path tmp = Files.createTempDirectory("kb");
        FixtureCopy copy = new FixtureCopy(tmp);
        Path file = copy.knowledge.resolve(name);
        byte[] bytes = Mutations.mutate(Files.readString(Fixture.SMALL_KNOWLEDGE.resolve(name)), random);
        Files.write(file, bytes);
        tried++;
        String base = name.substring(name.lastIndexOf('/') + 1);
        try {
            KnowledgeBase kb = KnowledgeLoader.load(ContentFolder.onDisk(copy.knowledge));
            assertThat(kb.areas()).isNotEmpty();
            if (name.startsWith("scenarios/")) {
                com.allianceadvisor.authoring.ScenarioRunner.load(ContentFolder.onDisk(copy.knowledge), kb);
            }
        } catch (KnowledgeException e) {
            refused++;
            // the mutated file is named; knock-on problems in other files may follow, each on one line naming its file
            assertThat(e.problems()).isNotEmpty().anySatisfy(p -> assertThat(p).contains(base))
                    .allSatisfy(p -> assertThat(p).doesNotContain("\n").hasSizeLessThan(600).contains(".json"));
        } catch (com.allianceadvisor.store.BadInputException e) {
            refused++;
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(600).contains(base);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
}
