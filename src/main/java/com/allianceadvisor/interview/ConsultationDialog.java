package com.allianceadvisor.interview;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.allianceadvisor.knowledge.Option;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.Citations;
import com.allianceadvisor.knowledge.Source;
import com.allianceadvisor.knowledge.Term;

/**
 * The question-and-answer dialog: one question at a time with numbered options, progress and a help
 * line. At every prompt the user may type {@code why}, {@code help}, {@code back}, {@code unknown} or
 * {@code quit}; invalid input re-prompts with the allowed values.
 */
public final class ConsultationDialog {
    /** How a dialog ended. */
    public enum Outcome { COMPLETED, QUIT, END_OF_INPUT }

    private final Interview interview;
    private final LineSource in;
    private final PrintWriter out;

    public ConsultationDialog(Interview interview, LineSource in, PrintWriter out) {
        this.interview = interview;
        this.in = in;
        this.out = out;
    }

    /** Asks questions until none is left, or the user quits. */
    public Outcome run() {
        String forced = null;
        while (true) {
            Interview.Lookahead look = forced != null ? new Interview.Lookahead(Optional.of(interview.question(forced)), interview.progress())
                    : interview.lookahead();
            forced = null;
            if (look.next().isEmpty()) {
                return Outcome.COMPLETED;
            }
            Question q = look.next().get();
            out.println();
            out.println("[" + look.progress() + "]");
            Step step = ask(q, true);
            switch (step.kind) {
                case ANSWERED -> { }
                case BACK -> {
                    Optional<String> previous = interview.back();
                    if (previous.isPresent()) {
                        out.println("Going back to " + previous.get() + ".");
                        forced = previous.get();
                    } else {
                        out.println("This is the first question; there is nothing to go back to.");
                        forced = q.id();
                    }
                }
                case QUIT -> {
                    out.println("Consultation kept. 'consult --resume' continues it, 'save <name>' keeps it on disk.");
                    return Outcome.QUIT;
                }
                case END -> {
                    return Outcome.END_OF_INPUT;
                }
            }
        }
    }

    /**
     * Asks the partner the questions of a joint assessment; {@code help}, {@code why}, {@code explain},
     * {@code back} and {@code quit} work as in the interview. Returns how many of them the partner has answered.
     */
    public int askPartner(List<Question> questions) {
        int i = 0;
        while (i < questions.size()) {
            Question q = questions.get(i);
            out.println();
            out.println("[partner: " + (i + 1) + " of " + questions.size() + "]");
            show(q);
            Kind kind = askPartnerOnce(q);
            if (kind == Kind.QUIT || kind == Kind.END) {
                out.println("Partner answers kept. 'partner' continues, 'save <name>' keeps them on disk.");
                break;
            }
            if (kind == Kind.BACK) {
                if (i == 0) {
                    out.println("This is the partner's first question; there is nothing to go back to.");
                } else {
                    i--;
                    interview.consultation().withdrawPartner(questions.get(i).id());
                    out.println("Going back to " + questions.get(i).id() + ".");
                }
                continue;
            }
            i++;
        }
        int answered = 0;
        for (Question q : questions) {
            if (interview.consultation().partnerAnswers().containsKey(q.id())) {
                answered++;
            }
        }
        return answered;
    }

    private Kind askPartnerOnce(Question q) {
        while (true) {
            out.flush();
            String line = in.readLine("partner " + q.id() + "> ");
            if (line == null) {
                return Kind.END;
            }
            String input = line.trim();
            switch (input.toLowerCase(Locale.ROOT)) {
                case "" -> out.println("Type 1-" + Math.max(1, q.options().size()) + ", a value, or: why, help, explain <term>, back, quit.");
                case "quit", "exit" -> {
                    return Kind.QUIT;
                }
                case "back" -> {
                    return Kind.BACK;
                }
                case "help" -> help(q);
                case "why" -> interview.why(q.id()).forEach(l -> out.println("  " + l));
                default -> {
                    if (input.toLowerCase(Locale.ROOT).startsWith("explain")) {
                        explain(input.substring("explain".length()).trim());
                        continue;
                    }
                    try {
                        out.println("  -> partner " + q.id() + " = " + interview.partnerInput(q.id(), input));
                        return Kind.ANSWERED;
                    } catch (InvalidAnswerException e) {
                        out.println("  " + e.getMessage());
                    }
                }
            }
        }
    }

