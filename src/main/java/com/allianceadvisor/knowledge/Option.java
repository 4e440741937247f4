package com.allianceadvisor.knowledge;

/** One allowed answer to a choice question. */
public record Option(String value, String label) {
}
