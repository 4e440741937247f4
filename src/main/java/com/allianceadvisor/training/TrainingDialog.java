package com.allianceadvisor.training;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.interview.ConsultationDialog;
import com.allianceadvisor.interview.Interview;
import com.allianceadvisor.interview.LineSource;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.PredictionItem;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Term;
import com.allianceadvisor.knowledge.TrainingCase;
import com.allianceadvisor.report.ChangeSummary;
import com.allianceadvisor.report.Report;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.BadInputException;

/**
 * A trainee's session with one case in the shell. Predict: read the narrative, predict each goal's
 * headline findings, see the advisor's conclusion beside the prediction with the evidence that decided
 * it, then what really happened and the debrief. Diagnose: answer the advisor's questions while reading
 * the case, then see where the answers differ from the case coding and what that would have changed.
 */
public final class TrainingDialog {
    private static final int WIDTH = 100;
    private final TrainingService service;
    private final LineSource in;
    private final PrintWriter out;

    public TrainingDialog(TrainingService service, LineSource in, PrintWriter out) {
        this.service = service;
        this.in = in;
        this.out = out;
    }

    /** Runs the prediction exercise; returns the score card, or null when the trainee quit. */
    public ScoreCard predict(Exercise ex, String trainee) {
        KnowledgeBase kb = ex.knowledge();
        service.checkRecord(trainee);
        narrative(ex.trainingCase());
        out.println("Predict what the advisor will conclude. At every prompt: a number (or several, separated by commas),");
        out.println("unknown, help, explain <term>, quit.");
        Map<String, List<String>> predictions = new LinkedHashMap<>();
        List<ScoredItem> all = new ArrayList<>();
        List<String> revealed = new ArrayList<>();
        for (String goal : ex.goals()) {
            out.println();
            out.println("== " + (kb.area(goal) == null ? goal : kb.area(goal).title()));
            for (PredictionItem item : ex.items(goal)) {
                List<String> p = ask(item, kb);
                if (p == null) {
                    stopped(ex, trainee, predictions, revealed);
                    return null;
                }
                predictions.put(item.key(), p);
            }
            revealed.add(goal);
            ScoreCard goalCard = ex.score(trainee, predictions);
            List<ScoredItem> goalItems = goalCard.items().stream().filter(i -> i.goal().equals(goal)).toList();
            all.addAll(goalItems);
            out.println();
            out.println("-- The advisor's conclusion (" + goal + ": " + goalCard.goals().get(goal) + "/100)");
            TrainingReports.reveal(goalItems, kb).forEach(out::println);
        }
        ScoreCard card = ex.score(trainee, predictions);
        out.println();
        out.println("== What happened");
        Text.wrap(ex.trainingCase().whatHappened(), WIDTH, "  ").forEach(out::println);
        debrief(ex);
        out.println();
        List<String> goals = new ArrayList<>();
        card.goals().forEach((g, s) -> goals.add(g + " " + s));
        out.println("Score: " + card.score() + "/100 (" + String.join(", ", goals) + ")");
        service.record(trainee, Attempt.PREDICT, card);
        out.println("Saved in the training record of " + trainee + "; 'train progress --trainee " + trainee + "' shows it.");
        out.flush();
        return card;
    }

    /** The trainee stopped: goals already revealed are recorded (their answer was seen), the rest is not. */
    private void stopped(Exercise ex, String trainee, Map<String, List<String>> predictions, List<String> revealed) {
        if (revealed.isEmpty()) {
            out.println("Stopped before any conclusion was shown; nothing was saved. 'train " + ex.trainingCase().id() + "' starts again.");
        } else {
            ScoreCard partial = ex.score(trainee, predictions, revealed);
            service.record(trainee, Attempt.PREDICT, partial);
            out.println("Stopped. The goals already revealed (" + String.join(", ", revealed) + ") are recorded with "
                    + partial.score() + "/100; the others were not shown and are not recorded.");
        }
        out.flush();
    }

