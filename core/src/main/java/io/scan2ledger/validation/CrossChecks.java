package io.scan2ledger.validation;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.CrossRule;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.template.TableSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules across fields. A field name with {@code [*]} applies the rule to each table row; the
 * problem is attached to the rule's first field (of that row), where the supervisor will look.
 */
final class CrossChecks {

    private CrossChecks() {
    }

    static void check(FormTemplate template, Map<String, DocumentField> fields, Map<String, List<Problem>> problems) {
        check(template, fields, problems, PostalDirectory.empty());
    }

    /** As above, comparing postal codes with addresses in {@code postal} ({@code postal-address} rules). */
    static void check(FormTemplate template, Map<String, DocumentField> fields, Map<String, List<Problem>> problems,
                      PostalDirectory postal) {
        for (CrossRule rule : template.rules()) {
            for (List<String> names : expand(template, rule.fields())) {
                // A field already wrong on its own says enough; comparing it would only add noise.
                boolean alreadyInvalid = names.stream().anyMatch(n -> problems.getOrDefault(n, List.of()).stream()
                        .anyMatch(p -> p.severity() == Problem.Severity.INVALID));
                if (!alreadyInvalid && rule.kind().equals(CrossRule.POSTAL_ADDRESS)) {
                    // Either value may be the misread one: both fields go to review.
                    PostalAddressCheck.check(rule, value(fields, names.get(0)), value(fields, names.get(1)), postal)
                            .ifPresent(p -> names.forEach(n -> problems.computeIfAbsent(n, k -> new ArrayList<>()).add(p)));
                } else if (!alreadyInvalid && violated(rule, names, fields)) {
                    problems.computeIfAbsent(names.get(0), n -> new ArrayList<>())
                            .add(Problem.invalid("RULE_" + rule.kind().toUpperCase().replace('-', '_'), rule.ja(),
                                    rule.en()));
                }
            }
        }
    }

    /** One list of concrete field names per table row for rules with {@code [*]}, else the names as given. */
    private static List<List<String>> expand(FormTemplate template, List<String> names) {
        String table = names.stream().filter(n -> n.contains("[*]")).map(n -> n.substring(0, n.indexOf("[*]")))
                .findFirst().orElse(null);
        if (table == null) {
            return List.of(names);
        }
        int rows = template.tables().stream().filter(t -> t.name().equals(table)).mapToInt(TableSpec::rows)
                .findFirst().orElse(0);
        List<List<String>> out = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String index = "[" + row + "]";
            out.add(names.stream().map(n -> n.replace("[*]", index)).toList());
        }
        return out;
    }

    private static boolean violated(CrossRule rule, List<String> names, Map<String, DocumentField> fields) {
        List<String> values = names.stream().map(n -> value(fields, n)).toList();
        return switch (rule.kind()) {
            // Order rules only judge filled, valid values; emptiness is the "required" rule's business.
            case "not-after" -> bothFilled(values) && FieldChecks.compare(values.get(0), values.get(1)) > 0;
            case "after" -> bothFilled(values) && FieldChecks.compare(values.get(0), values.get(1)) <= 0;
            case "exactly-one" -> values.get(0).isEmpty() || values.get(0).contains(",");
            case "all-or-none" -> values.stream().anyMatch(String::isEmpty)
                    && values.stream().anyMatch(v -> !v.isEmpty() && !v.equals("false"));
            default -> throw new IllegalArgumentException("unknown rule kind: " + rule.kind());
        };
    }

    private static String value(Map<String, DocumentField> fields, String name) {
        return fields.containsKey(name) ? fields.get(name).value() : "";
    }

    private static boolean bothFilled(List<String> values) {
        return values.size() >= 2 && !values.get(0).isEmpty() && !values.get(1).isEmpty();
    }
}
