package io.scan2ledger.installation;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Which scan2ledger installation a document was received by: four characters of Crockford's
 * base 32 (digits and upper-case letters without I, L, O and U, so it is read aloud and typed back
 * without doubt). 32^4 = 1 048 576 values: two installations keying one ledger pick the same id
 * with a chance of about one in a million, and an operator who sees a clash sets another id.
 */
public record InstallationId(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    public InstallationId {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("an installation id is " + LENGTH
                    + " characters of 0-9 and A-Z without I, L, O and U, e.g. 7K2Q");
        }
    }

    /** As an operator types it: case and surrounding blanks do not matter. */
    public static InstallationId parse(String text) {
        return new InstallationId(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static InstallationId random() {
        StringBuilder id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new InstallationId(id.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
