package com.allianceadvisor.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.allianceadvisor.Fixture;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.store.AnswerFiles;

/**
 * Benchmark (not a test): how long the sensitivity analysis of a six-goal consultation takes once the rule
 * base is built. Run with {@code bench/sensitivity.sh [runs]}; prints the first (cold) run and the median,
 * 90th percentile and maximum of the following runs, in milliseconds of wall time and of the thread's CPU time.
 */
public final class SensitivityBenchmark {
    private SensitivityBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long t0 = System.nanoTime();
        Content content = Fixture.real();
        long built = System.nanoTime();
        Interview interview = Workspace.replayed(content,
                AnswerFiles.read(Path.of("src/test/resources/report/six-goals.json"), content.knowledge()), List.of());
        SensitivityAnalysis analysis = new SensitivityAnalysis(content.knowledge());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long s = System.nanoTime();
        long c = cpu.getCurrentThreadCpuTime();
        List<Report.Flip> flips = analysis.flips(interview.consultation());
        double cold = (System.nanoTime() - s) / 1e6;
        double coldCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
        List<Double> times = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            s = System.nanoTime();
            c = cpu.getCurrentThreadCpuTime();
            analysis.flips(interview.consultation());
            times.add((System.nanoTime() - s) / 1e6);
            cpuTimes.add((cpu.getCurrentThreadCpuTime() - c) / 1e6);
        }
        Collections.sort(times);
        Collections.sort(cpuTimes);
        System.out.printf("rule base and knowledge loaded in %.0f ms; %d answers, %d flips found%n",
                (built - t0) / 1e6, interview.consultation().answers().size(), flips.size());
        System.out.printf("sensitivity, first run after the build: %.1f ms wall, %.1f ms CPU of this thread%n", cold, coldCpu);
        System.out.printf("sensitivity, next %d runs: wall median %.1f ms, p90 %.1f ms, max %.1f ms; CPU median %.1f ms%n", runs,
                times.get(times.size() / 2), times.get((int) Math.min(times.size() - 1, Math.round(times.size() * 0.9))),
                times.get(times.size() - 1), cpuTimes.get(cpuTimes.size() / 2));
        System.out.println("(on a shared machine the wall time includes waiting for a core; the CPU time does not)");
        interview.consultation().close();
    }
}
