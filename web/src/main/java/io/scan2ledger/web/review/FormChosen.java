package io.scan2ledger.web.review;

/**
 * A supervisor named the form of an unclassified document, which is now RECEIVED again. The app
 * hands it to extraction at once (otherwise the periodic sweep would pick it up).
 */
public record FormChosen(long documentId) {
}
