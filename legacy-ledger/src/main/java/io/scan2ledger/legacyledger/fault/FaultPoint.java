package io.scan2ledger.legacyledger.fault;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a fault can strike: each request to a screen is one hit of that screen's point. */
public enum FaultPoint {
    /** GET and POST /login.do. */
    LOGIN,
    /** GET /menu.do. */
    MENU,
    /** GET /{ledger}/input.do and POST /{ledger}/back.do. */
    INPUT,
    /** POST /{ledger}/confirm.do. */
    CONFIRM,
    /** POST /{ledger}/register.do; a failure here strikes after the insert, inside the transaction. */
    REGISTER,
    /** GET and POST /search.do. */
    SEARCH,
    /** GET /{ledger}/detail.do (CM040 照会). */
    DETAIL;

    @JsonCreator
    public static FaultPoint of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
