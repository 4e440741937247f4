package com.allianceadvisor.commandline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import com.allianceadvisor.advise.AdviseService;
import com.allianceadvisor.advise.BatchAdvice;
import com.allianceadvisor.authoring.KbValidator;
import com.allianceadvisor.authoring.ScenarioSuite;
import com.allianceadvisor.engine.RuleBuildException;
import com.allianceadvisor.engine.RuleCache;
import com.allianceadvisor.interview.InvalidAnswerException;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeException;
import com.allianceadvisor.store.BadInputException;

/**
 * Runs the one-shot commands of scripts and CI ({@code advise}, {@code kb validate}, {@code kb test}) without
 * starting the Spring context: same services, same output, same exit codes (0 ok, 1 failed, 2 bad input with
 * one line). Anything it does not fully understand is left to the shell, which then behaves as before.
 */
public final class OneShotCommands {
    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int BAD_INPUT = 2;
    private static final Set<String> ADVISE_OPTIONS =
            Set.of("--answers", "--partner-answers", "--goals", "--format", "--answers-dir", "--out", "--threads", "--full");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--full");

    private final Settings settings;
    private final PrintStream out;

    private OneShotCommands(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** The exit code of the command, or empty when the arguments are not a one-shot command this handles. */
    public static OptionalInt run(String[] args, PrintStream out) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        Settings settings = Settings.fromEnvironment();
        if (settings == null) {
            return OptionalInt.empty();
        }
        OneShotCommands commands = new OneShotCommands(settings, out);
        List<String> list = List.of(args);
        if (list.get(0).equals("advise")) {
            if (list.contains("--help") || list.contains("-h")) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(commands.guarded(() -> commands.advise(optionsOrError("advise", list.subList(1, list.size()), ADVISE_OPTIONS))));
        }
        if (list.size() >= 2 && list.get(0).equals("kb") && list.get(1).equals("validate") && list.size() == 2) {
            return OptionalInt.of(commands.guarded(commands::validate));
        }
        if (list.get(0).equals("portfolio") && (list.size() == 1 || list.get(1).startsWith("--")) && !list.contains("--help") && !list.contains("-h")) {
            return OptionalInt.of(commands.guarded(() -> commands.portfolio(
                    optionsOrError("portfolio", list.subList(1, list.size()), Set.of("--dir", "--answers", "--format")))));
        }
        if (list.size() >= 2 && list.get(0).equals("kb") && list.get(1).equals("coverage") && !list.contains("--help")) {
            return OptionalInt.of(commands.guarded(() -> commands.coverage(
                    optionsOrError("kb coverage", list.subList(2, list.size()), Set.of("--format")).getOrDefault("--format", "text"))));
        }
        if (list.size() >= 2 && list.get(0).equals("kb") && list.get(1).equals("test") && !list.contains("--help")) {
            return OptionalInt.of(commands.guarded(() -> commands.test(
                    optionsOrError("kb test", list.subList(2, list.size()), Set.of("--filter", "--format", "--out")))));
        }
        return OptionalInt.empty();
    }

