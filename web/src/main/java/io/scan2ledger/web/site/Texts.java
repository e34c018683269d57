package io.scan2ledger.web.site;

import io.scan2ledger.intake.Channels;

import java.util.Locale;

/** Picking the Japanese or the English text of something the core gives in both. Japanese is the default. */
public final class Texts {

    private Texts() {
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String pick(Locale locale, String ja, String en) {
        return english(locale) && en != null && !en.isBlank() ? en : ja;
    }

    /** A configured label written as {@code 総合窓口 / Front desk}: the part for this locale. */
    public static String bilingual(Locale locale, String label) {
        int slash = label == null ? -1 : label.indexOf(" / ");
        if (slash < 0) {
            return label;
        }
        return english(locale) ? label.substring(slash + 3) : label.substring(0, slash);
    }

    public static String channel(Locale locale, Channels channels, String name) {
        return channels.all().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> bilingual(locale, c.label())).orElse(name);
    }
}
