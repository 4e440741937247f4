package com.allianceadvisor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.allianceadvisor.authoring.Scenario;
import com.allianceadvisor.authoring.ScenarioRunner;
import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentLoader;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;

/**
 * Counts what the interview asks. Each scenario and training case is played as a user who answers every
 * question with the file's answer (or {@code unknown} when the file has none): once with the file's own
 * goals, once per goal alone (over the files that name that goal) and once with all goals. It reports the
 * questions asked (median, mean, maximum), how often the counter's "about m to go" was within 30% (or 2)
 * of the questions actually asked after it, whether it ever said 0 while questions remained, and how
 * often the shortened interview ends with the same findings and advice as the file's full answers.
 * <p>
 * Run: {@code mvn -q -o test-compile exec:java} is not needed; use
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.allianceadvisor.bench.InterviewBenchmark [rules] [knowledge-base]}
 * (see README, "Interview benchmark").
 */
public final class InterviewBenchmark {
    /** One played interview: questions asked, per step the counter shown and the questions actually still asked, and the outcome. */
    public record Run(String file, boolean realCase, List<String> goals, int asked, List<int[]> steps, String outcome) {
    }

    private InterviewBenchmark() {
    }

    /**
     * Plays the interview of one file for the goals. With {@code everything}, as the interview was before
     * lookahead: every pending question is asked and the counter is the number of pending questions.
     */
    public static Run play(Content c, Scenario s, List<String> goals, boolean realCase, boolean everything) {
        Consultation consultation = c.rules().newConsultation(goals);
        s.answers().partnerAnswers().forEach(consultation::partnerAnswer);
        Interview interview = new Interview(c.knowledge(), consultation);
        List<Integer> shown = new ArrayList<>();
        int asked = 0;
        try {
            for (Optional<Question> q = next(interview, everything); q.isPresent() && asked < 500; q = next(interview, everything)) {
                shown.add(everything ? interview.pending().size() - 1 : interview.estimatedRemaining() - 1);
                consultation.answer(q.get().id(), s.answers().answers().getOrDefault(q.get().id(), Question.UNKNOWN));
                asked++;
            }
            List<int[]> steps = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                steps.add(new int[] {shown.get(i), asked - i - 1});
            }
            return new Run(s.file(), realCase, goals, asked, steps, outcome(c, consultation));
        } finally {
            consultation.close();
        }
    }

    private static Optional<Question> next(Interview interview, boolean everything) {
        if (!everything) {
            return interview.next();
        }
        var pending = interview.pending();
        return pending.isEmpty() ? Optional.empty() : Optional.of(interview.knowledge().question(pending.get(0).questionId()));
    }

    /** The findings and advice (with strength) the user gets. */
    private static String outcome(Content c, Consultation consultation) {
        Report r = new ReportBuilder(c.knowledge()).build(consultation);
        return r.findings() + " " + r.advice().stream().map(x -> x.id() + " " + x.strength()).sorted().toList();
    }

    /** Whether a counter step is within 30% (or 2 questions) of what was actually asked after it. */
    public static boolean close(int[] step) {
        return Math.abs(step[0] - step[1]) <= Math.max(2, 0.3 * step[1]);
    }

    /** The interviews to play: each file with its own goals, per goal alone, and with all goals. */
    public static List<Map.Entry<String, List<String>>> configs(Content c, Scenario s) {
        List<Map.Entry<String, List<String>>> configs = new ArrayList<>();
        List<String> own = s.answers().goals().isEmpty() ? c.knowledge().defaultGoals() : s.answers().goals();
        configs.add(Map.entry("own goals", own));
        for (String g : own) {
            configs.add(Map.entry(g + " alone", List.of(g)));
        }
        configs.add(Map.entry("all goals", c.knowledge().areaIds()));
        return configs;
    }

    /** Per configuration: the runs as the interview asks now, and as it asked before (everything pending). */
    public static Map<String, List<Run[]>> runAll(Content c, List<Scenario> files) {
        Map<String, List<Run[]>> byConfig = new java.util.LinkedHashMap<>();
        for (Scenario s : files) {
            boolean realCase = s.file().replace('\\', '/').contains("/cases/");
            for (Map.Entry<String, List<String>> config : configs(c, s)) {
                if (!config.getKey().matches(System.getProperty("bench.configs", ".*"))) {
                    continue;
                }
                byConfig.computeIfAbsent(config.getKey(), k -> new ArrayList<>()).add(new Run[] {
                        play(c, s, config.getValue(), realCase, false), play(c, s, config.getValue(), realCase, true)});
            }
        }
        return byConfig;
    }

    private static double median(List<Integer> values) {
        List<Integer> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2.0;
    }

    /** Share of counter steps within 30% (or 2) of the questions actually asked after them. */
    public static double counterAccuracy(List<Run> runs) {
        long steps = runs.stream().mapToLong(r -> r.steps().size()).sum();
        long ok = runs.stream().flatMap(r -> r.steps().stream()).filter(InterviewBenchmark::close).count();
        return steps == 0 ? 1.0 : (double) ok / steps;
    }

    public static String report(Map<String, List<Run[]>> byConfig) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-20s %-9s %4s | %-19s | %-19s | %-10s %-7s | %-10s | %s%n", "interview", "files", "n",
                "asked before", "asked now", "counter", "", "counter", "same advice"));
        sb.append(String.format(Locale.ROOT, "%-20s %-9s %4s | %6s %5s %6s | %6s %5s %6s | %-10s %-7s | %-10s | %s%n", "", "", "",
                "median", "mean", "max", "median", "mean", "max", "now ok", "0 early", "before ok", "as before"));
        byConfig.forEach((config, pairs) -> {
            for (String kind : List.of("scenarios", "cases")) {
                List<Run[]> sel = pairs.stream().filter(p -> p[0].realCase() == kind.equals("cases")).toList();
                if (sel.isEmpty()) {
                    continue;
                }
                List<Run> now = sel.stream().map(p -> p[0]).toList();
                List<Run> before = sel.stream().map(p -> p[1]).toList();
                long zeroEarly = now.stream().flatMap(r -> r.steps().stream()).filter(st -> st[0] <= 0 && st[1] > 0).count();
                long same = sel.stream().filter(p -> p[0].outcome().equals(p[1].outcome())).count();
                sb.append(String.format(Locale.ROOT, "%-20s %-9s %4d | %6.1f %5.1f %6d | %6.1f %5.1f %6d | %9.1f%% %7d | %9.1f%% | %5.1f%%%n",
                        config, kind, sel.size(),
                        median(before.stream().map(Run::asked).toList()), before.stream().mapToInt(Run::asked).average().orElse(0),
                        before.stream().mapToInt(Run::asked).max().orElse(0),
                        median(now.stream().map(Run::asked).toList()), now.stream().mapToInt(Run::asked).average().orElse(0),
                        now.stream().mapToInt(Run::asked).max().orElse(0),
                        100 * counterAccuracy(now), zeroEarly, 100 * counterAccuracy(before), 100.0 * same / sel.size()));
            }
        });
        return sb.toString();
    }

    public static void main(String[] args) {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        Path knowledge = Path.of(args.length > 1 ? args[1] : "knowledge-base");
        Content c = ContentLoader.load(ContentFolder.onDisk(rules), ContentFolder.onDisk(knowledge));
        String only = System.getProperty("bench.only", "");
        List<Scenario> files = ScenarioRunner.load(ContentFolder.onDisk(knowledge), c.knowledge()).stream()
                .filter(s -> s.file().matches(".*(" + only + ").*")).toList();
        Map<String, List<Run[]>> runs = runAll(c, files);
        if (Boolean.getBoolean("bench.steps")) {
            // per interview, the counter shown and the questions actually asked after it, step by step
            runs.forEach((config, pairs) -> pairs.forEach(p -> System.out.println(config + " " + p[0].file() + ": "
                    + p[0].steps().stream().map(st -> st[0] + "/" + st[1]).collect(java.util.stream.Collectors.joining(" ")))));
        }
        System.out.print(report(runs));
    }
}
