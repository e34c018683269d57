package io.scan2ledger.certainty;

import io.scan2ledger.extraction.ReadMethod;

/**
 * What validation knows about a field's value, beside what the reader saw: whether its type and
 * rules take it, whether a list the value should come from holds it, and whether the postal code
 * and the address name the same town.
 *
 * @param accepted the field's type and its own rules take the value without any problem
 * @param listed   the value is on the list it belongs to (both name parts in the name
 *                 dictionaries, a closed list's entry, an address master's town); null when the
 *                 field has no such list
 * @param postal   whether the field's postal code and address agree; null when the field is
 *                 neither, or the directory cannot tell
 */
public record Facts(ReadMethod method, String value, boolean accepted, Boolean listed, Boolean postal) {
}
