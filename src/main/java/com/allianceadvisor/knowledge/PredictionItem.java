package com.allianceadvisor.knowledge;

import java.util.List;

/**
 * One thing a trainee predicts for a goal, declared in {@code training.json}: which finding it is about
 * and how a prediction is scored.
 * <ul>
 *   <li>{@code single}: one value; full credit when equal, half credit for a neighbour on the {@code scale};</li>
 *   <li>{@code list}: the whole list; credit is the overlap (shared values over all values named);</li>
 *   <li>{@code pick}: up to {@code pick} values of a list finding; credit is the share of picks that are in it
 *       (of its first {@code pick} values when {@code rankBy} orders it).</li>
 * </ul>
 * {@code rankBy} is the prefix of number findings that rank a list's values, largest first
 * (e.g. value {@code x} ranked by the finding {@code <rankBy>x}).
 */
public record PredictionItem(String key, String goal, String finding, String label, String kind, int pick,
                             List<String> scale, String rankBy) {
    public static final String SINGLE = "single";
    public static final String LIST = "list";
    public static final String PICK = "pick";
}
