package io.scan2ledger.document;

/** How a document reached scan2ledger. */
public enum Source {
    /** Dropped into a watched inbox folder (usually by the office multifunction printer). */
    FOLDER,
    /** Uploaded through the browser or the REST API. */
    UPLOAD,
    /** A record exported from an online application form (CSV or JSON). */
    E_APPLICATION
}
