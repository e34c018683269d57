package io.scan2ledger.templates;

import java.util.Set;

/** The field type ids a template may use (the field module implements one FieldType each). */
public final class KnownTypes {

    public static final Set<String> ALL = Set.of("text", "name", "kana", "era-date", "postal-code", "phone",
            "my-number", "corporate-number", "bank-code", "branch-code", "account-number", "digits", "yen",
            "checkbox", "checkbox-group", "choice");

    /** Cross-field rule kinds, as documented on {@link io.scan2ledger.template.CrossRule}. */
    public static final Set<String> RULE_KINDS = Set.of("not-after", "after", "exactly-one", "all-or-none",
            "postal-address");

    /** Static print kinds the renderer draws (see the module README for what each looks like). */
    public static final Set<String> LAYOUT_KINDS = Set.of("text", "title", "label", "box", "line");

    private KnownTypes() {
    }
}
