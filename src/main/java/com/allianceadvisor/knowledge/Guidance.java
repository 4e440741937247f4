package com.allianceadvisor.knowledge;

import java.util.List;

/** An advice item: what to do, in our own words, with the sources it rests on. */
public record Guidance(String id, String area, String title, String text, List<String> actions, Citations cited,
                       String file) {
    public List<String> sources() {
        return cited.sources();
    }
}
