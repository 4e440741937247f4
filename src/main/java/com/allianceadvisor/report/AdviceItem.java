package com.allianceadvisor.report;

import java.util.List;

/** One piece of advice as reported: the guidance it points at, its strength, why, and its sources. */
public record AdviceItem(String id, String area, String title, String text, List<String> actions, String strength,
                         int priority, List<String> because, List<String> sources) {
}
