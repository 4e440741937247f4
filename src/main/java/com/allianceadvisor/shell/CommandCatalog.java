package com.allianceadvisor.shell;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;

import com.allianceadvisor.knowledge.Echo;
import com.allianceadvisor.knowledge.Nearest;

/**
 * The commands the shell offers, read from the command classes without starting the application, so
 * that a mistyped command on the command line gets one line with the nearest command instead of the
 * shell's error and stack trace.
 */
public final class CommandCatalog {
    /** Commands Spring Shell itself provides. */
    private static final List<String> BUILT_IN = List.of("help", "version", "clear", "exit", "quit", "stacktrace", "history", "completion");

    private CommandCatalog() {
    }

    /** Every command key, e.g. {@code kb validate}. */
    public static List<String> keys() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ShellComponent.class));
        TreeSet<String> keys = new TreeSet<>(BUILT_IN);
        for (BeanDefinition bd : scanner.findCandidateComponents("com.allianceadvisor")) {
            try {
                for (Method m : Class.forName(bd.getBeanClassName()).getDeclaredMethods()) {
                    ShellMethod sm = m.getAnnotation(ShellMethod.class);
                    if (sm != null) {
                        keys.addAll(List.of(sm.key()));
                    }
                }
            } catch (ClassNotFoundException e) {
                // a class the scanner saw but cannot load offers no command
            }
        }
        return new ArrayList<>(keys);
    }

    /** Null when the arguments start with a known command; otherwise the one-line error to print. */
    public static String unknownCommand(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return args.length == 0 ? null : "unknown command '" + Echo.of(args[0]) + "'; run without arguments for the shell, or 'help' for the commands";
        }
        List<String> keys = keys();
        for (String key : keys) {
            String[] words = key.split(" ");
            if (words.length <= args.length && java.util.Arrays.equals(words, java.util.Arrays.copyOf(args, words.length))) {
                return null;
            }
        }
        List<String> firstWords = keys.stream().map(k -> k.split(" ")[0]).distinct().toList();
        if (firstWords.contains(args[0])) {
            List<String> subs = keys.stream().filter(k -> k.startsWith(args[0] + " ")).toList();
            String typed = args.length > 1 ? args[0] + " " + args[1] : args[0];
            String near = Nearest.of(typed, subs);
            return "unknown command '" + Echo.of(typed) + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                    + " ('help' lists the commands: " + String.join(", ", subs) + ")";
        }
        String near = Nearest.of(args[0], firstWords);
        return "unknown command '" + Echo.of(args[0]) + "'" + (near == null ? "" : "; did you mean '" + near + "'?") + " ('help' lists the commands)";
    }
}
