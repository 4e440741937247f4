package com.allianceadvisor.knowledge;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.allianceadvisor.engine.RuleCache;

/**
 * Holds the content the advisor runs on. The first load starts at once on a background thread (so
 * the rule build overlaps application start-up); a reload that fails leaves the current content in place.
 */
public final class ContentHolder {
    private volatile Path rulesDir;
    private volatile Path knowledgeDir;
    private final RuleCache cache;
    private volatile CompletableFuture<Content> content;

    /** Without a cache of compiled rules: the rules are compiled at every start. */
    public ContentHolder(Path rulesDir, Path knowledgeDir) {
        this(rulesDir, knowledgeDir, null);
    }

    /** With a cache of compiled rules (null: none). */
    public ContentHolder(Path rulesDir, Path knowledgeDir, RuleCache cache) {
        this.rulesDir = rulesDir;
        this.knowledgeDir = knowledgeDir;
        this.cache = cache;
        this.content = CompletableFuture.supplyAsync(() -> load(rulesDir, knowledgeDir, cache));
    }

    public static Content load(Path rulesDir, Path knowledgeDir, RuleCache cache) {
        return ContentLoader.load(ContentFolder.diskOrBuiltIn(rulesDir, "rules"),
                ContentFolder.diskOrBuiltIn(knowledgeDir, "knowledge-base"), cache);
    }

    /** The rules folder reloads read (null: the shipped copy). */
    public Path rulesDir() {
        return rulesDir;
    }

    /** The knowledge-base folder reloads read (null: the shipped copy). */
    public Path knowledgeDir() {
        return knowledgeDir;
    }

    /** Whether the content has finished loading (successfully or not). */
    public boolean ready() {
        return content.isDone();
    }

    /** The current content; throws the load error (KnowledgeException, RuleBuildException) if it failed. */
    public Content get() {
        try {
            return content.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Loads again from the given folders (null: the ones given at start); on failure keeps what it had. */
    public Content reload(Path rules, Path knowledge) {
        Path r = rules == null ? rulesDir : rules;
        Path k = knowledge == null ? knowledgeDir : knowledge;
        Content fresh = load(r, k, cache);
        content = CompletableFuture.completedFuture(fresh);
        rulesDir = r;
        knowledgeDir = k;
        return fresh;
    }
}
