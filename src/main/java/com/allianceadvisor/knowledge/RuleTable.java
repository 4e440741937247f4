package com.allianceadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matrix knowledge written once: a table of rows ({@code knowledge-base/tables/<table>.json}) and the shape
 * of the rules each row becomes, a Drools rule template in the rules folder ({@code rules/<template>.drt}).
 * The columns are the template's parameters; each row is one instance (one item with its own values, e.g. a
 * weight and its advice), and the template turns it into the rules that reason about it.
 *
 * @param columns the column names, in the order of the cells of each row
 * @param rows    the cells of each row, as written (numbers keep their written form)
 */
public record RuleTable(String table, String area, String template, String about, List<String> columns, List<List<String>> rows, String file) {

    /** The rows as Drools' template engine takes them: one map from column to cell per row. */
    List<Map<String, Object>> data() {
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), r.get(i));
            }
            return m;
        }).toList();
    }
}
