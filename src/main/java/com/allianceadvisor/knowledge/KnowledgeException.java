package com.allianceadvisor.knowledge;

import java.util.List;

/** The knowledge base or the rules are inconsistent. Each problem names the file and the id. */
public final class KnowledgeException extends RuntimeException {
    private final List<String> problems;

    public KnowledgeException(List<String> problems) {
        super(problems.size() == 1 ? Echo.line(problems.get(0))
                : problems.size() + " problems in the knowledge base:\n  " + String.join("\n  ", problems.stream().map(Echo::line).toList()));
        this.problems = problems.stream().map(Echo::line).toList();
    }

    public KnowledgeException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
