package io.scan2ledger.field;

/** A phrase in Japanese and English, for building both texts of a {@link Problem} alike. */
record Bilingual(String ja, String en) {
}
