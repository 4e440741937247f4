package com.allianceadvisor.engine;

/** One DRL file: the name shown in messages (e.g. {@code rules/governance.drl}) and its text. */
public record RuleFile(String name, String content) {
}
