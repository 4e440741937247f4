package com.allianceadvisor.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.report.Format;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.AnswerFiles;
import com.allianceadvisor.store.AnswerSet;
import com.allianceadvisor.store.BadInputException;
import com.allianceadvisor.store.SessionStore;

/**
 * Portfolio reviews from the saved sessions or from a folder of answer files. A file that cannot be read
 * is named in the problems and skipped; the others are reviewed.
 */
public final class PortfolioService {
    private static final AnswerSet NONE = new AnswerSet(List.of(), Map.of(), Map.of());

    private final ContentHolder content;
    private final SessionStore store;

    public PortfolioService(ContentHolder content, SessionStore store) {
        this.content = content;
        this.store = store;
    }

    /** A finished report and the files that were skipped, one line each. */
    public record Result(String report, List<String> problems) {
    }

    /** Reviews every {@code *.json} answer file of a folder as one alliance; none readable is bad input. */
    public Result fromDir(Path dir, Path ownAnswers, String formatName) {
        Format format = format(formatName);
        Content c = content.get();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("option --dir: '" + dir + "' is not a folder; give a folder of *.json answer files");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        List<String> problems = new ArrayList<>();
        List<Alliance> alliances = new ArrayList<>();
        for (Path file : files) {
            try {
                alliances.add(new Alliance(idOf(file), AnswerFiles.read(file, c.knowledge())));
            } catch (BadInputException e) {
                problems.add(e.getMessage() + "; skipped");
            }
        }
        if (alliances.isEmpty() && !problems.isEmpty()) {
            String first = problems.get(0).replaceFirst("; skipped$", "");
            throw new BadInputException(first + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more unreadable file(s))" : "")
                    + "; no alliance could be read from " + dir);
        }
        if (alliances.isEmpty()) {
            throw new BadInputException("option --dir: no alliance could be read from " + dir
                    + " (no *.json file); each alliance is an answer file like {\"goals\": [...], \"answers\": {...}}");
        }
        AnswerSet own = ownAnswers == null ? NONE : AnswerFiles.read(ownAnswers, c.knowledge());
        Interview interview = PortfolioReview.open(c, alliances, own);
        try {
            return new Result(format.render(new ReportBuilder(c).build(interview.consultation()), c.knowledge()), problems);
        } finally {
            interview.consultation().close();
        }
    }

    /**
     * A portfolio consultation over saved sessions (all of them when {@code names} is empty); sessions that
     * cannot be read are added to {@code problems} and skipped.
     */
    public Interview fromStore(List<String> names, Path ownAnswers, List<String> problems) {
        Content c = content.get();
        List<Alliance> alliances = new ArrayList<>();
        for (String name : names.isEmpty() ? store.names() : names) {
            try {
                alliances.add(new Alliance(name, store.load(name, c.knowledge())));
            } catch (BadInputException e) {
                problems.add(e.getMessage() + "; skipped");
            }
        }
        AnswerSet own = ownAnswers == null ? NONE : AnswerFiles.read(ownAnswers, c.knowledge());
        return PortfolioReview.open(c, alliances, own);
    }

    /** The alliance id of an answer file: its name without {@code .json}, with anything but letters, digits, '-', '_' and '.' replaced. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - ".json".length());
        String id = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return id.isEmpty() ? "_" : id;
    }

    static Format format(String name) {
        return Format.named(name).orElseThrow(() -> new BadInputException(
                "option --format: '" + name + "' is not allowed; allowed: " + Format.allowed()));
    }
}
