package com.allianceadvisor.knowledge;

import java.util.List;

/** The catalogue entry of a finding key: its title, its type and its allowed values. */
public record FindingDef(String key, String title, String type, List<String> values, boolean internal, String file) {
    public static final String SINGLE = "single";
    public static final String LIST = "list";
    public static final String NUMBER = "number";
    /** Several free-text values (names), reported as a list of strings and not checked against {@code values}. */
    public static final String TEXT = "text";

    public boolean isList() {
        return LIST.equals(type);
    }

    public boolean isText() {
        return TEXT.equals(type);
    }

    public boolean isNumber() {
        return NUMBER.equals(type);
    }

    /** The area whose catalogue defines the key: the name of its file, {@code findings/<area>.json}. */
    public String area() {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
