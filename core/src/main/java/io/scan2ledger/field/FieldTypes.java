package io.scan2ledger.field;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The field types a template may name, by id. Immutable and shared. */
public final class FieldTypes {

    private static final FieldTypes STANDARD = new FieldTypes(List.of(
            new FreeText(), new PersonName(), new Kana(), new EraDate(), new PostalCode(), new PhoneNumber(),
            new MyNumber(), new CorporateNumber(), new BankCode(), new BranchCode(), new AccountNumber(),
            new Digits(), new Yen(), new Checkbox(), new CheckboxGroup(), new Choice()));

    private final Map<String, FieldType> byId;

    private FieldTypes(List<FieldType> types) {
        Map<String, FieldType> map = new LinkedHashMap<>();
        for (FieldType type : types) {
            if (map.putIfAbsent(type.id(), type) != null) {
                throw new IllegalStateException("two field types with the id " + type.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Every type this package defines (text, name, kana, era-date, ... choice). */
    public static FieldTypes standard() {
        return STANDARD;
    }

    /** @throws IllegalArgumentException for an id no type has; the message lists the known ids */
    public FieldType get(String id) {
        FieldType type = id == null ? null : byId.get(id);
        if (type == null) {
            throw new IllegalArgumentException("Unknown field type '" + id + "'; known types: "
                    + String.join(", ", byId.keySet()));
        }
        return type;
    }

    /** The ids, in a stable order. */
    public Set<String> ids() {
        return byId.keySet();
    }
}