    private void narrative(TrainingCase tc) {
        out.println();
        out.println(tc.title() + " (" + tc.year() + ", " + tc.industry() + "; difficulty " + tc.difficulty() + " of 3)");
        out.println();
        Text.wrap(tc.narrative(), WIDTH, "  ").forEach(out::println);
        out.println();
    }

    private void debrief(Exercise ex) {
        out.println();
        out.println("== Debrief: questions for discussion");
        int n = 1;
        for (String goal : ex.goals()) {
            for (TrainingCase.Debrief d : ex.trainingCase().debrief().getOrDefault(goal, List.of())) {
                Text.wrap(n++ + ". " + d.question(), WIDTH, "  ").forEach(out::println);
            }
        }
    }

    /** Asks one item; null when the trainee quits. */
    private List<String> ask(PredictionItem item, KnowledgeBase kb) {
        FindingDef def = kb.finding(item.finding());
        List<String> values = def.values();
        out.println();
        out.println(item.label() + " (" + TrainingReports.howMany(item) + ")");
        for (int i = 0; i < values.size(); i++) {
            out.printf("  %d) %s%n", i + 1, Labels.of(def, values.get(i)));
        }
        out.printf("  %d) unknown%n", values.size() + 1);
        while (true) {
            out.flush();
            String line = in.readLine(item.key() + "> ");
            if (line == null) {
                return null;
            }
            String input = line.trim();
            String lower = input.toLowerCase(Locale.ROOT);
            if (lower.equals("quit") || lower.equals("exit")) {
                return null;
            }
            if (lower.equals("help")) {
                help(item, def, kb);
                continue;
            }
            if (lower.startsWith("explain")) {
                explain(input.substring("explain".length()).trim());
                continue;
            }
            if (input.isEmpty()) {
                out.println("  Type a number, several separated by commas, unknown, help, explain <term> or quit.");
                continue;
            }
            try {
                return parse(item, values, input);
            } catch (BadInputException e) {
                out.println("  " + e.getMessage());
            }
        }
    }

    static List<String> parse(PredictionItem item, List<String> values, String input) {
        List<String> chosen = new ArrayList<>();
        for (String part : input.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String value = null;
            if (part.matches("\\d{1,3}")) {
                int n = Integer.parseInt(part);
                if (n == values.size() + 1) {
                    value = "unknown";
                } else if (n >= 1 && n <= values.size()) {
                    value = values.get(n - 1);
                }
            } else if (part.equalsIgnoreCase("unknown") || values.contains(part)) {
                value = part.equalsIgnoreCase("unknown") ? "unknown" : part;
            }
            if (value == null) {
                throw new BadInputException("'" + Text.oneLine(part) + "' is not one of the options; type 1-" + (values.size() + 1) + " or a value");
            }
            if (!value.equals("unknown") && !chosen.contains(value)) {
                chosen.add(value);
            }
        }
        if (item.kind().equals(PredictionItem.SINGLE) && chosen.size() > 1) {
            throw new BadInputException("choose one option here");
        }
        if (item.kind().equals(PredictionItem.PICK) && chosen.size() > item.pick()) {
            throw new BadInputException("choose at most " + item.pick() + " option(s) here");
        }
        return List.copyOf(chosen);
    }

    private void help(PredictionItem item, FindingDef def, KnowledgeBase kb) {
        out.println("  " + def.title() + ": what the advisor concludes for the finding '" + def.key() + "'.");
        List<Term> terms = kb.termsOfFinding(def.key());
        for (Term t : terms) {
            out.println("  - " + t.term() + ": " + TrainingReports.firstSentence(t.definition()));
        }
        out.println("  " + (terms.isEmpty() ? "" : "'explain <term>' tells more. ") + "Scoring: "
                + switch (item.kind()) {
                    case PredictionItem.SINGLE -> item.scale().isEmpty() ? "full credit for the right value."
                            : "full credit for the right value, half for its neighbour on the scale " + Labels.list(def, item.scale()) + ".";
                    case PredictionItem.LIST -> "credit for the overlap between your list and the advisor's.";
                    default -> "credit for each pick in the advisor's conclusion" + (item.rankBy().isEmpty() ? "." : " (half for one ranked lower).");
                });
    }

