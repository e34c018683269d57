package io.scan2ledger.templates.postal;

import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.template.PostalDirectory.Agreement;
import io.scan2ledger.template.PostalTown;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Household;
import io.scan2ledger.templates.samples.SyntheticResidents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real converted data, when the launcher has fetched it ({@code ./scan2ledger test} always does):
 * its size, a well-known code, the fictional codes' freedom, and the generator's towns and codes.
 */
class JapanPostDataTest {

    static Path file;

    @BeforeAll
    static void theDataIsThere() {
        file = PostalFile.location();
        assumeTrue(Files.isRegularFile(file), "no converted postal data at " + file + " (./scan2ledger test fetches it)");
    }

    @Test
    void holdsAllOfJapanAndKnowsKomaba() {
        PostalDirectory japanPost = PostalFile.directory(file, List.of());

        assertThat(japanPost.size()).isGreaterThan(100_000);
        assertThat(japanPost.towns("153-0041")).extracting(PostalTown::placeName).containsExactly("東京都目黒区駒場");
        assertThat(japanPost.agreement("153-0041", "目黒区駒場3丁目8番1号")).isEqualTo(Agreement.AGREE);
        assertThat(japanPost.agreement("153-0041", "東京都目黒区中目黒1丁目")).isEqualTo(Agreement.DISAGREE);
    }

    @Test
    void theFictionalCodesAreFreeInJapanPostsData() {
        PostalDirectory japanPost = PostalFile.directory(file, List.of());
        List<List<String>> fictional = TemplateCatalog.bundled().referenceRows(TemplateCatalog.POSTAL_SUPPLEMENT);

        assertThat(fictional).isNotEmpty().allSatisfy(row -> assertThat(japanPost.towns(row.get(0))).isEmpty());
    }

    @Test
    void everyGeneratedAddressIsInTheTownOfItsPostalCode() {
        TemplateCatalog catalog = TemplateCatalog.bundled().withPostalFile(file);
        SyntheticResidents residents = new SyntheticResidents(catalog);
        for (int seed = 0; seed < 300; seed++) {
            Household household = residents.household(new SplittableRandom(seed));
            for (Household.Address address : List.of(household.address(), household.oldAddress(), household.newAddress())) {
                assertThat(catalog.postalDirectory().agreement(address.postalCode(), address.text()))
                        .as("seed %d: %s %s", seed, address.postalCode(), address.text()).isEqualTo(Agreement.AGREE);
            }
        }
    }
}
