package com.allianceadvisor.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.Nearest;
import com.allianceadvisor.knowledge.PredictionItem;
import com.allianceadvisor.knowledge.Term;
import com.allianceadvisor.knowledge.TrainingCase;
import com.allianceadvisor.store.BadInputException;

/**
 * Training new alliance managers on real cases: the case list, exercises, scoring of predictions,
 * each trainee's history and progress, and the trainer's files (handout, debrief notes, grades).
 */
public final class TrainingService {
    private final ContentHolder content;
    private final TraineeRecords records;

    public TrainingService(ContentHolder content, Path dataDir) {
        this.content = content;
        this.records = new TraineeRecords(dataDir);
    }

    public KnowledgeBase knowledge() {
        return content.get().knowledge();
    }

    /** The trainee name to use: the one given (checked) or the user's login name. */
    public String trainee(String name) {
        return TraineeRecords.trainee(name);
    }

    // ------------------------------------------------------------------ cases

    /** The case list with this trainee's attempts: title, goals, difficulty, done, best score. */
    public String catalogue(String trainee) {
        KnowledgeBase kb = knowledge();
        List<Attempt> attempts = records.attempts(trainee(trainee));
        StringBuilder sb = new StringBuilder(String.format("%-30s %-52s %-28s %-4s %s%n", "case", "title", "goals", "diff", "best (predict)"));
        for (TrainingCase c : kb.cases().values()) {
            int best = attempts.stream().filter(a -> a.caseId().equals(c.id()) && a.mode().equals(Attempt.PREDICT))
                    .mapToInt(Attempt::score).max().orElse(-1);
            boolean diagnosed = attempts.stream().anyMatch(a -> a.caseId().equals(c.id()) && a.mode().equals(Attempt.DIAGNOSE));
            sb.append(String.format("%-30s %-52s %-28s %-4s %s%n", c.id(), clip(c.title() + " (" + c.year() + ")", 52),
                    String.join(",", c.goals()), "*".repeat(c.difficulty()),
                    best < 0 ? (diagnosed ? "diagnosed" : "not done") : best + "/100" + (diagnosed ? ", diagnosed" : "")));
        }
        sb.append(kb.cases().size()).append(" cases. 'train <case>' to predict, 'train <case> --diagnose' to read the case as the advisor asks.\n");
        return sb.toString();
    }

    /** Opens a case for training; the goals must be among the case's (empty: all of them). */
    public Exercise open(String caseId, List<String> goals) {
        Content c = content.get();
        TrainingCase tc = trainingCase(c.knowledge(), caseId);
        List<String> chosen = goals.isEmpty() ? tc.goals() : goals;
        for (String g : chosen) {
            if (!tc.goals().contains(g)) {
                throw new BadInputException("option --goals: '" + Text.oneLine(g) + "' is not a goal of case '" + tc.id()
                        + "'; allowed: " + String.join(", ", tc.goals()));
            }
        }
        return new Exercise(c, tc, chosen);
    }