    private void explain(String term) {
        if (term.isEmpty()) {
            out.println("  explain what? type 'explain' and a term; 'glossary' lists the terms");
            return;
        }
        try {
            out.print(service.explain(term));
        } catch (BadInputException e) {
            out.println("  " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ diagnose

    /** Runs the diagnosis exercise: the trainee answers the advisor's questions from the narrative. */
    public Integer diagnose(Content content, Exercise ex, String trainee) {
        TrainingCase tc = ex.trainingCase();
        KnowledgeBase kb = ex.knowledge();
        service.checkRecord(trainee);
        narrative(tc);
        out.println("Answer the advisor's questions as you read the case (why, help, explain <term>, back, unknown, quit at every prompt).");
        Consultation mine = content.rules().newConsultation(ex.goals());
        Consultation coded = ex.coded(content);
        try {
            tc.partnerAnswers().forEach(mine::partnerAnswer);
            Interview interview = new Interview(kb, mine);
            ConsultationDialog.Outcome outcome = new ConsultationDialog(interview, in, out).run();
            if (outcome != ConsultationDialog.Outcome.COMPLETED) {
                out.println("Stopped before the end of the interview; nothing was compared or saved. 'train " + tc.id()
                        + " --diagnose' starts again.");
                out.flush();
                return null;
            }
            out.println();
            out.println("== Your reading against the case coding");
            // every question either side answered counts: one the coding answers but your reading never reached is a miss too
            java.util.Set<String> questions = new java.util.LinkedHashSet<>(mine.answers().keySet());
            questions.addAll(coded.answers().keySet());
            int same = 0;
            Map<String, Double> items = new LinkedHashMap<>();
            for (String id : questions) {
                String yours = mine.answers().get(id);
                String theirs = coded.answers().get(id);
                Question q = kb.question(id);
                if (yours != null && yours.equals(theirs)) {
                    same++;
                    items.put(id, 1.0);
                    continue;
                }
                items.put(id, 0.0);
                out.println("- " + q.text());
                out.println("    you: " + (yours == null ? "(not asked: your earlier answers took the interview elsewhere)" : q.label(yours))
                        + "; the coding: " + (theirs == null ? "(not asked with the coded answers)" : q.label(theirs)));
                String note = tc.coding().get(id);
                if (note != null) {
                    Text.wrap("why: " + note, WIDTH, "    ").forEach(out::println);
                }
            }
            int agreement = questions.isEmpty() ? 0 : (int) Math.round(100.0 * same / questions.size());
            out.println(same + " of " + questions.size() + " answers agree with the coding (" + agreement + "%).");
            Report codedReport = new ReportBuilder(kb).build(coded);
            Report yours = new ReportBuilder(kb).build(mine);
            List<String> changes = ChangeSummary.between(kb, codedReport, yours);
            out.println();
            out.println(changes.isEmpty() ? "Your reading leads to the same findings and advice as the coding."
                    : "What your reading would have changed in the advice (coding -> yours):");
            changes.forEach(c -> out.println("  " + c));
            Map<String, Integer> goals = new LinkedHashMap<>();
            ex.goals().forEach(g -> goals.put(g, agreement));
            service.record(trainee, Attempt.DIAGNOSE, new ScoreCard(tc.id(), trainee, agreement, goals, List.of()), items);
            out.println("Saved in the training record of " + trainee + ".");
            out.flush();
            return agreement;
        } finally {
            mine.close();
            coded.close();
        }
    }
}
