package com.allianceadvisor.authoring;

import java.util.List;

/** The outcome of one scenario: each mismatch says what was expected and what came out. */
public record ScenarioResult(Scenario scenario, List<String> mismatches) {
    public boolean passed() {
        return mismatches.isEmpty();
    }
}
