package com.allianceadvisor.knowledge;

/** A bibliography entry that questions and guidance cite. */
public record Source(String id, String reference, String seed) {
}
