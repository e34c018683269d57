package io.scan2ledger.extraction;

import io.scan2ledger.field.Problem;
import io.scan2ledger.intake.QuarantineReason;
import io.scan2ledger.template.FormTemplate;

import java.util.List;

/** What the form reader made of a file. */
public sealed interface Reading {

    List<PageRead> pages();

    /**
     * The form was recognised and its fields read.
     *
     * @param notes document-level doubts (classified by keywords only, marks missing, several forms
     *              in one file...); any note sends the document to review
     */
    record Classified(FormTemplate template, List<PageRead> pages, List<FieldRead> fields, List<Problem> notes)
            implements Reading {
        public Classified {
            pages = List.copyOf(pages);
            fields = List.copyOf(fields);
            notes = List.copyOf(notes);
        }
    }

    /** No template matched: the document goes to review, where a supervisor picks the form. */
    record Unclassified(List<PageRead> pages, String why) implements Reading {
        public Unclassified {
            pages = List.copyOf(pages);
        }
    }

    /**
     * The pages could not be rendered (a damaged file that passed inspection, or a page over a limit
     * that only rendering shows): {@code code} is the reason the clerk is given.
     */
    record Unreadable(QuarantineReason.Code code, String detail) implements Reading {
        @Override
        public List<PageRead> pages() {
            return List.of();
        }
    }
}
