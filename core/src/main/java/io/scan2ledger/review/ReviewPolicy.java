package io.scan2ledger.review;

import java.util.Set;

/** @param fourEyesForms forms whose approval needs a second, different supervisor */
public record ReviewPolicy(Set<String> fourEyesForms) {

    public ReviewPolicy {
        fourEyesForms = Set.copyOf(fourEyesForms);
    }
}
