package com.allianceadvisor.authoring;

import java.util.List;
import java.util.Set;

import com.allianceadvisor.engine.Consultation;
import com.allianceadvisor.interview.Workspace;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.ContentFolder;
import com.allianceadvisor.report.DerivationPrinter;
import com.allianceadvisor.report.ReportBuilder;
import com.allianceadvisor.store.BadInputException;

/**
 * {@code kb trace}: one scenario's consultation replayed, with the rules that fired in the order they fired
 * (the engine's mechanics marked), and optionally how one finding or advice item of it was concluded.
 */
public final class Trace {
    private Trace() {
    }

    /** The trace as text: the scenario named by file name (or a unique part of it), its firings, and {@code how} for an id. */
    public static String of(Content content, ContentFolder knowledge, String scenarioName, String how) {
        Scenario s = find(ScenarioRunner.load(knowledge, content.knowledge()), scenarioName);
        if (s.alliances() != null) {
            throw new BadInputException("scenario '" + s.file() + "' reviews several alliances; trace a scenario of one alliance");
        }
        try (Consultation c = Workspace.replayed(content, s.answers(), List.of()).consultation()) {
            Set<String> bookkeeping = c.rulesTagged("bookkeeping");
            List<String> order = c.firingOrder();
            StringBuilder sb = new StringBuilder("Trace of " + s.file() + " (" + s.name() + "), goals " + String.join(", ", c.goals())
                    + ": " + order.size() + " firings of " + c.firedRules().size() + " rules, in order"
                    + (order.size() >= Consultation.TRACE_LIMIT ? " (the first " + Consultation.TRACE_LIMIT + ")" : "") + "; * = the engine's own mechanics\n");
            for (int i = 0; i < order.size(); i++) {
                sb.append(String.format("%5d. %s%s%n", i + 1, bookkeeping.contains(order.get(i)) ? "* " : "", order.get(i)));
            }
            if (!how.isEmpty()) {
                sb.append("\nHow '").append(how).append("' was concluded:\n");
                sb.append(String.join("\n", how(c, content, how))).append('\n');
            }
            return sb.toString();
        }
    }

    private static List<String> how(Consultation c, Content content, String id) {
        List<String> lines = new DerivationPrinter(new ReportBuilder(content.knowledge())).explain(c, id);
        if (lines.isEmpty()) {
            throw new BadInputException("option --how: '" + id + "' is neither advice nor a finding of this scenario's consultation");
        }
        return lines;
    }

    private static Scenario find(List<Scenario> scenarios, String name) {
        List<Scenario> exact = scenarios.stream().filter(s -> base(s.file()).equals(name) || base(s.file()).equals(name + ".json")).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Scenario> matching = scenarios.stream().filter(s -> base(s.file()).contains(name)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new BadInputException("no scenario file name contains '" + name + "'; see knowledge-base/scenarios (or 'kb test' for the list)");
        }
        throw new BadInputException("'" + name + "' matches " + matching.size() + " scenarios (" + String.join(", ",
                matching.stream().limit(5).map(s -> base(s.file())).toList()) + (matching.size() > 5 ? ", ..." : "") + "); give more of the name");
    }

    private static String base(String file) {
        String f = file.replace('\\', '/');
        return f.substring(f.lastIndexOf('/') + 1);
    }
}
