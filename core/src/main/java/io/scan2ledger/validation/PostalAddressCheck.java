package io.scan2ledger.validation;

import io.scan2ledger.field.Problem;
import io.scan2ledger.template.CrossRule;
import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.template.PostalTown;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code postal-address} rule: a postal code and an address that name different towns. Either
 * may be the misread one, so both fields are flagged for review; neither is invalid, because the
 * resident may have written an old or a wrong code, which a supervisor settles.
 */
final class PostalAddressCheck {

    static final String CODE = "POSTAL_ADDRESS_MISMATCH";
    /** A code rarely names more towns than fit in one line; those that do are named in part. */
    private static final int TOWNS_NAMED = 3;

    private PostalAddressCheck() {
    }

    /** The problem both fields get when the two disagree; empty when they agree or cannot be compared. */
    static Optional<Problem> check(CrossRule rule, String postalCode, String address, PostalDirectory directory) {
        if (directory.agreement(postalCode, address) != PostalDirectory.Agreement.DISAGREE) {
            return Optional.empty();
        }
        // The message names the towns of the code (public data), never the resident's address.
        List<String> places = directory.towns(postalCode).stream().map(PostalTown::placeName).distinct().toList();
        String shown = places.stream().limit(TOWNS_NAMED).collect(Collectors.joining("、"));
        boolean more = places.size() > TOWNS_NAMED;
        return Optional.of(Problem.review(CODE,
                rule.ja() + "（この郵便番号は" + shown + (more ? "ほか" : "") + "の番号です）",
                rule.en() + " (this postal code is for " + shown + (more ? " and other towns" : "") + ")"));
    }
}
