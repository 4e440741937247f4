package com.allianceadvisor.store;

import java.util.List;
import java.util.Map;

/** Goals and answers (and the partner's answers, for joint assessments), as read from or saved to a file. */
public record AnswerSet(List<String> goals, Map<String, String> answers, Map<String, String> partnerAnswers) {
}
