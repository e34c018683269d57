package io.scan2ledger.validation;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.support.EditDistance;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Repairs the readings of names from the family- and given-name dictionaries shipped with the
 * templates ({@code reference/family-names.txt}, {@code reference/given-names.txt}: a name and its
 * katakana reading a line). OCR's usual slips in フリガナ (シ read as ン: ハヤン for ハヤシ) land a
 * letter away from a listed reading; a name's rare kanji (颯, 紬) that OCR cannot read at all are
 * found from the reading the same form gives for it ({@code rules: {reading: kana}} on the name).
 *
 * <p>Only a reading already in doubt is repaired, and the repair is recorded as evidence: the
 * certainty model, not the repair, says how sure the repaired value is. A name the dictionaries do not hold is kept as
 * read; only a clear-cut near miss (one entry strictly closest, a letter or a third of the reading
 * away) is repaired.
 */
public final class NameDictionary {

    static final String FAMILY = "family-names";
    static final String GIVEN = "given-names";

    private final FieldTypes types;
    private final Part family;
    private final Part given;

    public NameDictionary(FieldTypes types, Templates templates) {
        this.types = types;
        this.family = new Part(templates.referenceRows(FAMILY));
        this.given = new Part(templates.referenceRows(GIVEN));
    }

    /** One dictionary: the readings, and the names written each way. */
    private static final class Part {
        final Map<String, List<String>> namesByReading = new LinkedHashMap<>();
        final Set<String> names = new LinkedHashSet<>();

        Part(List<List<String>> rows) {
            for (List<String> row : rows) {
                if (row.size() >= 2) {
                    namesByReading.computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(0));
                    names.add(row.get(0));
                }
            }
        }

        Set<String> names() {
            return names;
        }

        boolean isEmpty() {
            return namesByReading.isEmpty();
        }

        /** The listed reading {@code read} is, or a clear-cut near miss of; otherwise {@code read}. */
        String reading(String read) {
            return namesByReading.containsKey(read) ? read
                    : EditDistance.clearlyNearest(read, namesByReading.keySet()).orElse(read);
        }

