package com.allianceadvisor.portfolio;

import com.allianceadvisor.store.AnswerSet;

/** One alliance of a portfolio: the name it was saved under (or its file's name) and its answers. */
public record Alliance(String id, AnswerSet answers) {
}
