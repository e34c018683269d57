package io.scan2ledger.templates.samples;

/** The files a sample can be written as: what scanners, MFPs and e-applications deliver. */
public enum OutputKind {
    PNG("png", ".png"),
    JPEG("jpeg", ".jpg"),
    TIFF("tiff", ".tif"),
    /** An MFP's PDF: the scan embedded as one image (JPEG, or CCITT G4 when bilevel); no text layer. */
    PDF_SCAN("pdf-scan", ".pdf"),
    /** The born-digital filled form: vector print with the values as real text (a text layer). */
    PDF_DIGITAL("pdf-digital", "-digital.pdf");

    private final String id;
    private final String suffix;

    OutputKind(String id, String suffix) {
        this.id = id;
        this.suffix = suffix;
    }

    public String id() {
        return id;
    }

    /** File name ending; the truth file is the name up to the first '.' plus {@code .truth.json}. */
    public String suffix() {
        return suffix;
    }

    public static OutputKind byId(String id) {
        return Ids.byId(values(), OutputKind::id, "output kind", id);
    }
}
