package com.allianceadvisor.knowledge;

/** A goal the user can pick: an area of advice. */
public record Area(String id, String title, String description) {
}