    static TrainingCase trainingCase(KnowledgeBase kb, String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new BadInputException("give a case id, e.g. 'train siecor'; 'train' lists the cases");
        }
        TrainingCase tc = kb.trainingCase(caseId);
        if (tc == null) {
            String near = Nearest.of(caseId, kb.cases().keySet());
            throw new BadInputException("no case '" + Text.oneLine(caseId) + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                    + " ('train' lists the cases)");
        }
        return tc;
    }

    /** Saves a finished exercise in the trainee's history, dated today. */
    public void record(String trainee, String mode, ScoreCard card) {
        Map<String, Double> items = new LinkedHashMap<>();
        card.items().stream().filter(ScoredItem::scored).forEach(i -> items.put(i.key(), i.credit()));
        record(trainee, mode, card, items);
    }

    void record(String trainee, String mode, ScoreCard card, Map<String, Double> items) {
        records.add(trainee(trainee), new Attempt(card.caseId(), mode, LocalDate.now().toString(), card.score(), card.goals(), items));
    }

    /** Checks before an exercise that the trainee's record can be read (and so written at the end). */
    public void checkRecord(String trainee) {
        records.attempts(trainee(trainee));
    }

    // ------------------------------------------------------------------ non-interactive scoring

    /** Scores one prediction file: JSON or Markdown. */
    public String scoreFile(String caseId, Path predictions, String format) {
        ScoreCard card = scoreCard(caseId, predictions);
        return switch (format(format)) {
            case "md" -> TrainingReports.markdown(card, knowledge());
            default -> TrainingReports.json(card);
        };
    }

    private ScoreCard scoreCard(String caseId, Path predictions) {
        KnowledgeBase kb = knowledge();
        String id = caseId;
        if (id == null || id.isBlank()) {
            // the case may come from the file itself
            PredictionFiles.PredictionFile peek = PredictionFiles.read(predictions, kb, kb.predictions());
            id = peek.caseId();
            if (id == null) {
                throw new BadInputException(predictions + ": field 'case' is missing and no --case was given");
            }
        }
        try (Exercise ex = open(id, List.of())) {
            PredictionFiles.PredictionFile file = PredictionFiles.read(predictions, kb, ex.items());
            if (file.caseId() != null && !file.caseId().equals(ex.trainingCase().id())) {
                throw new BadInputException(predictions + ": field 'case' is '" + Text.oneLine(file.caseId()) + "', but the case graded is '"
                        + ex.trainingCase().id() + "'");
            }
            String trainee = file.trainee() == null ? fileName(predictions) : file.trainee();
            return ex.score(trainee, file.predictions());
        }
    }

    private static String format(String format) {
        String f = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("md")) {
            throw new BadInputException("option --format: '" + Text.oneLine(format) + "' is not allowed; allowed: json, md");
        }
        return f;
    }

    /**
     * Grades every {@code *.json} prediction file of a folder into a CSV: one row per file, one column
     * per item, the total. Unreadable files are reported (returned) and skipped.
     */
    public GradeResult grade(String caseId, Path dir, Path out, boolean force) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("option --dir: '" + dir + "' is not a folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
        List<ScoreCard> cards = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<PredictionItem> items;
        try (Exercise ex = open(caseId, List.of())) {
            items = ex.items();
        }
        for (Path f : files) {
            try {
                cards.add(scoreCard(caseId, f));
            } catch (BadInputException e) {
                errors.add(e.getMessage());
            }
        }
        if (cards.isEmpty()) {
            throw new BadInputException(dir + ": no prediction file could be graded" + (errors.isEmpty() ? " (no .json files)" : ": " + errors.get(0)));
        }
        StringBuilder csv = new StringBuilder("trainee");
        items.forEach(i -> csv.append(',').append(i.key()));
        csv.append(",score\n");
        for (ScoreCard card : cards) {
            csv.append(TrainingReports.csv(card.trainee()));
            for (PredictionItem i : items) {
                ScoredItem s = card.items().stream().filter(x -> x.key().equals(i.key())).findFirst().orElse(null);
                csv.append(',').append(s == null || !s.scored() ? "" : String.format(Locale.ROOT, "%.2f", s.credit()));
            }
            csv.append(',').append(card.score()).append('\n');
        }
        write(out, csv.toString(), force);
        return new GradeResult(cards.size(), errors, out);
    }

    /** The outcome of grading a folder: how many were graded, the files that could not be, the CSV. */
    public record GradeResult(int graded, List<String> errors, Path out) {
    }

    // ------------------------------------------------------------------ trainer's files

    /** The narrative and a blank prediction sheet, as Markdown. */
    public Path handout(String caseId, Path out, boolean force) {
        try (Exercise ex = open(caseId, List.of())) {
            write(out, TrainingReports.handout(ex), force);
        }
        return out;
    }

    /** The trainer's notes: coding, the advisor's conclusions and why, what happened, the debrief. */
    public Path debrief(String caseId, Path out, boolean force) {
        try (Exercise ex = open(caseId, List.of())) {
            write(out, TrainingReports.debrief(ex), force);
        }
        return out;
    }

    /** Writes atomically; refuses to replace an existing file unless forced. */
    static void write(Path out, String text, boolean force) {
        if (out == null) {
            throw new BadInputException("option --out is required: the file to write");
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException(out + ": already exists; add --force to replace it");
        }
        com.allianceadvisor.store.AtomicFiles.write(out, text);
    }

    // ------------------------------------------------------------------ progress

    /** The trainee's history, the concepts most often missed, and the next case to do. */
    public String progress(String trainee) {
        String name = trainee(trainee);
        KnowledgeBase kb = knowledge();
        List<Attempt> attempts = records.attempts(name);
        StringBuilder sb = new StringBuilder("Training record of " + name + "\n");
        if (attempts.isEmpty()) {
            sb.append("No case done yet.\n");
        }
        for (Attempt a : attempts) {
            TrainingCase tc = kb.trainingCase(a.caseId());
            List<String> goals = new ArrayList<>();
            a.goals().forEach((g, s) -> goals.add(g + " " + s));
            sb.append(String.format("  %s  %-9s %-44s %3d/100  %s%n", a.date(), a.mode(), clip(tc == null ? a.caseId() : tc.title(), 44),
                    a.score(), String.join(", ", goals)));
        }
        // concepts missed: average credit per item over predict attempts, weakest first
        Map<String, double[]> byItem = new LinkedHashMap<>();
        Map<String, double[]> byGoal = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            if (!a.mode().equals(Attempt.PREDICT)) {
                continue;
            }
            a.items().forEach((k, v) -> add(byItem, k, v));
            a.goals().forEach((g, s) -> add(byGoal, g, s / 100.0));
        }
        List<Map.Entry<String, double[]>> missed = byItem.entrySet().stream().filter(e -> e.getValue()[0] / e.getValue()[1] < 1)
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0] / e.getValue()[1])
                        .thenComparing(Map.Entry::getKey)).toList();
        if (!missed.isEmpty()) {
            sb.append("Concepts most often missed:\n");
            for (var e : missed.subList(0, Math.min(5, missed.size()))) {
                PredictionItem item = kb.predictions().stream().filter(p -> p.key().equals(e.getKey())).findFirst().orElse(null);
                List<String> terms = new ArrayList<>();
                if (item != null) {
                    kb.termsOfFinding(item.finding()).forEach(t -> terms.add(t.term()));
                }
                sb.append(String.format("  %-34s %3.0f%% credit on average over %d case(s)%s%n", item == null ? e.getKey() : item.label(),
                        100 * e.getValue()[0] / e.getValue()[1], (int) e.getValue()[1],
                        terms.isEmpty() ? "" : "; read: " + String.join(", ", terms.subList(0, Math.min(3, terms.size())))));
            }
        }
        String weakest = byGoal.entrySet().stream().min(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0] / e.getValue()[1])
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
        TrainingCase next = next(kb, attempts, weakest);
        if (next != null) {
            sb.append("Next: 'train ").append(next.id()).append("' (").append(next.title()).append("; goals ")
                    .append(String.join(", ", next.goals())).append("; difficulty ").append(next.difficulty()).append(")")
                    .append(weakest == null ? ", an easy case to start with" : ", to train " + weakest + ", your weakest goal so far").append(".\n");
        }
        return sb.toString();
    }

    private static void add(Map<String, double[]> sums, String key, double value) {
        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
        s[0] += value;
        s[1]++;
    }

    /** A case that trains the goal: not done yet first, easiest first, then the one with the lowest best score. */
    static TrainingCase next(KnowledgeBase kb, List<Attempt> attempts, String goal) {
        Map<String, Integer> best = new LinkedHashMap<>();
        attempts.stream().filter(a -> a.mode().equals(Attempt.PREDICT)).forEach(a -> best.merge(a.caseId(), a.score(), Math::max));
        return kb.cases().values().stream().filter(c -> goal == null || c.goals().contains(goal))
                .min(Comparator.comparingInt((TrainingCase c) -> best.getOrDefault(c.id(), -1))
                        .thenComparingInt(TrainingCase::difficulty).thenComparing(TrainingCase::id))
                .orElse(null);
    }

    // ------------------------------------------------------------------ glossary

    /** The glossary (or one term) as text, Markdown or JSON. */
    public String glossary(String term, String format) {
        KnowledgeBase kb = knowledge();
        String f = format == null ? "text" : format.toLowerCase(Locale.ROOT);
        List<Term> terms = term == null || term.isBlank() ? List.copyOf(kb.glossary().values()) : List.of(term(kb, term));
        return switch (f) {
            case "json" -> TrainingReports.glossaryJson(terms);
            case "md" -> TrainingReports.glossaryMarkdown(terms, kb);
            case "text" -> terms.size() == 1 ? explain(terms.get(0).id()) : TrainingReports.glossaryIndex(terms);
            default -> throw new BadInputException("option --format: '" + Text.oneLine(format) + "' is not allowed; allowed: text, md, json");
        };
    }

    /** One term explained: definition, example, related terms, where the advisor uses it, sources. */
    public String explain(String typed) {
        KnowledgeBase kb = knowledge();
        return TrainingReports.explain(term(kb, typed), kb);
    }

    static Term term(KnowledgeBase kb, String typed) {
        Term t = typed == null ? null : kb.term(typed.trim());
        if (t == null) {
            List<String> names = new ArrayList<>();
            kb.glossary().values().forEach(x -> names.add(x.id()));
            String near = typed == null ? null : Nearest.of(typed.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"), names);
            throw new BadInputException("'" + Text.oneLine(typed) + "' is not in the glossary" + (near == null ? "" : "; did you mean '"
                    + kb.glossary().get(near).term() + "'?") + " ('glossary' lists the terms)");
        }
        return t;
    }

    private static String fileName(Path p) {
        return p.getFileName().toString().replaceFirst("\\.json$", "");
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
