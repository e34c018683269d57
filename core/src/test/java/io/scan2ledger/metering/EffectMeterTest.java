package io.scan2ledger.metering;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The wards' fiscal year (April to March, office time) and the hours saved (積算) per quarter. */
class EffectMeterTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void theFiscalYearRunsFromAprilToMarchInOfficeTime() {
        assertThat(FiscalYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FiscalYear(2027));
        assertThat(FiscalYear.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(1);
        assertThat(FiscalYear.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(FiscalYear.quarterOf(LocalDate.of(2027, 1, 1))).isEqualTo(4);
        assertThat(new FiscalYear(2019).label()).isEqualTo("令和元年度 / FY2019");
        assertThat(new FiscalYear(2018).label()).isEqualTo("平成30年度 / FY2018");
        assertThat(new FiscalYear(2026).start(TOKYO).toInstant()).isEqualTo(at(2026, 4, 1, 0, 0));
    }

    @Test
    void hoursSavedAreDocumentsTimesMinutesPerFormPerQuarter() {
        List<MeteringRepository.Automated> keyed = List.of(
                new MeteringRepository.Automated(1, "jidou-teate", at(2026, 3, 31, 23, 59)),   // FY2025
                new MeteringRepository.Automated(2, "jidou-teate", at(2026, 4, 1, 0, 0)),      // Q1
                new MeteringRepository.Automated(3, "jidou-teate", at(2026, 9, 30, 23, 0)),    // Q2
                new MeteringRepository.Automated(4, "hoiku-moushikomi", at(2026, 10, 1, 9, 0)), // Q3
                new MeteringRepository.Automated(5, "jidou-teate", at(2027, 3, 31, 23, 59)));  // Q4
        List<MeteringRepository.Digitised> pages = List.of(
                new MeteringRepository.Digitised("jidou-teate", 2, at(2026, 4, 2, 10, 0)),
                new MeteringRepository.Digitised("hoiku-moushikomi", 3, at(2027, 2, 1, 10, 0)),
                new MeteringRepository.Digitised("hoiku-moushikomi", 9, at(2027, 4, 1, 0, 0)));   // FY2027
        EffectMeter meter = new EffectMeter(facts(keyed, pages), noTemplates(),
                Map.of("jidou-teate", 15.0, "hoiku-moushikomi", 24.0), 3, TOKYO);

        EffectReport fy = meter.report(new FiscalYear(2026));

        assertThat(fy.totalDocuments()).isEqualTo(4);
        assertThat(fy.hours(0)).isCloseTo(0.25, within(1e-9));
        assertThat(fy.hours(1)).isCloseTo(0.25, within(1e-9));
        assertThat(fy.hours(2)).isCloseTo(0.4, within(1e-9));
        assertThat(fy.hours(3)).isCloseTo(0.25, within(1e-9));
        assertThat(fy.totalHours()).isCloseTo(1.15, within(1e-9));
        assertThat(fy.pages()).containsExactly(2, 0, 0, 3);
        assertThat(fy.botsInUse()).isEqualTo(3);
        assertThat(meter.report(new FiscalYear(2025)).totalDocuments()).isEqualTo(1);
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(TOKYO).toInstant();
    }

    private static MeteringRepository facts(List<MeteringRepository.Automated> keyed,
                                            List<MeteringRepository.Digitised> pages) {
        return new MeteringRepository() {
            @Override
            public List<Automated> automated(Instant from, Instant to) {
                return keyed.stream().filter(a -> !a.keyedAt().isBefore(from) && a.keyedAt().isBefore(to)).toList();
            }

            @Override
            public List<Digitised> digitised(Instant from, Instant to) {
                return pages.stream().filter(p -> !p.receivedAt().isBefore(from) && p.receivedAt().isBefore(to)).toList();
            }

            @Override
            public Set<String> botsUsed(Instant from, Instant to) {
                return Set.of("jidou-teate-web");
            }
        };
    }

    private static Templates noTemplates() {
        return new Templates() {
            @Override
            public List<FormTemplate> all() {
                return List.of();
            }

            @Override
            public Optional<FormTemplate> byId(String formId) {
                return Optional.empty();
            }

            @Override
            public List<String> reference(String name) {
                return List.of();
            }
        };
    }
}
