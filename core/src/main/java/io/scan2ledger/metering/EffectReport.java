package io.scan2ledger.metering;

import java.util.List;

/**
 * The effect of automation in one fiscal year, as the wards report it: staff hours saved
 * (積算: documents automated × the minutes a clerk spends keying one by hand), pages digitised and
 * tasks automated (bots in use), per quarter and for the year.
 *
 * @param forms       one row per form
 * @param pages       pages digitised per quarter (index 0 = Q1, April-June)
 * @param botsUsed    bots that keyed records in the year
 * @param botsInUse   bots configured now
 */
public record EffectReport(FiscalYear year, List<FormEffect> forms, long[] pages, List<String> botsUsed,
                           long botsInUse) {

    /**
     * @param documents documents automated per quarter
     * @param minutesPerDocument the configured estimate of hand-keying time for this form
     */
    public record FormEffect(String formId, String title, double minutesPerDocument, long[] documents) {

        public long totalDocuments() {
            long sum = 0;
            for (long d : documents) {
                sum += d;
            }
            return sum;
        }

        public double hours(int quarter) {
            return documents[quarter] * minutesPerDocument / 60.0;
        }

        public double totalHours() {
            return totalDocuments() * minutesPerDocument / 60.0;
        }
    }

    public double hours(int quarter) {
        return forms.stream().mapToDouble(f -> f.hours(quarter)).sum();
    }

    public double totalHours() {
        return forms.stream().mapToDouble(FormEffect::totalHours).sum();
    }

    public long totalDocuments() {
        return forms.stream().mapToLong(FormEffect::totalDocuments).sum();
    }

    public long totalPages() {
        long sum = 0;
        for (long p : pages) {
            sum += p;
        }
        return sum;
    }
}
