package com.allianceadvisor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.engine.RuleCache;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentLoader;

/**
 * Plain benchmark (not a test; bench/run.sh runs it): the time from one answer to the next question, with
 * every goal of the knowledge base active, over the answers of every scenario. Warms up first, then
 * prints p50, p99 and max in milliseconds. Arguments: [rules dir] [knowledge dir] [warm-up passes] [passes].
 */
public final class AnswerLatencyBenchmark {
    private AnswerLatencyBenchmark() {
    }

    public static void main(String[] args) {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        Path knowledge = Path.of(args.length > 1 ? args[1] : "knowledge-base");
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Content content = ContentLoader.load(ContentFolder.onDisk(rules), ContentFolder.onDisk(knowledge),
                RuleCache.in(Path.of(System.getProperty("java.io.tmpdir"), "advisor-bench-cache")));
        List<Scenario> scenarios = ScenarioRunner.load(ContentFolder.onDisk(knowledge), content.knowledge());
        List<String> allGoals = content.knowledge().areaIds();
        for (int i = 0; i < warmUp; i++) {
            pass(content, scenarios, allGoals, null);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            pass(content, scenarios, allGoals, nanos);
        }
        Collections.sort(nanos);
        System.out.printf("answer -> next question, %d goals, %d answers timed: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                allGoals.size(), nanos.size(), at(nanos, 0.50), at(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6);
    }

    private static void pass(Content content, List<Scenario> scenarios, List<String> goals, List<Long> nanos) {
        for (Scenario s : scenarios) {
            try (Consultation c = content.rules().newConsultation(goals)) {
                for (Map.Entry<String, String> answer : s.answers().answers().entrySet()) {
                    long start = System.nanoTime();
                    c.answer(answer.getKey(), answer.getValue());
                    c.pending(content.knowledge().askingOrder());
                    long took = System.nanoTime() - start;
                    if (nanos != null) {
                        nanos.add(took);
                    }
                }
            }
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
