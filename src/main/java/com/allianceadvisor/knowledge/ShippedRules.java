package com.allianceadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Path;

import com.allianceadvisor.engine.RuleCache;

/**
 * Build step: compiles the shipped rules (the rules folder and the rules generated from the knowledge
 * base) and writes the packages the jar ships, and the text the rule templates make of the shipped tables. Arguments: the rules folder, the knowledge-base folder,
 * the output folder (e.g. target/classes/advisor/rule-cache).
 */
public final class ShippedRules {
    private ShippedRules() {
    }

    public static void main(String[] args) throws IOException {
        KnowledgeBase kb = KnowledgeLoader.load(ContentFolder.onDisk(Path.of(args[1])));
        var files = ContentLoader.ruleFiles(ContentFolder.onDisk(Path.of(args[0])));
        RuleCache.ship(GeneratedRules.with(files, kb), Path.of(args[2]));
        GeneratedRules.ship(kb, files, Path.of(args[2]).resolveSibling("generated-rules"));
    }
}
