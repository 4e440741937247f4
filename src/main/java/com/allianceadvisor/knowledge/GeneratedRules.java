package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.allianceadvisor.engine.RuleFile;

/**
 * Rules written once as a shape and generated, one per row of a declaration in the knowledge base, at
 * load: today the crosswalks ({@code crosswalks.json}), one rule per scale value and model. The text is
 * compiled, checked and cached like any rule file; its name says where the rows come from.
 */
public final class GeneratedRules {
    /** The name of the generated file (its base name never clashes with a file of the rules folder). */
    public static final String CROSSWALK_FILE = "generated/" + CrosswalkReader.FILE.replace(".json", "") + ".generated.drl";
    /** The asking rules, from the questions' {@code ask} declarations. */
    public static final String ASK_FILE = "generated/questions-ask.generated.drl";
    /** The advice rules, from the guidance items' {@code given} declarations. */
    public static final String ADVICE_FILE = "generated/guidance-given.generated.drl";
    private static final String IMPORTS = """
            package advisor.rules;

            import com.allianceadvisor.engine.Goal;
            import com.allianceadvisor.engine.Answer;
            import com.allianceadvisor.engine.DerivedAnswer;
            import com.allianceadvisor.engine.PartnerAnswer;
            import com.allianceadvisor.engine.Ask;
            import com.allianceadvisor.engine.Finding;
            import com.allianceadvisor.engine.Evidence;
            import com.allianceadvisor.engine.Score;
            import com.allianceadvisor.engine.Swing;
            import com.allianceadvisor.engine.Advice;
            import com.allianceadvisor.engine.AllianceFact;

            """;

    private GeneratedRules() {
    }

    /** The generated rule files of a knowledge base (none when it declares nothing to generate). */
    public static List<RuleFile> of(KnowledgeBase kb) {
        List<RuleFile> files = new ArrayList<>();
        if (!kb.crosswalks().isEmpty()) {
            files.add(new RuleFile(CROSSWALK_FILE, crosswalks(kb.crosswalks())));
        }
        if (kb.questions().values().stream().anyMatch(q -> !q.asks().isEmpty())) {
            files.add(new RuleFile(ASK_FILE, asks(kb)));
        }
        if (kb.guidance().values().stream().anyMatch(g -> !g.given().isEmpty())) {
            files.add(new RuleFile(ADVICE_FILE, given(kb)));
        }
        return files;
    }

    /** The rule files of a folder followed by those generated from the knowledge base. */
    public static List<RuleFile> with(List<RuleFile> files, KnowledgeBase kb) {
        List<RuleFile> all = new ArrayList<>(files);
        all.addAll(of(kb));
        return all;
    }

    /** One rule per ask declaration: the goal is chosen, the question is not answered, and the declared conditions hold. */
    static String asks(KnowledgeBase kb) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from the 'ask' declarations of knowledge-base/questions/*.json at load: do not edit.

                """);
        for (Question q : kb.questions().values()) {
            for (Question.Asking a : q.asks()) {
                drl.append("rule \"").append(a.because()).append("\"\nwhen\n")
                        .append("    Goal(area == \"").append(a.goal()).append("\")\n")
                        .append("    not Answer(questionId == \"").append(q.id()).append("\")\n");
                a.when().forEach(w -> drl.append("    ").append(w).append('\n'));
                drl.append("then\n    insertLogical(new Ask(\"").append(q.id()).append("\", \"").append(a.goal()).append("\", ")
                        .append(a.priority()).append("));\nend\n\n");
            }
        }
        return drl.toString();
    }

    /** One rule per given declaration: the item's goal is chosen, the finding has the value, and the declared conditions hold. */
    static String given(KnowledgeBase kb) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from the 'given' declarations of knowledge-base/guidance/*.json at load: do not edit.

                """);
        for (Guidance g : kb.guidance().values()) {
            for (Guidance.Giving d : g.given()) {
                drl.append("rule \"").append(d.because()).append("\"\nwhen\n")
                        .append("    Goal(area == \"").append(g.area()).append("\")\n");
                if (!d.finding().isEmpty()) {
                    drl.append("    Finding(key == \"").append(d.finding()).append('"');
                    if (!d.value().isEmpty()) {
                        drl.append(", value == \"").append(d.value()).append('"');
                    }
                    drl.append(")\n");
                }
                d.when().forEach(w -> drl.append("    ").append(w).append('\n'));
                drl.append("then\n    insertLogical(new Advice(\"").append(g.id()).append("\", \"").append(g.area()).append("\", ")
                        .append(d.priority()).append(", \"").append(d.strength()).append("\"));\nend\n\n");
            }
        }
        return drl.toString();
    }

    static String crosswalks(List<Crosswalk> crosswalks) {
        StringBuilder drl = new StringBuilder(IMPORTS).append("""
                // Generated from crosswalks.json at load: do not edit; edit the crosswalk instead.
                // A given answer on the scale places the alliance on each model that answers a question;
                // a given answer to that question always wins over the derived one.

                """);
        for (Crosswalk c : crosswalks) {
            for (Crosswalk.Model m : c.models()) {
                if (!m.answersQuestion()) {
                    continue;
                }
                for (Map.Entry<String, String> e : m.values().entrySet()) {
                    drl.append("rule \"Crosswalk: ").append(c.scale()).append(' ').append(e.getKey()).append(" gives ")
                            .append(m.question()).append(' ').append(e.getValue()).append("\"\n")
                            .append("when\n")
                            .append("    Answer(questionId == \"").append(c.scale()).append("\", value == \"").append(e.getKey()).append("\", given)\n")
                            .append("    not Answer(questionId == \"").append(m.question()).append("\", given)\n")
                            .append("then\n")
                            .append("    insertLogical(new DerivedAnswer(\"").append(m.question()).append("\", \"").append(e.getValue())
                            .append("\", \"").append(c.scale()).append("\"));\n")
                            .append("end\n\n");
                }
            }
        }
        return drl.toString();
    }
}
