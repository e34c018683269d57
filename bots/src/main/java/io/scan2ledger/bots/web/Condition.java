package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Something a page shows. The simple kind ({@link Shows}) is a screen id ({@code screen: JT020},
 * read from the definition's screen element), an element ({@code element: tdErrMsg}), a text
 * ({@code target} with {@code equals} or {@code contains}), a number of elements ({@code target}
 * with {@code count}) or a URL part ({@code url: /login.do}); the parts given must all hold.
 * Conditions combine with {@code anyOf}, {@code allOf} and {@code not}.
 */
public sealed interface Condition {

    /** The elements whose text or presence decide this condition. */
    List<Locator> locators(Locator screenElement);

    /** The elements whose number decides this condition. */
    List<Locator> counted();

    /** The same condition with its expected texts worked out for one record. */
    Condition resolve(Scope scope) throws RecordRefused;

    /** Whether the page shows this; call {@link #resolve} first when expected texts name values. */
    boolean holds(Snapshot page, Locator screenElement);

    /** Every simple condition inside (itself, when simple): to list the screens, elements and values named. */
    List<Shows> simple();

    static Condition screen(String id) {
        return new Shows(id, null, null, null, null, null, null);
    }

    /**
     * @param count how many elements {@code target} matches (a CSS selector may match many; an id 0 or 1)
     */
    record Shows(String screen, Locator element, Locator target, Expression equals, Expression contains, String url,
                 Integer count) implements Condition {

        public Shows {
            if (screen == null && element == null && target == null && url == null) {
                throw new IllegalArgumentException("a condition needs screen, element, target or url"
                        + " (or anyOf, allOf, not)");
            }
            int tests = (equals == null ? 0 : 1) + (contains == null ? 0 : 1) + (count == null ? 0 : 1);
            if ((target == null) != (tests == 0) || tests > 1) {
                throw new IllegalArgumentException("target goes with one of equals, contains or count");
            }
            if (count != null && count < 0) {
                throw new IllegalArgumentException("count must be 0 or more");
            }
        }

        @Override
        public List<Locator> locators(Locator screenElement) {
            List<Locator> all = new ArrayList<>();
            if (screen != null) {
                all.add(screenElement);
            }
            if (element != null) {
                all.add(element);
            }
            if (target != null && count == null) {
                all.add(target);
            }
            return all;
        }

        @Override
        public List<Locator> counted() {
            return count == null ? List.of() : List.of(target);
        }

        @Override
        public Condition resolve(Scope scope) throws RecordRefused {
            if ((equals == null || equals.isLiteral()) && (contains == null || contains.isLiteral())) {
                return this;
            }
            return new Shows(screen, element, target, literal(equals, scope), literal(contains, scope), url, count);
        }

        private static Expression literal(Expression e, Scope scope) throws RecordRefused {
            return e == null ? null : Expression.literal(e.evaluate(scope));
        }

        @Override
        public boolean holds(Snapshot page, Locator screenElement) {
            if (screen != null && !screen.equals(page.text(screenElement))) {
                return false;
            }
            if (element != null && page.text(element) == null) {
                return false;
            }
            if (url != null && (page.url() == null || !page.url().contains(url))) {
                return false;
            }
            if (count != null) {
                return count == page.count(target);
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

        @Override
        public List<Shows> simple() {
            return List.of(this);
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
                parts.add(count == null ? "text of " + target : count + " × " + target);
            }
            if (url != null) {
                parts.add("url " + url);
            }
            return String.join(" and ", parts);
        }
    }

    /** {@code anyOf} holds when any of its conditions holds (a screen that may answer in more than one way); {@code allOf} when all do. */
    record Several(Join join, List<Condition> conditions) implements Condition {

        /** How the conditions are joined, with the definition key that names it. */
        public enum Join {
            ANY_OF("anyOf", " or "), ALL_OF("allOf", " and ");

            private final String key;
            private final String word;

            Join(String key, String word) {
                this.key = key;
                this.word = word;
            }
        }

        public Several {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException(join.key + " needs at least one condition");
            }
        }

        @Override
        public List<Locator> locators(Locator screenElement) {
            return conditions.stream().flatMap(c -> c.locators(screenElement).stream()).toList();
        }

        @Override
        public List<Locator> counted() {
            return conditions.stream().flatMap(c -> c.counted().stream()).toList();
        }

        @Override
        public Condition resolve(Scope scope) throws RecordRefused {
            return new Several(join, resolveAll(conditions, scope));
        }

        @Override
        public boolean holds(Snapshot page, Locator screenElement) {
            return join == Join.ANY_OF ? conditions.stream().anyMatch(c -> c.holds(page, screenElement))
                    : conditions.stream().allMatch(c -> c.holds(page, screenElement));
        }

        @Override
        public List<Shows> simple() {
            return conditions.stream().flatMap(c -> c.simple().stream()).toList();
        }

        @Override
        public String toString() {
            return conditions.stream().map(Object::toString).collect(Collectors.joining(join.word, "(", ")"));
        }
    }

    static Condition anyOf(List<Condition> conditions) {
        return new Several(Several.Join.ANY_OF, conditions);
    }

    static Condition allOf(List<Condition> conditions) {
        return new Several(Several.Join.ALL_OF, conditions);
    }

    /** Holds when its condition does not: {@code not: {element: tdErrMsg}}. */
    record Not(Condition condition) implements Condition {

        @Override
        public List<Locator> locators(Locator screenElement) {
            return condition.locators(screenElement);
        }

        @Override
        public List<Locator> counted() {
            return condition.counted();
        }

        @Override
        public Condition resolve(Scope scope) throws RecordRefused {
            return new Not(condition.resolve(scope));
        }

        @Override
        public boolean holds(Snapshot page, Locator screenElement) {
            return !condition.holds(page, screenElement);
        }

        @Override
        public List<Shows> simple() {
            return condition.simple();
        }

        @Override
        public String toString() {
            return "not " + condition;
        }
    }

    /** Each condition resolved for one record, for the combining conditions. */
    private static List<Condition> resolveAll(List<Condition> conditions, Scope scope) throws RecordRefused {
        List<Condition> out = new ArrayList<>();
        for (Condition c : conditions) {
            out.add(c.resolve(scope));
        }
        return out;
    }
}
