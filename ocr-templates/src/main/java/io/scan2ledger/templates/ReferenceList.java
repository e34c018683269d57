package io.scan2ledger.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list a field's value is checked against (nursery facilities, banks). One entry a line: the
 * value first, then optional tab-separated columns (a bank's code); '#' starts a comment line.
 */
public record ReferenceList(String name, List<List<String>> rows) {

    public ReferenceList {
        rows = rows.stream().map(List::copyOf).toList();
    }

    static ReferenceList parse(String name, String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(Arrays.stream(line.split("\t")).map(String::strip).toList());
        }
        return new ReferenceList(name, rows);
    }

    /** The values a field may hold, in file order, without repeats. */
    public List<String> values() {
        return column(1);
    }

    /** The values of one column (1 = the first), in file order, without repeats; a bank's codes are column 2. */
    public List<String> column(int number) {
        return rows.stream().filter(r -> r.size() >= number).map(r -> r.get(number - 1)).distinct().toList();
    }
}
