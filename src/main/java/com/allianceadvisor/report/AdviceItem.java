package com.allianceadvisor.report;

import java.util.List;

/**
 * One piece of advice as reported: the guidance it points at, its strength, why, and its sources.
 * {@code because} is the compact reason (at most two rule sentences, then the answers it rests on);
 * {@code reasons} are those rule sentences and {@code basedOn} the answers in short form.
 */
public record AdviceItem(String id, String area, String title, String text, List<String> actions, String strength,
                         int priority, List<String> because, List<String> sources, List<String> reasons,
                         List<String> basedOn) {
}
