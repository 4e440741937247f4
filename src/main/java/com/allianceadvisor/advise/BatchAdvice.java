package com.allianceadvisor.advise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;

/**
 * Advises every {@code *.json} answer file of a folder in one process: one rule base, one session per file,
 * several at a time. Writes one report per file and {@code summary.csv} (file, goals, headline findings,
 * number of advice items, errors). A file that cannot be read is reported in the summary and the others
 * still run; it is bad input only when none could be read.
 */
public final class BatchAdvice {
    static final String SUMMARY = "summary.csv";

    /** Told after each file: how many are done, of how many. */
    public interface Progress {
        void update(int done, int total);
    }

    /** What a batch did: files found, files advised, files with errors, and where the summary is. */
    public record Result(int files, int advised, int failed, Path summary, long millis) {
        /** One line for the user: what was advised, how fast, and where the summary is. */
        public String describe() {
            return "Advised " + advised + " of " + files + " answer files" + (failed == 0 ? "" : " (" + failed + " could not be read)")
                    + " in " + millis + " ms (" + (millis == 0 ? files : files * 1000L / millis) + " per second); summary: " + summary;
        }
    }

    private record Row(String file, String goals, String headline, String adviceCount, String error) {
    }

    private final Content content;
    private final List<String> goals;
    private final Format format;
    private final boolean full;

    BatchAdvice(Content content, List<String> goals, Format format, boolean full) {
        this.content = content;
        this.goals = goals;
        this.format = format;
        this.full = full;
    }

    Result run(Path answersDir, Path out, int threads, Progress progress) {
        long start = System.nanoTime();
        List<Path> files = answerFiles(answersDir);
        prepare(answersDir, out);
        int workers = Math.max(1, Math.min(files.size(), threads > 0 ? threads : Runtime.getRuntime().availableProcessors()));
        AtomicInteger done = new AtomicInteger();
        List<Row> rows = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "advise");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Row row = advise(file, out);
                    progress.update(done.incrementAndGet(), files.size());
                    return row;
                }));
            }
            for (Future<Row> f : futures) {
                rows.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Path summary = out.resolve(SUMMARY);
        writeAtomically(summary, csv(rows));
        int failed = (int) rows.stream().filter(r -> !r.error().isEmpty()).count();
        if (failed == rows.size()) {
            throw new BadInputException("option --answers-dir: none of the " + rows.size() + " answer files in " + answersDir
                    + " could be read; see " + summary);
        }
        return new Result(rows.size(), rows.size() - failed, failed, summary, (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Path> answerFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("option --answers-dir: " + dir + " is not a folder");
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException("option --answers-dir: " + dir + " holds no .json answer files");
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException("option --answers-dir: " + dir + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void prepare(Path answersDir, Path out) {
        try {
            if (Files.isDirectory(out) && Files.isSameFile(out, answersDir)) {
                throw new BadInputException("option --out: " + out + " is the answers folder; give another folder for the reports");
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInputException("option --out: " + out + " cannot be created (" + e.getMessage() + ")");
        }
    }

    private Row advise(Path file, Path out) {
        String name = file.getFileName().toString();
        AnswerSet set;
        try {
            set = AnswerFiles.read(file, content.knowledge());
        } catch (BadInputException e) {
            return new Row(name, "", "", "", e.getMessage());
        }
        try {
            Report report = AdviseService.report(content, set, goals, full);
            writeAtomically(out.resolve(reportName(name)), format.render(report, content.knowledge()));
            return new Row(name, String.join(";", report.goals()), headline(report.findings()),
                    Integer.toString(report.advice().size()), "");
        } catch (RuntimeException e) {
            return new Row(name, "", "", "", name + ": " + e.getMessage());
        }
    }

    private String reportName(String answersName) {
        String base = answersName.substring(0, answersName.length() - ".json".length());
        return base + "." + switch (format) {
            case JSON -> "json";
            case MD -> "md";
            case HTML -> "html";
            case TEXT -> "txt";
        };
    }

    /** The single-valued findings, {@code key=value} joined by "; " (lists and numbers are in the report). */
    static String headline(Map<String, Object> findings) {
        List<String> parts = new ArrayList<>();
        findings.forEach((key, value) -> {
            if (value instanceof String s) {
                parts.add(key + "=" + s);
            }
        });
        return String.join("; ", parts);
    }

    private static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("file,goals,headline findings,advice,errors\n");
        for (Row r : rows) {
            sb.append(cell(r.file())).append(',').append(cell(r.goals())).append(',').append(cell(r.headline())).append(',')
                    .append(r.adviceCount()).append(',').append(cell(r.error())).append('\n');
        }
        return sb.toString();
    }

    static String cell(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        if (oneLine.contains(",") || oneLine.contains("\"") || oneLine.startsWith(" ")) {
            return "\"" + oneLine.replace("\"", "\"\"") + "\"";
        }
        return oneLine;
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot be written (" + e.getMessage().toLowerCase(Locale.ROOT) + ")");
        }
    }
}
