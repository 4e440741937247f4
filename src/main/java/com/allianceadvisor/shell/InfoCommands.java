package com.allianceadvisor.shell;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;

import com.allianceadvisor.knowledge.ContentHolder;
import com.allianceadvisor.knowledge.KnowledgeBase;

/** What the advisor is: its version and the version of the knowledge base it runs on. */
@ShellComponent
class InfoCommands {
    static final String PRODUCT = "Alliance Advisor";

    private final ContentHolder content;
    private final String version;

    InfoCommands(ContentHolder content) {
        this.content = content;
        this.version = productVersion();
    }

    /** The version the build wrote into the jar's manifest ("development" when run from classes). */
    static String productVersion() {
        String v = InfoCommands.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @ShellMethod(key = "version", value = "Show the product version and the version of the knowledge base in use.")
    String version() {
        KnowledgeBase kb = content.get().knowledge();
        return PRODUCT + " " + version + "\nKnowledge base " + kb.version() + " (" + kb.origin() + ")";
    }
}
