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

    private GeneratedRules() {
    }

    /** The generated rule files of a knowledge base (none when it declares nothing to generate). */
    public static List<RuleFile> of(KnowledgeBase kb) {
        List<RuleFile> files = new ArrayList<>();
        if (!kb.crosswalks().isEmpty()) {
            files.add(new RuleFile(CROSSWALK_FILE, crosswalks(kb.crosswalks())));
        }
        return files;
    }

    /** The rule files of a folder followed by those generated from the knowledge base. */
    public static List<RuleFile> with(List<RuleFile> files, KnowledgeBase kb) {
        List<RuleFile> all = new ArrayList<>(files);
        all.addAll(of(kb));
        return all;
    }

    static String crosswalks(List<Crosswalk> crosswalks) {
        StringBuilder drl = new StringBuilder("""
                package advisor.rules;

                import com.allianceadvisor.engine.Answer;
                import com.allianceadvisor.engine.DerivedAnswer;

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
