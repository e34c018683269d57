package io.scan2ledger.web.api;

import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.field.Problem;
import io.scan2ledger.web.review.MyNumberMask;

import java.util.List;

/**
 * A field as the API (and the review page's re-validation) shows it: a My Number always masked.
 * {@code doubt} is null for a value a person typed or a text layer gave.
 */
public record FieldView(String name, String type, String value, String rawText, double confidence, int page, Box box,
                        String method, List<ProblemView> problems, String correctedBy, DoubtView doubt) {

    /** A field's or the document's problem, in both languages. */
    public record ProblemView(String code, String severity, String ja, String en) {
        public static ProblemView of(Problem p) {
            return new ProblemView(p.code(), p.severity().name(), p.ja(), p.en());
        }

        public static List<ProblemView> all(List<Problem> problems) {
            return problems.stream().map(ProblemView::of).toList();
        }
    }

    public static FieldView of(DocumentField f) {
        return new FieldView(f.name(), f.type(), MyNumberMask.value(f, false), MyNumberMask.rawText(f, false),
                f.confidence(), f.page(), f.box(), f.method().name(), ProblemView.all(f.problems()), f.correctedBy(),
                DoubtView.of(f, false));
    }

    public static List<FieldView> all(List<DocumentField> fields) {
        return fields.stream().map(FieldView::of).toList();
    }
}
