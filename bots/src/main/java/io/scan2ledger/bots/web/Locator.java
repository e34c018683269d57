package io.scan2ledger.bots.web;

import org.openqa.selenium.By;

import java.util.Locale;

/**
 * Where a step acts: an element by id (a bare word or {@code id:txtShimei}), by name
 * ({@code name:rdoSeibetsu}, the first element of that name) or by CSS ({@code css:#tblKekka td}).
 * Old screens give most elements stable ids, so ids are the default.
 */
public record Locator(Kind kind, String value) {

    public enum Kind { ID, NAME, CSS }

    public Locator {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty target");
        }
    }

    public static Locator parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.startsWith("id:")) {
            return new Locator(Kind.ID, t.substring(3).trim());
        }
        if (t.startsWith("name:")) {
            return new Locator(Kind.NAME, t.substring(5).trim());
        }
        if (t.startsWith("css:")) {
            return new Locator(Kind.CSS, t.substring(4).trim());
        }
        if (!t.matches("[A-Za-z_][A-Za-z0-9_\\-]*")) {
            throw new IllegalArgumentException("target '" + t + "' is not an id; write id:, name: or css: before it");
        }
        return new Locator(Kind.ID, t);
    }

    public By by() {
        return switch (kind) {
            case ID -> By.id(value);
            case NAME -> By.name(value);
            case CSS -> By.cssSelector(value);
        };
    }

    /** The kind as the page scripts name it. */
    String scriptKind() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** As written in a definition; element ids are not personal data, so this is what logs show. */
    @Override
    public String toString() {
        return kind == Kind.ID ? value : scriptKind() + ":" + value;
    }
}
