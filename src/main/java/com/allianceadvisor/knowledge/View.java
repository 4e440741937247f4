package com.allianceadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A presentation of findings for one goal: a table (rows x columns of short phrases, one row marked
 * by a finding) or a bar chart (one bar per numeric finding).
 */
public record View(String id, String goal, String type, String title, String markRowFromFinding, List<Item> rows,
                   List<Item> columns, Map<String, Map<String, String>> cells, List<Bar> bars, Citations cited,
                   String file) {
    public List<String> sources() {
        return cited.sources();
    }

    public static final String TABLE = "table";
    public static final String BARS = "bars";

    /** A row or a column of a table. */
    public record Item(String id, String label) {
    }

    /** A bar: its label and the numeric finding that gives its length. */
    public record Bar(String label, String finding) {
    }
}
