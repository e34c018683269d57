package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;

import java.util.ArrayList;
import java.util.List;

/**
 * Something a page shows: a screen id ({@code screen: JT020}, read from the definition's screen
 * element), an element ({@code element: tdErrMsg}), a text ({@code target} with {@code equals} or
 * {@code contains}) or a URL part ({@code url: /login.do}). The parts given must all hold.
 */
public record Condition(String screen, Locator element, Locator target, Expression equals, Expression contains,
                        String url) {

    public Condition {
        if (screen == null && element == null && target == null && url == null) {
            throw new IllegalArgumentException("a condition needs screen, element, target or url");
        }
        if ((target == null) != (equals == null && contains == null)) {
            throw new IllegalArgumentException("target goes with equals or contains");
        }
    }

    public static Condition screen(String id) {
        return new Condition(id, null, null, null, null, null);
    }

    /** The elements whose text or presence decide this condition. */
    List<Locator> locators(Locator screenElement) {
        List<Locator> all = new ArrayList<>();
        if (screen != null) {
            all.add(screenElement);
        }
        if (element != null) {
            all.add(element);
        }
        if (target != null) {
            all.add(target);
        }
        return all;
    }

    /** The same condition with its expected texts worked out for one record. */
    Condition resolve(Scope scope) throws RecordRefused {
        if ((equals == null || equals.isLiteral()) && (contains == null || contains.isLiteral())) {
            return this;
        }
        return new Condition(screen, element, target, literal(equals, scope), literal(contains, scope), url);
    }

    private static Expression literal(Expression e, Scope scope) throws RecordRefused {
        return e == null ? null : Expression.literal(e.evaluate(scope));
    }

    /** Whether the page shows this; call {@link #resolve} first when equals or contains name values. */
    boolean holds(Snapshot page, Locator screenElement) {
        if (screen != null && !screen.equals(page.text(screenElement))) {
            return false;
        }
        if (element != null && page.text(element) == null) {
            return false;
        }
        if (url != null && (page.url() == null || !page.url().contains(url))) {
            return false;
        }
        if (target != null) {
            String text = page.text(target);
            if (text == null) {
                return false;
            }
            if (equals != null && !Snapshot.normalise(expected(equals)).equals(text)) {
                return false;
            }
            return contains == null || text.contains(Snapshot.normalise(expected(contains)));
        }
        return true;
    }

    private static String expected(Expression e) {
        if (!e.isLiteral()) {
            throw new IllegalStateException("condition not resolved for a record");
        }
        return e.source();
    }

    /** For logs and failure reasons: names screens and elements, never an expected value. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (screen != null) {
            parts.add("screen " + screen);
        }
        if (element != null) {
            parts.add("element " + element);
        }
        if (target != null) {
            parts.add("text of " + target);
        }
        if (url != null) {
            parts.add("url " + url);
        }
        return String.join(" and ", parts);
    }
}
