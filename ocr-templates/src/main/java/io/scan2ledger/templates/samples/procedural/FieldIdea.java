package io.scan2ledger.templates.samples.procedural;

import java.util.List;

/**
 * A field a ward form might ask for, before it is placed: what it is called, its type, and what
 * its zone needs to hold a readable value.
 *
 * @param name      the template name: one the synthetic household knows ({@code name}, {@code postalCode}...),
 *                  so values agree across the form; or, when {@code generic}, a prefix numbered per form
 *                  ({@code text} → {@code text1})
 * @param labels    printed labels to choose from (at most 8 characters: they fit a label cell)
 * @param options   a choice's values or a checkbox group's boxes
 * @param cells     boxed digits: always this many cells; 0 for a written value
 * @param boxable   a written value that is sometimes boxed instead ({@link #boxedCells} cells)
 * @param minWidth  narrowest zone (mm) in which the longest usual value still prints at about 9 pt
 */
record FieldIdea(String name, boolean generic, String type, Section section, List<String> labels, String labelEn,
                 List<String> options, int cells, int boxedCells, boolean boxable, double minWidth) {

    /** Where on the form a field belongs: forms group fields under headed sections. */
    enum Section { HEADER, PERSON, DETAILS, ACCOUNT }

    FieldIdea {
        labels = List.copyOf(labels);
        options = List.copyOf(options);
    }

    static FieldIdea written(String name, String type, Section section, String labelEn, double minWidth,
                             String... labels) {
        return new FieldIdea(name, false, type, section, List.of(labels), labelEn, List.of(), 0, 0, false, minWidth);
    }

    static FieldIdea boxed(String name, String type, Section section, String labelEn, int cells, String... labels) {
        return new FieldIdea(name, false, type, section, List.of(labels), labelEn, List.of(), cells, 0, false, 0);
    }

    static FieldIdea withOptions(String name, String type, Section section, String labelEn, List<String> options,
                                 String... labels) {
        return new FieldIdea(name, false, type, section, List.of(labels), labelEn, options, 0, 0, false, 0);
    }

    /** A field the household knows nothing about: it gets a numbered name and a value of its type. */
    FieldIdea asGeneric() {
        return new FieldIdea(name, true, type, section, labels, labelEn, options, cells, boxedCells, boxable, minWidth);
    }

    /** Written, or now and then in boxes of {@code boxedCells} (a postal code, a 世帯番号). */
    FieldIdea orBoxed(int boxedCellCount) {
        return new FieldIdea(name, generic, type, section, labels, labelEn, options, cells, boxedCellCount, true,
                minWidth);
    }

    boolean isTickBoxes() {
        return type.equals("checkbox") || type.equals("checkbox-group");
    }
}