    /** The options, or a one-line usage error naming the first problem and the nearest known option. */
    private static Map<String, String> optionsOrError(String command, List<String> args, Set<String> known) {
        Map<String, String> options = new HashMap<>();
        String usage = "; usage: " + command + " " + String.join(" ", new java.util.TreeSet<>(known).stream()
                .map(o -> FLAGS.contains(o) ? "[" + o + "]" : "[" + o + " VALUE]").toList())
                + " ('" + command + " --help' explains them)";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!known.contains(a)) {
                String near = com.allianceadvisor.knowledge.Nearest.of(a, known);
                throw new BadInputException((a.startsWith("-") ? "unknown option '" + a + "'" : "unexpected '" + a + "'")
                        + (near == null ? "" : " (did you mean '" + near + "'?)") + usage);
            }
            if (FLAGS.contains(a)) {
                if (options.put(a, "true") != null) {
                    throw new BadInputException("option " + a + " is given twice" + usage);
                }
                continue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new BadInputException("option " + a + " needs a value" + usage);
            }
            if (options.put(a, args.get(++i)) != null) {
                throw new BadInputException("option " + a + " is given twice" + usage);
            }
        }
        return options;
    }

    private interface Command {
        int run();
    }

    private int guarded(Command command) {
        try {
            return command.run();
        } catch (BadInputException | InvalidAnswerException | KnowledgeException | RuleBuildException
                 | com.allianceadvisor.engine.RuleFaultException e) {
            return error(e.getMessage(), BAD_INPUT);
        } catch (IllegalStateException e) {
            return error(e.getMessage(), FAILED);
        } finally {
            out.flush();
        }
    }

    /** Errors go to stderr, so that stdout carries only the report. */
    private int error(String message, int code) {
        out.flush();
        System.err.print("Error: " + message + "\n");
        System.err.flush();
        return code;
    }

    private ContentHolder content() {
        return new ContentHolder(settings.rules(), settings.knowledge(), RuleCache.in(settings.data().resolve("cache")));
    }

    private int advise(Map<String, String> options) {
        AdviseService service = new AdviseService(content());
        String format = options.getOrDefault("--format", "json");
        String goals = options.getOrDefault("--goals", "");
        if (options.containsKey("--answers-dir")) {
            if (!options.containsKey("--out")) {
                throw new BadInputException("option --out: required with --answers-dir (the folder for the reports)");
            }
            int threads = threads(options.getOrDefault("--threads", "0"));
            BatchAdvice.Result result = service.adviseAll(Path.of(options.get("--answers-dir")), Path.of(options.get("--out")),
                    goals, format, threads, options.containsKey("--full"), ProgressBar.onTerminal());
            out.println(result.describe());
            return OK;
        }
        if (!options.containsKey("--answers")) {
            throw new BadInputException("option --answers: required (a JSON answer file), or --answers-dir DIR --out DIR");
        }
        String partner = options.get("--partner-answers");
        out.print(service.advise(Path.of(options.get("--answers")), partner == null ? null : Path.of(partner), goals, format));
        return OK;
    }

    private static int threads(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("option --threads: '" + text + "' is not allowed; allowed: a whole number, 0 for one per processor");
    }

    private int validate() {
        out.print(KbValidator.summary(content().get()));
        out.println();
        return OK;
    }

    /** {@code portfolio --dir DIR [--answers FILE] [--format F]}: unreadable files on stderr, the report on stdout. */
    private int portfolio(Map<String, String> options) {
        if (!options.containsKey("--dir")) {
            throw new BadInputException("option --dir: required (a folder of *.json answer files, one alliance each)");
        }
        var service = new com.allianceadvisor.portfolio.PortfolioService(content(), new com.allianceadvisor.store.SessionStore(settings.data()));
        var result = service.fromDir(Path.of(options.get("--dir")), options.containsKey("--answers") ? Path.of(options.get("--answers")) : null,
                options.getOrDefault("--format", "json"));
        out.flush();
        result.problems().forEach(p -> System.err.println(com.allianceadvisor.knowledge.Echo.line(p)));
        System.err.flush();
        out.print(result.report());
        return OK;
    }

    private int coverage(String format) {
        out.print(com.allianceadvisor.authoring.Coverage.of(content().get(),
                ContentFolder.diskOrBuiltIn(settings.knowledge(), "knowledge-base")).render(format));
        return OK;
    }

    private int test(Map<String, String> options) {
        String format = options.getOrDefault("--format", "text");
        Path file = options.containsKey("--out") ? Path.of(options.get("--out")) : null;
        com.allianceadvisor.authoring.TestReport.check(format, file);
        ContentHolder holder = content();
        ScenarioSuite.Outcome outcome = ScenarioSuite.run(holder.get(), ContentFolder.diskOrBuiltIn(settings.knowledge(), "knowledge-base"),
                options.getOrDefault("--filter", ""));
        out.print(outcome.text());
        if (file != null) {
            out.println("Wrote " + com.allianceadvisor.authoring.TestReport.write(outcome, format, file));
        }
        if (outcome.failed() > 0) {
            return error(outcome.failed() + " scenario(s) failed", FAILED);
        }
        return OK;
    }
}
