package io.scan2ledger.persistence;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.template.Engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.scan2ledger.persistence.JdbcReadingRepository.ProblemCodec.esc;
import static io.scan2ledger.persistence.JdbcReadingRepository.ProblemCodec.unesc;

/**
 * A field's evidence in one text column, a {@code key=value} line each. Unknown keys and values are
 * skipped, so a row written by a newer version still reads (the model then weighs less evidence).
 */
final class EvidenceCodec {

    private static final int LIMIT = 4000;

    private EvidenceCodec() {
    }

    static String encode(Evidence e) {
        if (e == null || e.equals(Evidence.NONE)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        line(out, "first", Double.toString(e.firstConfidence()));
        line(out, "second", Double.toString(e.secondConfidence()));
        line(out, "readings", e.readings().name());
        line(out, "split", e.split().name());
        line(out, "ink", Double.toString(e.inkShare()));
        line(out, "engine", e.engine().name());
        e.repairs().forEach(r -> line(out, "repair", r.name()));
        if (!e.weakChars().isEmpty()) {
            line(out, "weak", e.weakChars());
        }
        e.alternatives().forEach(a -> line(out, "alt", a));
        return out.length() > LIMIT ? out.substring(0, out.lastIndexOf("\n", LIMIT - 1) + 1) : out.toString();
    }

    static Evidence decode(String text) {
        if (text == null || text.isEmpty()) {
            return Evidence.NONE;
        }
        Map<String, String> one = new LinkedHashMap<>();
        Set<Evidence.Repair> repairs = EnumSet.noneOf(Evidence.Repair.class);
        List<String> alternatives = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = unesc(line.substring(eq + 1));
            switch (key) {
                case "repair" -> known(Evidence.Repair.class, value).ifPresent(repairs::add);
                case "alt" -> alternatives.add(value);
                default -> one.put(key, value);
            }
        }
        return new Evidence(number(one.get("first")), number(one.get("second")),
                known(Evidence.Readings.class, one.get("readings")).orElse(Evidence.Readings.SINGLE), alternatives,
                repairs, known(Evidence.Split.class, one.get("split")).orElse(Evidence.Split.NONE),
                one.getOrDefault("weak", ""), number(one.get("ink")) >= 0 ? number(one.get("ink")) : 0,
                known(Engine.class, one.get("engine")).orElse(Engine.TESSERACT));
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(esc(value)).append('\n');
    }

    private static double number(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static <E extends Enum<E>> java.util.Optional<E> known(Class<E> kind, String name) {
        try {
            return name == null ? java.util.Optional.empty() : java.util.Optional.of(Enum.valueOf(kind, name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
