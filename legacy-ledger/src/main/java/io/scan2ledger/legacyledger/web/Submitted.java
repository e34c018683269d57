package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.ledger.ShiftJis;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** A form's values as the clerk typed them (decoded as Windows-31J by {@link ShiftJisRequestFilter}). */
final class Submitted {

    private Submitted() {
    }

    static Map<String, String> values(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, all) -> values.put(name, ShiftJis.resolveReferences(all[0])));
        return values;
    }

    static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : ShiftJis.resolveReferences(value).strip();
    }
}
