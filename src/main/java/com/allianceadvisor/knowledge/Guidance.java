package com.allianceadvisor.knowledge;

import java.util.List;

/**
 * An advice item: what to do, in our own words, with the sources it rests on. {@code sameAs} names the
 * item of another area that gives the same practice (empty if none): when a report holds both, it shows
 * that one only. {@code noteOn} marks a policy notice (e.g. "this is a close call"): reports show it as a
 * note on that finding, not as an advice item (empty: ordinary advice). {@code given} declare when it is given.
 */
public record Guidance(String id, String area, String title, String text, List<String> actions, Citations cited,
                       String file, String sameAs, String noteOn, List<Giving> given) {

    /**
     * When the item is given, as declared on it: a finding value ({@code finding}, {@code value}; value
     * empty: any value), further DRL conditions ({@code when}), the priority and strength, and the sentence
     * that says why (the generated rule's name). The engine generates one rule per declaration.
     */
    public record Giving(String because, String finding, String value, List<String> when, int priority, String strength) {
    }

    public List<String> sources() {
        return cited.sources();
    }
}
