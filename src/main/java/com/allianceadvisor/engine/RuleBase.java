package com.allianceadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;

/** The compiled rules, built once from DRL files and shared by all consultations. */
public final class RuleBase {
    /** Virtual folder of the rules; it matches the DRL package so Drools does not warn. */
    private static final String VIRTUAL_FOLDER = "src/main/resources/advisor/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase kieBase;
    private final List<RuleFile> files;

    private RuleBase(KieBase kieBase, List<RuleFile> files) {
        this.kieBase = kieBase;
        this.files = files;
    }

    /** Compiles the files; throws {@link RuleBuildException} naming file, line and message on errors. */
    public static RuleBase build(List<RuleFile> files) {
        if (files.isEmpty()) {
            throw new RuleBuildException(List.of("no .drl files were found"));
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("com.allianceadvisor", "rules", "1.0." + BUILDS.incrementAndGet());
        fileSystem.generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            fileSystem.write(VIRTUAL_FOLDER + baseName(file.name()), file.content());
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<String> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(describe(message, files));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        return new RuleBase(kieBase, List.copyOf(files));
    }

    private static String describe(Message message, List<RuleFile> files) {
        String path = message.getPath() == null ? "" : message.getPath();
        String shown = path;
        for (RuleFile file : files) {
            if (path.endsWith("/" + baseName(file.name()))) {
                shown = file.name();
            }
        }
        String text = message.getText() == null ? "" : message.getText().replaceAll("\\s+", " ").trim();
        return (shown.isEmpty() ? "rules" : shown) + (message.getLine() > 0 ? ":" + message.getLine() : "") + ": " + text;
    }

    private static String baseName(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
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
}
