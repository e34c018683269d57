package io.scan2ledger.template;

/**
 * Field-level validation rules from template.yaml (all optional).
 *
 * @param pattern   a regular expression the normalised text must match
 * @param minLength at least this many characters
 * @param maxLength at most this many characters
 * @param min       smallest allowed value (a number, or an ISO date for dates)
 * @param max       largest allowed value
 * @param reference name of a reference list shipped with the templates (facility names, banks);
 *                  a value not on the list is invalid and the closest entry is proposed
 * @param reading   for a name: the kana field of the same form that holds its reading (氏名 and its
 *                  フリガナ), so that extraction can repair one from the other
 * @param places    for an address: a reference list of place names (an address master) that the
 *                  value begins with, so that extraction can repair a misread town name
 */
public record FieldRules(String pattern, Integer minLength, Integer maxLength, String min, String max,
                         String reference, String reading, String places) {
}
