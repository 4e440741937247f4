package com.allianceadvisor.engine;

import java.util.Objects;

/**
 * One known fact about one alliance of a portfolio: an answer (key = question id) or a finding
 * (key = finding key) of that alliance's own consultation. {@code number} is NaN unless the value is
 * numeric; {@code known} is false for {@code unknown}.
 */
public final class AllianceFact {
    private final String alliance;
    private final String key;
    private final String value;
    private final double number;

    public AllianceFact(String alliance, String key, String value) {
        this.alliance = Objects.requireNonNull(alliance);
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
        double n;
        try {
            n = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            n = Double.NaN;
        }
        this.number = n;
    }

    public String getAlliance() {
        return alliance;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public double getNumber() {
        return number;
    }

    public boolean isKnown() {
        return !AnswerFact.UNKNOWN.equals(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllianceFact f && f.alliance.equals(alliance) && f.key.equals(key) && f.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alliance, key, value);
    }

    @Override
    public String toString() {
        return "alliance " + alliance + ": " + key + " = " + value;
    }
}
