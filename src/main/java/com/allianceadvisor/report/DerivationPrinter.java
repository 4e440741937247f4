package com.allianceadvisor.report;

import java.util.ArrayList;
import java.util.List;

import com.allianceadvisor.engine.Derivation;

/** Prints a derivation as an indented tree, from the conclusion down to the answers. */
public final class DerivationPrinter {
    private final ReportBuilder describer;

    public DerivationPrinter(ReportBuilder describer) {
        this.describer = describer;
    }

    /** How the advice item or the finding with this id was concluded in the consultation; empty when it is neither. */
    public List<String> explain(com.allianceadvisor.engine.Consultation consultation, String id) {
        List<String> lines = new ArrayList<>();
        for (com.allianceadvisor.engine.Advice a : consultation.advice()) {
            if (a.getGuidanceId().equals(id)) {
                lines.addAll(lines(consultation.derive(a)));
            }
        }
        for (com.allianceadvisor.engine.Finding f : consultation.facts(com.allianceadvisor.engine.Finding.class)) {
            if (f.getKey().equals(id)) {
                lines.addAll(lines(consultation.derive(f)));
            }
        }
        return lines;
    }

    public List<String> lines(Derivation d) {
        List<String> lines = new ArrayList<>();
        print(d, 0, lines);
        return lines;
    }

    private void print(Derivation d, int depth, List<String> lines) {
        String pad = "  ".repeat(depth);
        lines.add(pad + describer.describeFact(d.fact()));
        if (d.rule() != null) {
            lines.add(pad + "  because rule \"" + d.rule() + "\"");
        }
        for (Derivation s : d.supports()) {
            print(s, depth + 2, lines);
        }
    }
}
