package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A value as a definition writes it: literal text with references in {@code ${...}}, each a
 * record field, the record key or a variable, followed by filters: {@code ${birthDate|era}},
 * {@code ${accountType|map:普通=1,当座=2}}, {@code ${phone|default:-}},
 * {@code ${children[*].name|count}}. Parsed once when the definition is read, so a typo fails
 * at load time, not in the night batch.
 */
public final class Expression {

    private final String source;
    private final List<Object> parts;

    private Expression(String source, List<Object> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** A reference and its filters, e.g. {@code birthDate|eraYear}. */
    record Reference(String name, List<Filter> filters) {

        boolean many() {
            return name.contains("[*]");
        }
    }

    /**
     * @throws IllegalArgumentException for an unclosed {@code ${}, an empty reference or an unknown filter
     */
    public static Expression parse(String text) {
        String s = text == null ? "" : text;
        List<Object> parts = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int open = s.indexOf("${", at);
            if (open < 0) {
                parts.add(s.substring(at));
                break;
            }
            if (open > at) {
                parts.add(s.substring(at, open));
            }
            int close = closing(s, open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("'${' without '}'");
            }
            parts.add(reference(s.substring(open + 2, close)));
            at = close + 1;
        }
        return new Expression(s, parts);
    }

    /**
     * The '}' that ends the reference starting at {@code from}: braces inside it nest (a regular
     * expression's {@code \\d{3}}), a backslash escapes the next character.
     */
    private static int closing(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    public static Expression literal(String text) {
        return new Expression(text, text.isEmpty() ? List.of() : List.of(text));
    }

    private static Reference reference(String inside) {
        // A filter's argument may hold '|' written as '\|' (a regular expression's alternation).
        String[] pieces = inside.split("(?<!\\\\)\\|", -1);
        for (int i = 1; i < pieces.length; i++) {
            pieces[i] = pieces[i].replace("\\|", "|");
        }
        String name = pieces[0].trim();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*(\\[(\\d+|\\*)\\](\\.[A-Za-z_][A-Za-z0-9_]*)?)*")) {
            throw new IllegalArgumentException("'${" + inside + "}' does not name a field or variable");
        }
        List<Filter> filters = new ArrayList<>();
        for (int i = 1; i < pieces.length; i++) {
            filters.add(Filter.parse(pieces[i]));
        }
        Reference ref = new Reference(name, filters);
        boolean counts = !filters.isEmpty() && filters.get(0).kind() == Filter.Kind.COUNT;
        if (ref.many() != counts) {
            throw new IllegalArgumentException(ref.many() ? "'${" + inside + "}': a [*] reference needs |count first"
                    : "'${" + inside + "}': |count needs a [*] reference");
        }
        return ref;
    }

    /**
     * The value for one record.
     *
     * @throws RecordRefused when a value cannot be converted (not a date, no code for it); the
     *                       reason names the field, never the value
     */
    public String evaluate(Scope scope) throws RecordRefused {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Reference ref) {
                String value = ref.many() ? Integer.toString(scope.filled(ref.name())) : scope.value(ref.name());
                for (Filter filter : ref.many() ? ref.filters().subList(1, ref.filters().size()) : ref.filters()) {
                    value = filter.apply(ref.name(), value, scope);
                }
                out.append(value);
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    /** The names referenced, as written ({@code children[0].name}, {@code children[*].name}, {@code key}). */
    public Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        parts.stream().filter(Reference.class::isInstance).map(p -> ((Reference) p).name()).forEach(names::add);
        return names;
    }

    /** The code tables the filters look up, to check they exist when the definition is read. */
    Set<String> codeTables() {
        Set<String> tables = new LinkedHashSet<>();
        parts.stream().filter(Reference.class::isInstance)
                .flatMap(p -> ((Reference) p).filters().stream())
                .map(Filter::table).filter(t -> t != null).forEach(tables::add);
        return tables;
    }

    public boolean isLiteral() {
        return parts.stream().noneMatch(Reference.class::isInstance);
    }

    public String source() {
        return source;
    }

    /** Two expressions are equal when written alike. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Expression e && e.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
