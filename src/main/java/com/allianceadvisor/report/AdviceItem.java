package com.allianceadvisor.report;

import java.util.List;

/**
 * One piece of advice as reported: the guidance it points at, its strength, why, and its sources.
 * {@code because} is the compact reason (at most two rule sentences, then the answers it rests on);
 * {@code reasons} are those rule sentences and {@code basedOn} the answers in short form. {@code alsoFor}
 * lists the items of other areas that give the same practice and are shown as this one.
 */
public record AdviceItem(String id, String area, String title, String text, List<String> actions, String strength,
                         int priority, List<String> because, List<String> sources, List<String> reasons,
                         List<String> basedOn, List<String> alsoFor) {

    AdviceItem mergedWith(AdviceItem same, String strongest) {
        List<String> also = new java.util.ArrayList<>(alsoFor);
        also.add(same.id());
        also.addAll(same.alsoFor());
        return new AdviceItem(id, area, title, text, actions, strongest, Math.max(priority, same.priority()), because, sources,
                reasons, basedOn, List.copyOf(also));
    }
}
