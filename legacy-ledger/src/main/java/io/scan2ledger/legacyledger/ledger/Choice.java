package io.scan2ledger.legacyledger.ledger;

import java.util.List;
import java.util.Optional;

/** One option of a select box or radio group: the code the old system stores and the label it shows. */
public record Choice(String code, String label) {

    static Optional<Choice> find(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
