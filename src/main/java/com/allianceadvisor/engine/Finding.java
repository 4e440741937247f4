package com.allianceadvisor.engine;

import java.util.Objects;

/** A derived conclusion. A list-valued finding is several facts with the same key. */
public final class Finding {
    private final String key;
    private final String value;

    public Finding(String key, String value) {
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.key.equals(key) && f.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return key + " = " + value;
    }
}
