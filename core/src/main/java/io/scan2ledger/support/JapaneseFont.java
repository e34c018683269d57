package io.scan2ledger.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Japanese fonts are: IPAGothic and IPAMincho from Debian's fonts-ipafont-gothic and
 * fonts-ipafont-mincho (the launcher installs them); {@code -Dscan2ledger.font.gothic=FILE} or
 * {@code -Dscan2ledger.font.mincho=FILE} point elsewhere. Used for blank forms, sample scans and
 * run reports.
 */
public enum JapaneseFont {
    GOTHIC("scan2ledger.font.gothic", "fonts-ipafont-gothic", "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf"),
    MINCHO("scan2ledger.font.mincho", "fonts-ipafont-mincho", "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf",
            "/usr/share/fonts/truetype/ipafont-mincho/ipam.ttf");

    private final String property;
    private final String debianPackage;
    private final String[] candidates;

    JapaneseFont(String property, String debianPackage, String... candidates) {
        this.property = property;
        this.debianPackage = debianPackage;
        this.candidates = candidates;
    }

    /** The font file; an error names the package to install. */
    public Path file() {
        String configured = System.getProperty(property);
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : candidates) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("font " + name() + " not found at " + candidates[0]
                + ": install the Debian package " + debianPackage + " or set -D" + property + "=<file>");
    }
}
