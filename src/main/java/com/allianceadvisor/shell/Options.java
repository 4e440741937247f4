package com.allianceadvisor.shell;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for parsing option values. */
final class Options {
    private Options() {
    }

    static List<String> list(String csv) {
        List<String> items = new ArrayList<>();
        if (csv != null) {
            for (String s : csv.split(",")) {
                if (!s.isBlank()) {
                    items.add(s.trim());
                }
            }
        }
        return items;
    }
}
