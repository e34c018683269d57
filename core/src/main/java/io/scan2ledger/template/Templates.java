package io.scan2ledger.template;

import java.util.List;
import java.util.Optional;

/** Port: the form templates in use, and the reference lists shipped with them. */
public interface Templates {

    List<FormTemplate> all();

    Optional<FormTemplate> byId(String formId);

    /** A reference list (nursery facilities, banks...) by name; empty when there is none. */
    List<String> reference(String name);

    /** A reference list's whole rows (a name with its reading); empty when there is none. */
    default List<List<String>> referenceRows(String name) {
        return List.of();
    }

    /** The postal codes and the towns they name, for the {@code postal-address} rule; empty when there are none. */
    default PostalDirectory postalDirectory() {
        return PostalDirectory.empty();
    }
}
