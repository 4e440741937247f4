package com.allianceadvisor.knowledge;

import java.util.List;

/** The knowledge base or the rules are inconsistent. Each problem names the file and the id. */
public final class KnowledgeException extends RuntimeException {
    private final List<String> problems;

    public KnowledgeException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the knowledge base:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public KnowledgeException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
