package com.allianceadvisor.knowledge;

import java.util.List;

/**
 * An advice item: what to do, in our own words, with the sources it rests on. {@code sameAs} names the
 * item of another area that gives the same practice (empty if none): when a report holds both, it shows
 * that one only. {@code noteOn} marks a policy notice (e.g. "this is a close call"): reports show it as a
 * note on that finding, not as an advice item (empty: ordinary advice).
 */
public record Guidance(String id, String area, String title, String text, List<String> actions, Citations cited,
                       String file, String sameAs, String noteOn) {
    public List<String> sources() {
        return cited.sources();
    }
}
