package com.allianceadvisor.report;

import java.util.List;

import com.allianceadvisor.knowledge.View;

/** A view filled with the consultation's findings: the marked table row, or the bar values (largest first). */
public record ViewData(View view, String markedRow, List<BarValue> bars) {
    /** One bar with its value. */
    public record BarValue(String label, String finding, double value) {
    }
}
