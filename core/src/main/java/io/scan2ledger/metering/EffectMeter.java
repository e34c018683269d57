package io.scan2ledger.metering;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the effect report of a fiscal year from the facts the documents and keyings hold. */
public class EffectMeter {

    private final MeteringRepository facts;
    private final Templates templates;
    private final Map<String, Double> minutesPerForm;
    private final long botsInUse;
    private final ZoneId zone;

    /**
     * @param minutesPerForm the configured estimate of minutes a clerk spends keying one document
     *                       of each form by hand; forms not listed count 0 minutes (and say so)
     */
    public EffectMeter(MeteringRepository facts, Templates templates, Map<String, Double> minutesPerForm,
                       long botsInUse, ZoneId zone) {
        this.facts = facts;
        this.templates = templates;
        this.minutesPerForm = Map.copyOf(minutesPerForm);
        this.botsInUse = botsInUse;
        this.zone = zone;
    }

    public EffectReport report(FiscalYear year) {
        var from = year.start(zone).toInstant();
        var to = year.end(zone).toInstant();
        Map<String, long[]> documents = new LinkedHashMap<>();
        for (FormTemplate t : templates.all()) {
            documents.put(t.id(), new long[4]);
        }
        for (MeteringRepository.Automated a : facts.automated(from, to)) {
            int q = FiscalYear.quarterOf(a.keyedAt().atZone(zone).toLocalDate()) - 1;
            documents.computeIfAbsent(a.formId(), f -> new long[4])[q]++;
        }
        long[] pages = new long[4];
        for (MeteringRepository.Digitised d : facts.digitised(from, to)) {
            pages[FiscalYear.quarterOf(d.receivedAt().atZone(zone).toLocalDate()) - 1] += d.pages();
        }
        List<EffectReport.FormEffect> rows = new ArrayList<>();
        documents.forEach((form, perQuarter) -> rows.add(new EffectReport.FormEffect(form,
                templates.byId(form).map(FormTemplate::title).orElse(form), minutesPerForm.getOrDefault(form, 0.0),
                perQuarter)));
        return new EffectReport(year, rows, pages, facts.botsUsed(from, to).stream().sorted().toList(), botsInUse);
    }
}
