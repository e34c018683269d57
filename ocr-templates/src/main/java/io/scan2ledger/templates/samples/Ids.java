package io.scan2ledger.templates.samples;

import java.util.Arrays;
import java.util.function.Function;

/** Looks a value up by the id users type on the command line, listing the known ids when it is wrong. */
final class Ids {

    private Ids() {
    }

    static <T> T byId(T[] values, Function<T, String> idOf, String what, String id) {
        return Arrays.stream(values).filter(v -> idOf.apply(v).equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown " + what + " '" + id + "' (known: "
                        + String.join(", ", Arrays.stream(values).map(idOf).toList()) + ")"));
    }
}
