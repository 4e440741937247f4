package com.allianceadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the rule tables, {@code tables/<table>.json}: strict (an unknown key is an error, with the nearest
 * allowed key), the file named after its {@code table}, which starts with its area; {@code columns} a list of
 * distinct parameter names; every row a list of one cell per column, each a string or a number that can
 * stand inside a DRL string or expression (no quote, backslash or line break). Whether the columns are the
 * template's parameters is checked when the rules are generated, where the template is known.
 */
final class RuleTableReader {
    static final String FOLDER = "tables";

    /** Where the knowledge base keeps a table, whatever folder the knowledge base itself is read from. */
    static String fileOf(String table) {
        return FOLDER + "/" + table + ".json";
    }
    private static final Set<String> TOP_KEYS = Set.of("$schema", "table", "area", "template", "about", "columns", "rows");
    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.drt");
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final List<String> problems;
    private final Set<String> areaIds;
    private final EvidenceReader.Declarations declarations;

    RuleTableReader(List<String> problems, Set<String> areaIds, EvidenceReader.Declarations declarations) {
        this.problems = problems;
        this.areaIds = areaIds;
        this.declarations = declarations;
    }

    RuleTable read(ContentFile file, JsonNode root) {
        if (root == null) {
            return null;
        }
        String name = file.name();
        int problemsBefore = problems.size();
        declarations.keys(root, TOP_KEYS, file, "table");
        String table = root.path("table").asText("");
        String area = root.path("area").asText("");
        String base = name.replace('\\', '/').substring(name.replace('\\', '/').lastIndexOf('/') + 1);
        if (table.isEmpty()) {
            problems.add(name + ": 'table' is missing: the table's name, <area>.<what>, which is also the file's name");
        } else if (!base.equals(table + ".json")) {
            problems.add(name + ": the table '" + Echo.of(table) + "' must be in " + fileOf(table));
        }
        if (!areaIds.contains(area)) {
            problems.add(name + ": 'area' '" + Echo.of(area) + "' is not in areas.json; allowed: " + String.join(", ", new TreeSet<>(areaIds)));
        } else if (!table.startsWith(area + ".")) {
            problems.add(name + ": 'table' '" + Echo.of(table) + "' must start with its area, '" + area + ".'");
        }
        String template = root.path("template").asText("");
        if (!TEMPLATE.matcher(template).matches()) {
            problems.add(name + ": 'template' '" + Echo.of(template) + "' must name a rule template of the rules folder, e.g. '"
                    + area + "-rows.drt'");
        }
        String about = root.path("about").asText("");
        if (about.isBlank()) {
            problems.add(name + ": 'about' must say in a sentence or two what the rows are and what the template makes of them");
        }
        List<String> columns = new ArrayList<>();
        JsonNode cols = root.get("columns");
        if (cols == null || !cols.isArray() || cols.isEmpty()) {
            problems.add(name + ": 'columns' must be a non-empty list of the template's parameter names");
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode c : cols) {
                String col = c.isTextual() ? c.asText() : "";
                if (!COLUMN.matcher(col).matches()) {
                    problems.add(name + ": column '" + Echo.of(c.toString()) + "' must be a name (letters, digits, _)");
                } else if (!seen.add(col)) {
                    problems.add(name + ": column '" + col + "' is listed twice");
                }
                columns.add(col);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        JsonNode list = root.get("rows");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(name + ": 'rows' must be a non-empty list of rows, each a list of one cell per column");
        } else {
            for (int i = 0; i < list.size(); i++) {
                rows.add(row(name, list.get(i), "row " + (i + 1), columns));
            }
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new RuleTable(table, area, template, about, List.copyOf(columns), List.copyOf(rows), name);
    }

    private List<String> row(String name, JsonNode row, String where, List<String> columns) {
        List<String> cells = new ArrayList<>();
        if (!row.isArray()) {
            problems.add(name + ": " + where + ": expected a list of " + columns.size() + " cells (" + String.join(", ", columns) + ")");
            return cells;
        }
        if (row.size() != columns.size()) {
            problems.add(name + ": " + where + ": has " + row.size() + " cells; expected " + columns.size() + " (" + String.join(", ", columns) + ")");
        }
        for (int j = 0; j < row.size(); j++) {
            JsonNode cell = row.get(j);
            String column = j < columns.size() ? columns.get(j) : "cell " + (j + 1);
            if (!cell.isTextual() && !cell.isNumber()) {
                problems.add(name + ": " + where + ": '" + column + "' must be a string or a number; it is " + Echo.of(cell.toString()));
                cells.add("");
                continue;
            }
            String text = cell.isTextual() ? cell.asText() : cell.toString();
            if (text.isBlank() || text.contains("\"") || text.contains("\\") || text.contains("\n")) {
                problems.add(name + ": " + where + ": '" + column + "' must be one line of text without double quotes or backslashes"
                        + " (it stands inside the generated rules); it is '" + Echo.of(text) + "'");
            }
            cells.add(text);
        }
        return cells;
    }
}
