package com.allianceadvisor.knowledge;

/** A file of rules or knowledge: the name shown in messages and its text. */
public record ContentFile(String name, String text) {
}
