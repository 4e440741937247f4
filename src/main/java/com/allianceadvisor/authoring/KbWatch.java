package com.allianceadvisor.authoring;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.allianceadvisor.engine.RuleBuildException;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeException;
import com.allianceadvisor.store.BadInputException;

/**
 * {@code kb watch}: whenever a file under the rules or knowledge folder is saved, reload, validate and run
 * the scenarios, and report the result in a few lines. Saves that come together (an editor writes a file
 * in steps) are taken as one change. A reload that fails keeps the previous content.
 */
public final class KbWatch implements AutoCloseable {
    /** Changes within this time of each other are one save. */
    private static final long SETTLE_MS = 300;
    private final WatchService service;
    private final Thread thread;

    private KbWatch(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /** Starts watching the holder's folders; each save's result goes to the listener (on the watching thread). */
    public static KbWatch start(ContentHolder holder, Consumer<String> listener) {
        Path rules = holder.rulesDir();
        Path knowledge = holder.knowledgeDir();
        for (Path dir : new Path[] {rules, knowledge}) {
            if (dir == null || !Files.isDirectory(dir)) {
                throw new BadInputException("kb watch needs the rules and knowledge folders on disk; " + dir
                        + " is not a folder (start with -Dadvisor.rules=DIR -Dadvisor.knowledge=DIR)");
            }
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            for (Path dir : List.of(rules, knowledge)) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path d : tree.filter(Files::isDirectory).toList()) {
                        d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
            Thread thread = new Thread(() -> loop(service, holder, listener), "kb-watch");
            thread.setDaemon(true);
            thread.start();
            return new KbWatch(service, thread);
        } catch (IOException e) {
            throw new BadInputException("kb watch cannot watch " + rules + " and " + knowledge + " (" + e.getMessage() + ")");
        }
    }

    private static void loop(WatchService service, ContentHolder holder, Consumer<String> listener) {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                // let the rest of the save arrive, then report once
                WatchKey more;
                while ((more = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                listener.accept(check(holder));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Reloads from disk, validates and runs every scenario: a few lines saying what holds now. */
    static String check(ContentHolder holder) {
        long start = System.nanoTime();
        Content content;
        try {
            content = holder.reload(null, null);
        } catch (KnowledgeException | RuleBuildException e) {
            return "Reload refused after the save (the previous content stays):\n" + e.getMessage() + "\n";
        }
        long loaded = (System.nanoTime() - start) / 1_000_000;
        List<String> warnings = KbValidator.warnings(content);
        ScenarioSuite.Outcome outcome = ScenarioSuite.run(content, ContentFolder.diskOrBuiltIn(holder.knowledgeDir(), "knowledge-base"), "");
        long all = (System.nanoTime() - start) / 1_000_000;
        StringBuilder sb = new StringBuilder("Reloaded in " + loaded + " ms: " + content.rules().ruleNames().size() + " rules, "
                + content.knowledge().questions().size() + " questions" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)") + "; ");
        int run = outcome.results().size();
        sb.append(run - outcome.failed()).append(" of ").append(run).append(" scenarios passed (").append(all).append(" ms in all)\n");
        warnings.forEach(w -> sb.append("warning: ").append(w).append('\n'));
        outcome.results().stream().filter(r -> !r.passed()).forEach(r -> {
            sb.append("FAIL ").append(r.scenario().file()).append('\n');
            r.mismatches().forEach(m -> sb.append("     ").append(m).append('\n'));
        });
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch service that is already closed
        }
        thread.interrupt();
    }
}
