package com.allianceadvisor.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.allianceadvisor.engine.RuleFile;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.FindingDef;

/** Warnings about content that loads but is probably unfinished: guidance, questions or findings no rule uses. */
public final class KbValidator {
    private KbValidator() {
    }

    /** What {@code kb validate} prints: the counts of what loaded, then one line per warning. */
    public static String summary(Content c) {
        StringBuilder sb = new StringBuilder("OK: " + c.knowledge().questions().size() + " questions, "
                + c.knowledge().guidance().size() + " guidance items, " + c.knowledge().findings().size() + " finding keys, "
                + c.rules().ruleNames().size() + " rules, " + c.knowledge().cases().size() + " training cases, "
                + c.knowledge().glossary().size() + " glossary terms (rules: " + c.rulesOrigin() + ", knowledge: " + c.knowledge().origin() + ")\n");
        warnings(c).forEach(w -> sb.append("warning: ").append(w).append('\n'));
        return sb.toString();
    }

    public static List<String> warnings(Content content) {
        StringBuilder all = new StringBuilder();
        for (RuleFile f : content.rules().files()) {
            all.append(f.content()).append('\n');
        }
        String rules = all.toString();
        List<String> warnings = new ArrayList<>();
        content.knowledge().guidance().values().forEach(g -> {
            if (!rules.contains("\"" + g.id() + "\"")) {
                warnings.add(g.file() + ": guidance '" + g.id() + "' is not used by any rule");
            }
        });
        content.knowledge().questions().values().forEach(q -> {
            if (!rules.contains("\"" + q.id() + "\"")) {
                warnings.add(q.file() + ": question '" + q.id() + "' is not used by any rule");
            }
        });
        Set<String> seen = new HashSet<>();
        for (FindingDef f : content.knowledge().findings().values()) {
            if (seen.add(f.key()) && !f.key().endsWith(".settled") && !rules.contains("\"" + f.key() + "\"")) {
                warnings.add(f.file() + ": finding '" + f.key() + "' is not produced or used by any rule");
            }
        }
        return warnings;
    }
}
