package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A question of the bank: a choice among options (always including unknown), a number in a range, or a
 * short text such as a name ({@code max} is its length limit; several names are separated by {@code ;}).
 * {@code identity} questions say which alliance a consultation is about (its name, partners, area, status):
 * the {@code identify} command asks them, and {@code save} names those still unanswered.
 * {@code assumedIfUnknown} says, in words, what the rules assume when it is answered unknown (may be empty).
 * {@code asks} declare when it is asked; the engine generates the asking rules from them.
 */
public record Question(String id, String area, String text, String help, String type, List<Option> options,
                       int min, int max, boolean joint, Citations cited, String file, boolean identity,
                       String assumedIfUnknown, List<Asking> asks) {

    /**
     * When a goal asks the question: with what priority, under which further conditions (DRL patterns,
     * besides "the goal is chosen and the question is not answered yet"), and the sentence that says why
     * (the generated rule's name, shown by {@code why}).
     */
    public record Asking(String goal, int priority, String because, List<String> when) {
    }

    /** The goals that ask this question. */
    public List<String> askedFor() {
        return asks.stream().map(Asking::goal).distinct().toList();
    }

    public static final String CHOICE = "choice";
    public static final String NUMBER = "number";
    public static final String TEXT = "text";
    public static final String UNKNOWN = "unknown";
    /** Letters, digits, spaces and plain punctuation: no markup, quotes, path or control characters. */
    private static final java.util.regex.Pattern TEXT_ALLOWED = java.util.regex.Pattern.compile("[\\p{L}\\p{N} &.,;:'()+#_-]+");

    public List<String> sources() {
        return cited.sources();
    }

    public boolean isNumber() {
        return NUMBER.equals(type);
    }

    public boolean isChoice() {
        return CHOICE.equals(type);
    }

    public boolean isText() {
        return TEXT.equals(type);
    }

    /** The values an answer may take, as shown in error messages. */
    public String allowedDescription() {
        if (isNumber()) {
            return "a whole number from " + min + " to " + max + ", or unknown";
        }
        if (isText()) {
            return "text of up to " + max + " letters, digits, spaces and . , ; : ' ( ) & + # - _ (several names separated by ;), or unknown";
        }
        List<String> values = new ArrayList<>();
        options.forEach(o -> values.add(o.value()));
        return String.join(", ", values);
    }

    public boolean allows(String value) {
        return normalise(value).isPresent();
    }

    /**
     * The canonical value for what a user typed at the prompt: like {@link #normalise} but an
     * option may also be chosen by its number (1-based).
     */
    public Optional<String> fromInput(String input) {
        Optional<String> value = normalise(input);
        if (value.isPresent() || isNumber() || input == null) {
            return value;
        }
        String s = input.trim();
        if (s.matches("\\d{1,3}")) {
            int index = Integer.parseInt(s);
            if (index >= 1 && index <= options.size()) {
                return Optional.of(options.get(index - 1).value());
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical value of an answer: an option value (any case), a whole number in range for
     * number questions, or {@code unknown}. Empty when the value is not allowed.
     */
    public Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        if (isText()) {
            return normaliseText(input);
        }
        String s = input.trim().toLowerCase(Locale.ROOT);
        if (s.equals(UNKNOWN) || s.equals("?")) {
            return Optional.of(UNKNOWN);
        }
        if (isNumber()) {
            try {
                double d = Double.parseDouble(s);
                if (d == Math.rint(d) && d >= min && d <= max) {
                    return Optional.of(String.valueOf((int) d));
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        for (Option o : options) {
            if (o.value().equalsIgnoreCase(s)) {
                return Optional.of(o.value());
            }
        }
        return Optional.empty();
    }

    /** Spaces collapsed, names separated by "; "; empty when the text is blank, too long or has other characters. */
    private Optional<String> normaliseText(String input) {
        String s = input.trim().replaceAll("\\s+", " ");
        if (s.equalsIgnoreCase(UNKNOWN) || s.equals("?")) {
            return Optional.of(UNKNOWN);
        }
        List<String> parts = new ArrayList<>();
        for (String part : s.split(";")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        String joined = String.join("; ", parts);
        if (joined.isEmpty() || joined.length() > max || !TEXT_ALLOWED.matcher(joined).matches()) {
            return Optional.empty();
        }
        return Optional.of(joined);
    }

    /** The label shown for a stored value. */
    public String label(String value) {
        for (Option o : options) {
            if (o.value().equals(value)) {
                return o.label();
            }
        }
        return value;
    }
}
