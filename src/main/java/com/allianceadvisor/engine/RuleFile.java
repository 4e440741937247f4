package com.allianceadvisor.engine;

/** One DRL file: the name shown in messages (e.g. {@code rules/<area>.drl}) and its text. */
public record RuleFile(String name, String content) {
}
