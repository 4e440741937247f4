package com.allianceadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The compiled rules, built once from DRL files and shared by all consultations. The compiled packages
 * can be kept in a {@link RuleCache} so that the next start loads them instead of compiling the DRL.
 */
public final class RuleBase {
    /** Virtual folder of the rules; it matches the DRL package so Drools does not warn. */
    private static final String VIRTUAL_FOLDER = "src/main/resources/advisor/rules/";

    private final KieBase kieBase;
    private final List<RuleFile> files;
    private final boolean fromCache;

    private RuleBase(KieBase kieBase, List<RuleFile> files, boolean fromCache) {
        this.kieBase = kieBase;
        this.files = files;
        this.fromCache = fromCache;
    }

    /** Compiles the files; throws {@link RuleBuildException} naming file, line and message on errors. */
    public static RuleBase build(List<RuleFile> files) {
        return fromPackages(compile(files), files, false);
    }

    /**
     * The rule base of the files from the cache when it holds them (same files, Drools and JDK), otherwise
     * compiled and then stored in the cache for the next start.
     */
    public static RuleBase build(List<RuleFile> files, RuleCache cache) {
        if (files.isEmpty()) {
            throw new RuleBuildException(List.of("no .drl files were found"));
        }
        Collection<KiePackage> packages = cache.find(files);
        if (packages != null) {
            return fromPackages(packages, files, true);
        }
        packages = compile(files);
        cache.store(files, packages);
        return fromPackages(packages, files, false);
    }

    /** The compiled packages of the files (classic DRL; the generated classes travel inside the packages). */
    static Collection<KiePackage> compile(List<RuleFile> files) {
        if (files.isEmpty()) {
            throw new RuleBuildException(List.of("no .drl files were found"));
        }
        List<String> structural = new ArrayList<>();
        files.forEach(f -> structural.addAll(DrlLint.check(f)));
        if (!structural.isEmpty()) {
            // Drools' own messages for these are knock-on errors, reported lines later in parser terms
            throw new RuleBuildException(structural);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleFile file : files) {
            builder.add(ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(VIRTUAL_FOLDER + baseName(file.name())), ResourceType.DRL);
        }
        List<String> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String problem = describe(error, files);
            if (!problem.endsWith("Parser returned a null Package")) {
                problems.add(problem);
            }
        }
        if (problems.isEmpty() && builder.hasErrors()) {
            problems.add(describe(builder.getErrors().iterator().next(), files));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return builder.getKnowledgePackages();
    }

    private static RuleBase fromPackages(Collection<KiePackage> packages, List<RuleFile> files, boolean fromCache) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return new RuleBase(kieBase, List.copyOf(files), fromCache);
    }

    private static String describe(KnowledgeBuilderError error, List<RuleFile> files) {
        String path = error.getResource() == null || error.getResource().getSourcePath() == null ? ""
                : error.getResource().getSourcePath();
        String shown = path;
        for (RuleFile file : files) {
            if (path.endsWith("/" + baseName(file.name()))) {
                shown = file.name();
            }
        }
        int line = error.getLines() == null || error.getLines().length == 0 ? 0 : error.getLines()[0];
        String text = error.getMessage() == null ? "" : error.getMessage().replaceAll("\\s+", " ").trim();
        return (shown.isEmpty() ? "rules" : shown) + (line > 0 ? ":" + line : "") + ": " + text;
    }

    static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** Whether the compiled packages came from the cache rather than from compiling the files now. */
    public boolean fromCache() {
        return fromCache;
    }

    public List<RuleFile> files() {
        return files;
    }

    /** The names of all rules, for coverage and consistency checks. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        Collection<KiePackage> packages = kieBase.getKiePackages();
        packages.forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return names;
    }

    /** Starts a consultation for the given goals: one Drools session, closed with the consultation. */
    public Consultation newConsultation(Collection<String> goals) {
        return new Consultation(kieBase.newKieSession(), goals);
    }

    /** Starts a consultation with answers already given (a replay): the rules run once over all of it. */
    public Consultation newConsultation(Collection<String> goals, java.util.Map<String, String> answers, java.util.Map<String, String> partnerAnswers) {
        return new Consultation(kieBase.newKieSession(), goals, answers, partnerAnswers);
    }
}
