package com.allianceadvisor.report;

import java.util.List;

import com.allianceadvisor.knowledge.View;

/**
 * A view filled with the consultation's findings: the marked table row, the bar values (largest first),
 * or the alliances placed on a map.
 */
public record ViewData(View view, String markedRow, List<BarValue> bars, List<Placed> placed) {
    public ViewData(View view, String markedRow, List<BarValue> bars) {
        this(view, markedRow, bars, List.of());
    }

    /** One alliance on a map: its label, row and column, its colouring number (null: none) and band. */
    public record Placed(String label, String row, String column, Double value, String band, String colour) {
    }

    /** One bar with its value. */
    public record BarValue(String label, String finding, double value) {
    }
}
