package com.allianceadvisor.report;

import java.util.List;

import com.allianceadvisor.knowledge.View;

/**
 * A view filled with the consultation's findings: the marked table row, the bar values (largest first),
 * the alliances placed on a map, or both sides' ratings compared.
 */
public record ViewData(View view, String markedRow, List<BarValue> bars, List<Placed> placed, List<Compared> compared) {
    public ViewData(View view, String markedRow, List<BarValue> bars) {
        this(view, markedRow, bars, List.of(), List.of());
    }

    public ViewData(View view, String markedRow, List<BarValue> bars, List<Placed> placed) {
        this(view, markedRow, bars, placed, List.of());
    }

    /** One row of a comparison: our rating and the partner's (null: not rated), and the gap when both are. */
    public record Compared(String questionId, String label, Double ours, Double partner) {
        public Double gap() {
            return ours == null || partner == null ? null : Math.abs(ours - partner);
        }
    }

    /** One alliance on a map: its label, row and column, its colouring number (null: none) and band. */
    public record Placed(String label, String row, String column, Double value, String band, String colour) {
    }

    /** One bar with its value. */
    public record BarValue(String label, String finding, double value) {
    }
}
