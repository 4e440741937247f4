package com.allianceadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A presentation of findings for one goal: a table (rows x columns of short phrases, one row marked
 * by a finding), a bar chart (one bar per numeric finding) or a map of the alliances of a portfolio
 * review (one mark per alliance, placed by two of its facts and coloured by a number), or a comparison of
 * two-sided ratings (each row a joint number question: our rating, the partner's, the gap).
 */
public record View(String id, String goal, String type, String title, String markRowFromFinding, List<Item> rows,
                   List<Item> columns, Map<String, Map<String, String>> cells, List<Bar> bars, Citations cited,
                   String file, Grid grid) {
    public List<String> sources() {
        return cited.sources();
    }

    /** The same view shown under another goal. */
    public View withGoal(String other) {
        return new View(id, other, type, title, markRowFromFinding, rows, columns, cells, bars, cited, file, grid);
    }

    /** The same view with other cell texts (e.g. filled in from a consultation). */
    public View withCells(Map<String, Map<String, String>> other) {
        return new View(id, goal, type, title, markRowFromFinding, rows, columns, other, bars, cited, file, grid);
    }

    public static final String TABLE = "table";
    public static final String BARS = "bars";
    public static final String MAP = "map";
    /** Two-sided answers side by side: each row is a number question the partner answers too. */
    public static final String COMPARE = "compare";

    /**
     * Where a map takes its data from, per alliance: the keys of its label, row and column facts, the
     * number that colours it, the order of known columns, and the colour bands (highest {@code min} first).
     */
    public record Grid(String label, String row, String column, String colour, List<String> columnOrder,
                       List<Band> bands, String noValue) {
    }

    /** Values of at least {@code min} get this label and colour. */
    public record Band(double min, String label, String colour) {
    }

    /** A row or a column of a table. */
    public record Item(String id, String label) {
    }

    /** A bar: its label and the numeric finding that gives its length. */
    public record Bar(String label, String finding) {
    }
}
