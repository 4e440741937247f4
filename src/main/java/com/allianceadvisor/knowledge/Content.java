package com.allianceadvisor.knowledge;

import com.allianceadvisor.engine.RuleBase;

/** What the advisor runs on: the knowledge base and the rule base built from the rules that refer to it. */
public record Content(KnowledgeBase knowledge, RuleBase rules, String rulesOrigin) {
}
