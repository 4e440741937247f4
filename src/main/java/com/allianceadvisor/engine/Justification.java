package com.allianceadvisor.engine;

import java.util.List;

/** Why a fact exists: the rule that inserted it and the facts that rule matched. */
public record Justification(String rule, List<Object> matched) {
}
