package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;

import java.util.regex.Pattern;

/**
 * A test on one value, for {@code when} steps: {@code notEmpty: true} (or false: empty), or
 * {@code equals: text}, or {@code matches: regex} (the whole value). Exactly one is given.
 */
public record ValueTest(Expression value, Boolean notEmpty, Expression equals, Pattern matches) {

    public ValueTest {
        int tests = (notEmpty == null ? 0 : 1) + (equals == null ? 0 : 1) + (matches == null ? 0 : 1);
        if (tests != 1) {
            throw new IllegalArgumentException("a when test gives value and one of notEmpty, equals or matches");
        }
    }

    boolean holds(Scope scope) throws RecordRefused {
        String v = value.evaluate(scope);
        if (notEmpty != null) {
            return notEmpty != v.isBlank();
        }
        if (equals != null) {
            return v.equals(equals.evaluate(scope));
        }
        return matches.matcher(v).matches();
    }

    /** As written in the definition; never a value. */
    @Override
    public String toString() {
        return value + (notEmpty != null ? (notEmpty ? " not empty" : " empty")
                : equals != null ? " equals " + equals : " matches " + matches);
    }
}
