package io.scan2ledger.intake;

/** What the inspector found in a file: a document we can read, a file still being written, or a reason to refuse it. */
public sealed interface Inspection {

    record Readable(FileKind kind, int pageCount) implements Inspection {
    }

    /** Looks cut off; if the file is still young it is probably being written, so intake waits. */
    record LooksIncomplete(String detail) implements Inspection {
    }

    record Refused(QuarantineReason reason) implements Inspection {
    }

    static Inspection refused(QuarantineReason.Code code, String detail) {
        return new Refused(QuarantineReason.of(code, detail));
    }
}
