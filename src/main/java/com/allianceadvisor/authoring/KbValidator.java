package com.allianceadvisor.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allianceadvisor.engine.RuleFile;
import com.allianceadvisor.knowledge.Content;
import com.allianceadvisor.knowledge.Crosswalk;
import com.allianceadvisor.knowledge.FindingDef;
import com.allianceadvisor.knowledge.Guidance;
import com.allianceadvisor.knowledge.KnowledgeBase;
import com.allianceadvisor.knowledge.KnowledgeLoader;
import com.allianceadvisor.knowledge.Question;
import com.allianceadvisor.knowledge.ReferenceCheck;

/**
 * Warnings about content that loads but is probably unfinished or misfiled: guidance, questions or findings
 * no rule uses; a question asked whose answer no rule reads, or read by rules but never asked; advice
 * given under another area than its item's file (it would never show); an asking or advice priority out of
 * range in hand-written DRL; a guidance id with another area's prefix; a source nobody cites. Each names the
 * file (and for DRL the line).
 */
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
        warnings.addAll(asking(content, rules));
        warnings.addAll(misfiledAdvice(content));
        warnings.addAll(priorities(content));
        warnings.addAll(prefixes(content.knowledge()));
        warnings.addAll(uncitedSources(content.knowledge()));
        return warnings;
    }

    private static final Pattern ASK = Pattern.compile("new\\s+Ask\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]*)\"\\s*,\\s*(-?\\d+)");
    private static final Pattern ADVICE = Pattern.compile("new\\s+Advice\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]*)\"\\s*,\\s*(-?\\d+)");

    /** Questions asked whose answer no rule reads, and questions read by rules that nothing asks (or derives). */
    private static List<String> asking(Content content, String rules) {
        KnowledgeBase kb = content.knowledge();
        Set<String> asked = new HashSet<>();
        Matcher m = ASK.matcher(rules);
        while (m.find()) {
            asked.add(m.group(1));
        }
        // what the rules read: the rule text without the Ask facts and the "not yet answered" guards of asking rules
        String reading = ASK.matcher(rules).replaceAll("Ask(")
                .replaceAll("not\\s+Answer\\s*\\(\\s*questionId\\s*==\\s*\"[^\"]+\"\\s*\\)", "");
        Set<String> derived = new HashSet<>();
        for (Crosswalk c : kb.crosswalks()) {
            c.models().forEach(model -> derived.add(model.question()));
        }
        List<String> warnings = new ArrayList<>();
        for (Question q : kb.questions().values()) {
            boolean read = reading.contains("\"" + q.id() + "\"");
            if (asked.contains(q.id()) && !read) {
                warnings.add(q.file() + ": question '" + q.id() + "' is asked, but no rule uses its answer");
            }
            if (read && !asked.contains(q.id()) && !derived.contains(q.id()) && !q.identity() && !q.joint()) {
                warnings.add(q.file() + ": question '" + q.id() + "' is used by rules but never asked (no 'ask' declaration or Ask rule)");
            }
        }
        return warnings;
    }

    /** Hand-written advice whose area is not its guidance item's: it fires and never shows under that item's area. */
    private static List<String> misfiledAdvice(Content content) {
        List<String> warnings = new ArrayList<>();
        for (RuleFile f : content.rules().files()) {
            Matcher m = ADVICE.matcher(f.content());
            while (m.find()) {
                Guidance g = content.knowledge().guidance(m.group(1));
                if (g != null && !g.area().equals(m.group(2))) {
                    warnings.add(f.name() + ":" + ReferenceCheck.line(f.content(), m.start()) + ": advice '" + g.id() + "' is given under area '" + m.group(2)
                            + "' but its item is in " + g.file() + " (area '" + g.area() + "'): it would never show there");
                }
            }
        }
        return warnings;
    }

    /** Priorities of hand-written Ask and Advice facts outside 0 to 100. */
    private static List<String> priorities(Content content) {
        List<String> warnings = new ArrayList<>();
        for (RuleFile f : content.rules().files()) {
            for (Pattern p : List.of(ASK, ADVICE)) {
                Matcher m = p.matcher(f.content());
                while (m.find()) {
                    int priority = Integer.parseInt(m.group(3));
                    if (priority < 0 || priority > KnowledgeLoader.MAX_PRIORITY) {
                        warnings.add(f.name() + ":" + ReferenceCheck.line(f.content(), m.start()) + ": priority " + priority + " of '" + m.group(1)
                                + "' is out of range; allowed: 0 to " + KnowledgeLoader.MAX_PRIORITY);
                    }
                }
            }
        }
        return warnings;
    }

    /** A guidance id that starts with the prefix the other items of another area share (another area's prefix in this file). */
    private static List<String> prefixes(KnowledgeBase kb) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        kb.guidance().values().forEach(g -> counts.computeIfAbsent(g.area(), a -> new HashMap<>()).merge(prefix(g.id()), 1, Integer::sum));
        Map<String, String> prefixOfArea = new HashMap<>();
        counts.forEach((area, c) -> c.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= 3).ifPresent(e -> prefixOfArea.put(area, e.getKey())));
        List<String> warnings = new ArrayList<>();
        for (Guidance g : kb.guidance().values()) {
            String own = prefixOfArea.get(g.area());
            String p = prefix(g.id());
            prefixOfArea.forEach((area, other) -> {
                if (!area.equals(g.area()) && other.equals(p) && !p.equals(own)) {
                    warnings.add(g.file() + ": guidance '" + g.id() + "' has the prefix of area '" + area + "' ('" + p
                            + "_'); is it in the right file?");
                }
            });
        }
        return warnings;
    }

    private static String prefix(String id) {
        int u = id.indexOf('_');
        return u < 0 ? id : id.substring(0, u);
    }

    /** Sources in sources.json that no question, guidance item, view, case, glossary term or crosswalk cites. */
    private static List<String> uncitedSources(KnowledgeBase kb) {
        Set<String> cited = new HashSet<>();
        kb.questions().values().forEach(q -> cited.addAll(q.sources()));
        kb.guidance().values().forEach(g -> cited.addAll(g.sources()));
        kb.views().forEach(v -> cited.addAll(v.sources()));
        kb.cases().values().forEach(c -> cited.addAll(c.sources()));
        kb.glossary().values().forEach(t -> cited.addAll(t.sources()));
        kb.crosswalks().forEach(c -> {
            if (c.view() != null) {
                cited.addAll(c.view().sources());
            }
        });
        List<String> warnings = new ArrayList<>();
        kb.sources().keySet().stream().filter(id -> !cited.contains(id))
                .forEach(id -> warnings.add("sources.json: source '" + id + "' is cited by nothing"));
        return warnings;
    }
}
