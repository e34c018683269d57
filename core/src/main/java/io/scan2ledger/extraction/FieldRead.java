package io.scan2ledger.extraction;

/**
 * One field as read from the page, before its type and rules have looked at it.
 *
 * @param confidence 0..1: how sure the reader is that {@code rawText} is what is on the paper
 * @param page       1-based page number
 */
public record FieldRead(String name, String rawText, double confidence, int page, Box box, ReadMethod method) {
}
