package io.scan2ledger.template;

import java.util.Collection;
import java.util.List;

/**
 * Port: which towns a postal code names (Japan Post's data, with the fictional ward's codes), and
 * whether a written address is in one of them. Validation flags a pair that disagrees; the
 * certainty model weighs the agreement of the two fields it reads.
 */
public interface PostalDirectory {

    /** Whether a postal code and an address name the same town. */
    enum Agreement {
        /** The address is in a town the code names (or in the city, for a code that covers a whole city). */
        AGREE,
        /** The address names another prefecture, city or town than every one the code names. */
        DISAGREE,
        /** Nothing to compare: an unknown code, an empty field, or an address that names no known city. */
        UNKNOWN
    }

    /**
     * The towns a postal code names, written {@code 153-0041}, {@code 1530041} or {@code 〒153-0041};
     * empty for an unknown code.
     */
    List<PostalTown> towns(String postalCode);

    /**
     * Compares a postal code with an address as written (the prefecture may be left out; ヶ, ケ and
     * が are the same; 大字 and 字 before a town, and 丁目 and numbers after it, do not matter).
     */
    Agreement agreement(String postalCode, String address);

    /** How many postal codes the directory knows. */
    int size();

    /** A directory of these towns; a code may name several towns, and a town have several codes. */
    static PostalDirectory of(Collection<PostalTown> towns) {
        return new PostalIndex(towns);
    }

    /** A directory that knows no code: every agreement is UNKNOWN. */
    static PostalDirectory empty() {
        return of(List.of());
    }
}
