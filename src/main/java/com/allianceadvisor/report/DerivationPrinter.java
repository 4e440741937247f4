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
