package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.app.ApiClient;
import io.scan2ledger.app.TestScans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Documents seeded the way the office receives them: an online-application export (CSV, one row
 * per application of the child allowance form) dropped into the e-application inbox. No OCR: the
 * documents are validated within a second or two of the drop.
 */
final class Applications {

    static final String FORM = "jidou-teate";
    private static final Set<String> SETTLED = Set.of("NEEDS_REVIEW", "VALIDATED");

    private Applications() {
    }

    /** A complete, valid child-allowance claim for this resident; change a field to plant a problem. */
    static Map<String, String> childAllowance(Residents.Resident r) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("form", FORM);
        row.put("claimedOn", "令和7年4月1日");
        row.put("kana", r.kana());
        row.put("name", r.name());
        row.put("birthDate", "昭和60年5月5日");
        row.put("postalCode", "123-4567");
        row.put("phone", "03-1234-5678");
        row.put("address", "緑ヶ丘区本町1-2-3");
        row.put("myNumber", r.myNumber());
        row.put("bankCode", "7123");
        row.put("branchCode", "001");
        row.put("accountType", "普通");
        row.put("accountNumber", "1234567");
        row.put("accountHolderKana", r.kana());
        row.put("children[0].name", r.childName());
        row.put("children[0].birthDate", "令和2年6月1日");
        row.put("children[0].relation", "子");
        return row;
    }

    /**
     * A claim that must be looked at but may be approved as it is: the claimant's birth year is
     * written in an era that had ended (昭和65年 is 1990, 平成2年), a REVIEW doubt, not an error.
     */
    static Map<String, String> needsALook(Residents.Resident r) {
        Map<String, String> row = childAllowance(r);
        row.put("birthDate", "昭和65年5月5日");
        return row;
    }

    /**
     * Drops one export with these rows and waits until every row is a validated document.
     *
     * @return the documents' ids, in row order
     */
    static List<Long> drop(Path home, ApiClient api, List<Map<String, String>> rows) {
        String name = FORM + "-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        List<String> header = new ArrayList<>(rows.get(0).keySet());
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (Map<String, String> row : rows) {
            csv.append(header.stream().map(c -> '"' + row.get(c).replace("\"", "\"\"") + '"')
                    .collect(Collectors.joining(","))).append('\n');
        }
        TestScans.drop(home.resolve("inbox/denshi"), name, csv.toString().getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> docs = new ArrayList<>();
            api.get("/api/documents?limit=500", "admin", "admin-demo").body()
                    .forEach(d -> {
                        if (name.equals(d.path("originalName").asText())) {
                            docs.add(d);
                        }
                    });
            if (docs.size() == rows.size() && docs.stream().allMatch(d -> SETTLED.contains(d.path("state").asText()))) {
                return docs.stream().map(d -> d.path("id").asLong()).sorted().toList();
            }
            ApiClient.sleep(100);
        }
        throw new AssertionError("the e-application export was not taken in time");
    }
}
