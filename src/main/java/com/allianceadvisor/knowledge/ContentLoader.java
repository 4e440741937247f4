package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

import com.allianceadvisor.engine.RuleBase;
import com.allianceadvisor.engine.RuleCache;
import com.allianceadvisor.engine.RuleFile;

/** Loads the knowledge base, checks the rules' references against it, then compiles the rules. */
public final class ContentLoader {
    private ContentLoader() {
    }

    /** Loads and compiles, without a cache. */
    public static Content load(ContentFolder rulesFolder, ContentFolder knowledgeFolder) {
        return load(rulesFolder, knowledgeFolder, null);
    }

    /** Loads; the compiled rules come from the cache when it holds them (null: always compile). */
    public static Content load(ContentFolder rulesFolder, ContentFolder knowledgeFolder, RuleCache cache) {
        KnowledgeBase kb = KnowledgeLoader.load(knowledgeFolder);
        List<RuleFile> folderRules = ruleFiles(rulesFolder);
        if (folderRules.isEmpty()) {
            throw new KnowledgeException(rulesFolder.describe() + ": no .drl files found");
        }
        List<RuleFile> rules = GeneratedRules.with(folderRules, kb, cache == null ? null : cache.folder("generated"));
        List<String> problems = ReferenceCheck.check(kb, rules);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new Content(kb, cache == null ? RuleBase.build(rules) : RuleBase.build(rules, cache), rulesFolder.describe());
    }

    /** The rule files of a folder: the DRL files, then the rule templates ({@code .drt}) that the rule tables name. */
    public static List<RuleFile> ruleFiles(ContentFolder folder) {
        List<RuleFile> files = new ArrayList<>();
        for (ContentFile f : folder.list("", ".drl")) {
            files.add(new RuleFile(f.name(), f.text()));
        }
        if (files.isEmpty()) {
            return files;
        }
        for (ContentFile f : folder.list("", GeneratedRules.TEMPLATE_SUFFIX)) {
            files.add(new RuleFile(f.name(), f.text()));
        }
        return files;
    }
}