    /** Asks one question (for 'change'); true when it was answered. */
    public boolean askOnce(Question q) {
        return ask(q, false).kind == Kind.ANSWERED;
    }

    private enum Kind { ANSWERED, BACK, QUIT, END }

    private record Step(Kind kind) {
    }

    private Step ask(Question q, boolean backAllowed) {
        show(q);
        while (true) {
            out.flush();
            String line = in.readLine(q.id() + "> ");
            if (line == null) {
                return new Step(Kind.END);
            }
            String input = line.trim();
            switch (input.toLowerCase(Locale.ROOT)) {
                case "" -> out.println("Type 1-" + Math.max(1, q.options().size()) + ", a value, or: why, help, explain <term>, back, quit.");
                case "why" -> interview.why(q.id()).forEach(l -> out.println("  " + l));
                case "help" -> help(q);
                case "back" -> {
                    if (backAllowed) {
                        return new Step(Kind.BACK);
                    }
                    out.println("'back' works during 'consult'; here, answer or type quit to leave the answer as it was.");
                }
                case "quit", "exit" -> {
                    return new Step(Kind.QUIT);
                }
                default -> {
                    if (input.toLowerCase(Locale.ROOT).startsWith("explain")) {
                        explain(input.substring("explain".length()).trim());
                        continue;
                    }
                    try {
                        String value = interview.answerInput(q.id(), input);
                        out.println("  -> " + q.id() + " = " + value);
                        return new Step(Kind.ANSWERED);
                    } catch (InvalidAnswerException e) {
                        out.println("  " + e.getMessage());
                    }
                }
            }
        }
    }

    private void show(Question q) {
        out.println(q.text());
        if (q.isNumber()) {
            out.println("  Answer " + q.min() + " to " + q.max() + ", or unknown.");
        } else if (q.isText()) {
            out.println("  Type up to " + q.max() + " characters (several names separated by ;), or unknown.");
        } else {
            List<Option> options = q.options();
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                out.printf("  %d) %-15s %s%n", i + 1, o.value(), o.label());
            }
        }
        out.println("  (" + firstSentence(q.help()) + "  Type help, why, back, unknown or quit.)");
    }

    private void help(Question q) {
        out.println("  " + q.help());
        for (String id : q.sources()) {
            Source s = interview.knowledge().sources().get(id);
            String at = q.cited().locators().get(id);
            out.println("  Source: " + (s == null ? id : s.reference()) + (at == null ? "" : " (" + at + ")"));
        }
        if (q.cited().heuristic()) {
            out.println("  Basis: " + Citations.ADVISOR_HEURISTIC + " (how the advisor weighs this answer is its own rule of thumb)");
        }
        List<String> terms = new java.util.ArrayList<>();
        interview.knowledge().termsOfQuestion(q.id()).forEach(t -> terms.add(t.term()));
        if (!terms.isEmpty()) {
            out.println("  Glossary: " + String.join(", ", terms) + " (type 'explain <term>')");
        }
    }

    private void explain(String typed) {
        Term t = typed.isEmpty() ? null : interview.knowledge().term(typed);
        if (t == null) {
            out.println("  " + (typed.isEmpty() ? "explain what? type 'explain' and a term" : "'" + typed + "' is not in the glossary")
                    + "; 'help' names the terms of this question, the 'glossary' command lists them all");
            return;
        }
        out.println("  " + t.term() + ": " + t.definition());
        out.println("  Example: " + t.example());
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