        /** The name written for {@code reading} that is {@code read}, or closest to it when clear-cut. */
        Optional<String> name(String reading, String read) {
            List<String> names = namesByReading.getOrDefault(reading, List.of());
            if (names.contains(read)) {
                return Optional.of(read);
            }
            return names.size() == 1 ? Optional.of(names.get(0)) : EditDistance.clearlyNearest(read, names);
        }
    }

    /** Whether either dictionary is missing (a template folder without {@code reference/}). */
    boolean isEmpty() {
        return family.isEmpty() || given.isEmpty();
    }

    /** The listed family names (氏). */
    public Set<String> familyNames() {
        return family.names();
    }

    /** The listed given names (名). */
    public Set<String> givenNames() {
        return given.names();
    }

    /** Whether {@code raw} is a name (or, for kana, a reading) both of whose parts are listed. */
    boolean knows(FieldSpec spec, String raw) {
        String[] parts = parts(spec, raw);
        return parts.length == 2 && listed(spec, family, parts[0]) && listed(spec, given, parts[1]);
    }

    /**
     * For a name or its kana read by several models: each part (family, given) from the first
     * reading in which that part is listed, else from the first reading. Empty for other fields and
     * when the readings do not all have the two parts.
     */
    Optional<String> combine(FieldSpec spec, List<String> readings) {
        List<String[]> parts = readings.stream().map(r -> parts(spec, r)).toList();
        if (parts.stream().anyMatch(p -> p.length != 2)) {
            return Optional.empty();
        }
        String familyPart = parts.stream().map(p -> p[0]).filter(p -> listed(spec, family, p)).findFirst()
                .orElse(parts.get(0)[0]);
        String givenPart = parts.stream().map(p -> p[1]).filter(p -> listed(spec, given, p)).findFirst()
                .orElse(parts.get(0)[1]);
        return Optional.of(familyPart + " " + givenPart);
    }

    /** A name's or a kana's parts as its type reads them; none for other fields. */
    private String[] parts(FieldSpec spec, String raw) {
        return switch (spec.type()) {
            case "name" -> types.get("name").parse(raw, List.of()).text().split(" ");
            case "kana" -> katakana(raw).split(" ");
            default -> new String[0];
        };
    }

    /** A name part among the names, a kana part among the readings. */
    private static boolean listed(FieldSpec spec, Part part, String text) {
        return spec.type().equals("name") ? part.names.contains(text) : part.namesByReading.containsKey(text);
    }

    /** The reads of one form with its kana and paired names repaired where the dictionaries allow. */
    public List<FieldRead> repair(FormTemplate form, List<FieldRead> reads) {
        if (family.isEmpty() || given.isEmpty()) {
            return reads;
        }
        Map<String, FieldRead> byName = reads.stream()
                .collect(Collectors.toMap(FieldRead::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (FieldSpec spec : form.allFields()) {
            FieldRead read = byName.get(spec.name());
            if (read != null && spec.type().equals("kana") && doubtful(form, spec, read)) {
                byName.put(spec.name(), repairKana(read));
            }
        }
        for (FieldSpec spec : form.allFields()) {
            String readingField = spec.rules() == null ? null : spec.rules().reading();
            FieldRead read = byName.get(spec.name());
            FieldRead reading = readingField == null ? null : byName.get(readingField);
            if (read != null && reading != null && doubtful(form, spec, read)) {
                byName.put(spec.name(), repairName(read, reading));
            }
        }
        // The family names this form already holds: a child on its parent's claim, a household head.
        Set<String> household = new LinkedHashSet<>();
        for (FieldSpec spec : form.allFields()) {
            FieldRead read = byName.get(spec.name());
            String[] parts = read != null && spec.type().equals("name") ? nameParts(read) : new String[0];
            if (parts.length == 2 && family.names().contains(parts[0])) {
                household.add(parts[0]);
            }
        }
        for (FieldSpec spec : form.allFields()) {
            FieldRead read = byName.get(spec.name());
            if (read != null && spec.type().equals("name") && (spec.rules() == null || spec.rules().reading() == null)
                    && doubtful(form, spec, read)) {
                byName.put(spec.name(), repairUnread(read, household));
            }
        }
        return List.copyOf(byName.values());
    }

    /**
     * Only a reading already in doubt is repaired: a rare name read with confidence (太秦, a letter
     * from 太田) is the resident's, not a misreading of the dictionary's.
     */
    private static boolean doubtful(FormTemplate form, FieldSpec spec, FieldRead read) {
        return read.inDoubt(form.thresholdOf(spec));
    }

    /**
     * A name without a reading on the form: a family name not in the dictionary becomes the one a
     * letter away that the same form already holds, or else the dictionary's clear-cut nearest; a
     * given name not in the dictionary its clear-cut nearest.
     */
    private FieldRead repairUnread(FieldRead read, Set<String> household) {
        String[] parts = nameParts(read);
        if (parts.length != 2) {
            return read;
        }
        String familyName = family.names().contains(parts[0]) ? parts[0]
                : EditDistance.clearlyNearest(parts[0], household)
                .or(() -> EditDistance.clearlyNearest(parts[0], family.names())).orElse(parts[0]);
        String givenName = given.names().contains(parts[1]) ? parts[1]
                : EditDistance.clearlyNearest(parts[1], given.names()).orElse(parts[1]);
        String repaired = familyName + " " + givenName;
        return repaired.equals(parts[0] + " " + parts[1]) ? read
                : read.repaired(repaired, Evidence.Repair.NAME_DICTIONARY);
    }

    private String[] nameParts(FieldRead read) {
        return types.get("name").parse(read.rawText(), List.of()).text().split(" ");
    }

    private FieldRead repairKana(FieldRead read) {
        String[] parts = katakana(read.rawText()).split(" ");
        if (parts.length != 2) {
            return read;
        }
        String repaired = family.reading(parts[0]) + " " + given.reading(parts[1]);
        return repaired.equals(String.join(" ", parts)) ? read
                : read.repaired(repaired, Evidence.Repair.KANA_DICTIONARY);
    }

    private FieldRead repairName(FieldRead name, FieldRead reading) {
        String[] names = nameParts(name);
        String[] readings = katakana(reading.rawText()).split(" ");
        if (names.length != 2 || readings.length != 2) {
            return name;
        }
        String repaired = family.name(readings[0], names[0]).orElse(names[0]) + " "
                + given.name(readings[1], names[1]).orElse(names[1]);
        return repaired.equals(names[0] + " " + names[1]) ? name
                : name.repaired(repaired, Evidence.Repair.NAME_FROM_READING);
    }

    private String katakana(String raw) {
        return types.get("kana").parse(raw, List.of()).text();
    }
}
