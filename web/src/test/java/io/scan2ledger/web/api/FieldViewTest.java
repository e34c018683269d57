package io.scan2ledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.certainty.Facts;
import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.field.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's field: its doubt says why, and a My Number stays masked in every part of it. */
class FieldViewTest {

    private static final String NUMBER = "123456789018";
    private static final String OTHER_NUMBER = "123456780018";

    private final ObjectMapper json = new ObjectMapper();

    private static DocumentField field(String name, String type, String value, ReadMethod method, Evidence evidence,
                                       double confidence) {
        return new DocumentField(name, type, value, value, confidence, 1, new Box(10, 20, 300, 40), method,
                List.of(Doubts.lowCertainty(confidence, evidence, new Facts(method, value, true, null, null))), null, null, evidence);
    }

    private static Evidence disagreed(String other, String weak) {
        return Evidence.single(0.72).withSecond(0.61, false).withAlternative(other).withWeakChars(weak)
                .withRepair(Evidence.Repair.MERGED);
    }

    @Test
    void aFieldTheModelsReadDifferentlySaysWhy() {
        JsonNode name = json.valueToTree(FieldView.of(field("name", "name", "山田 太郎", ReadMethod.OCR,
                disagreed("山田 大郎", "太"), 0.623)));

        assertThat(name.path("value").asText()).isEqualTo("山田 太郎");
        assertThat(name.path("confidence").asDouble()).isEqualTo(0.623);
        assertThat(name.path("problems").get(0).path("code").asText()).isEqualTo("LOW_CONFIDENCE");
        JsonNode doubt = name.path("doubt");
        assertThat(doubt.path("probability").asDouble()).isEqualTo(0.623);
        assertThat(doubt.path("readings").asText()).isEqualTo("DISAGREE");
        assertThat(doubt.path("alternatives")).extracting(JsonNode::asText).containsExactly("山田 大郎");
        assertThat(doubt.path("weakCharacters").asText()).isEqualTo("太");
        assertThat(doubt.path("repairs")).extracting(JsonNode::asText).containsExactly("MERGED");
        assertThat(doubt.path("split").asText()).isEqualTo("NONE");
        assertThat(doubt.path("reasons")).extracting(r -> r.path("code").asText())
                .containsExactly("READINGS_DISAGREE", "REPAIRED_MERGED", "WEAK_CHARACTERS");
        assertThat(doubt.path("reasons").get(0).path("ja").asText()).isEqualTo("2つの読取モデルの結果が食い違っています");
        assertThat(doubt.path("reasons").get(0).path("en").asText()).isEqualTo("two recognition models read it differently");
    }

    @Test
    void aMyNumbersOtherReadingsAndDoubtfulDigitsAreMaskedLikeItsValue() {
        JsonNode number = json.valueToTree(FieldView.of(field("myNumber", "my-number", NUMBER, ReadMethod.OCR,
                disagreed(OTHER_NUMBER, "90"), 0.41)));

        assertThat(number.path("value").asText()).isEqualTo("********9018");
        assertThat(number.path("doubt").path("alternatives")).extracting(JsonNode::asText)
                .containsExactly("********0018");
        assertThat(number.path("doubt").path("weakCharacters").asText()).isEqualTo("**");
        assertThat(number.toString()).doesNotContain(NUMBER).doesNotContain(OTHER_NUMBER).doesNotContain("12345678");
    }

    @Test
    void aValueAPersonTypedHasNoDoubt() {
        DocumentField typed = new DocumentField("name", "name", "山田 太郎", "山田 太郎", 1.0, 1, null, ReadMethod.MANUAL,
                List.<Problem>of(), "supervisor", null, disagreed("山田 大郎", "太"));
        JsonNode view = json.valueToTree(FieldView.of(typed));
        assertThat(view.path("doubt").isNull()).isTrue();
        assertThat(view.path("confidence").asDouble()).isEqualTo(1.0);
    }
}
