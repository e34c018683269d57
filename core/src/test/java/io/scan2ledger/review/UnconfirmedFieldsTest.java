package io.scan2ledger.review;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.field.Problem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which flagged fields an approver has still to confirm. */
class UnconfirmedFieldsTest {

    private static final Problem ERA = Problem.review("ERA_YEAR_OUT_OF_RANGE", "元号", "era");
    private static final Problem LOW = Problem.review("LOW_CONFIDENCE", "確からしさ", "certainty");
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void eachApproverConfirmsForThemselvesAndANewProblemIsNotCovered() {
        List<DocumentField> fields = List.of(field("birthDate", ERA), field("name", LOW, ERA), field("phone"));
        List<Confirmation> given = List.of(
                new Confirmation("birthDate", "tanaka", AT, Set.of("ERA_YEAR_OUT_OF_RANGE")),
                new Confirmation("name", "tanaka", AT, Set.of("ERA_YEAR_OUT_OF_RANGE")),
                new Confirmation("name", "suzuki", AT, Set.of("LOW_CONFIDENCE", "ERA_YEAR_OUT_OF_RANGE")));

        assertThat(ReviewService.unconfirmed(fields, given, "tanaka"))
                .as("name has a problem raised after tanaka's look; phone is not flagged").containsExactly("name");
        assertThat(ReviewService.unconfirmed(fields, given, "suzuki")).containsExactly("birthDate");
        assertThat(ReviewService.unconfirmed(fields, given, "sato")).containsExactly("birthDate", "name");
        assertThat(ReviewService.unconfirmed(List.of(field("name", LOW)), given, "tanaka"))
                .as("only what tanaka saw is covered").containsExactly("name");
        assertThat(ReviewService.unconfirmed(List.of(field("name", ERA)), given, "tanaka"))
                .as("a problem gone leaves the rest covered").isEmpty();
    }

    private static DocumentField field(String name, Problem... problems) {
        return new DocumentField(name, "free-text", "x", "x", 0.9, 1, null, ReadMethod.OCR, List.of(problems), null,
                null, null);
    }
}
