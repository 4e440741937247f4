package com.allianceadvisor.training;

import java.util.ArrayList;
import java.util.List;

/** Finding values as a trainee reads them: {@code some_value} becomes "some value". */
final class Labels {
    private Labels() {
    }

    static String of(String value) {
        return value == null ? "" : value.replace('_', ' ');
    }

    static String list(List<String> values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(of(v)));
        return String.join(", ", shown);
    }

    /** The catalogue's label of a finding value (never the raw id when the catalogue has one). */
    static String of(com.allianceadvisor.knowledge.FindingDef def, String value) {
        return def == null ? of(value) : def.label(value);
    }

    static String list(com.allianceadvisor.knowledge.FindingDef def, List<String> values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(of(def, v)));
        return String.join(", ", shown);
    }
}
