package io.scan2ledger.batch;

import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.template.FormTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which bots key which form (a form can go to a web ledger and an Excel 台帳 both). */
public record BotRoster(Map<String, List<LedgerBot>> byForm) {

    public BotRoster {
        byForm = Map.copyOf(byForm);
    }

    public List<LedgerBot> botsFor(String formId) {
        return formId == null ? List.of() : byForm.getOrDefault(formId, List.of());
    }

    public Set<String> forms() {
        return byForm.keySet();
    }

    /**
     * The ids of the forms among {@code forms} that no bot keys: their documents are read, reviewed
     * and approved, then reach no ledger (a dead end to set right in {@code scan2ledger.bots}).
     */
    public List<String> unkeyed(Collection<FormTemplate> forms) {
        return forms.stream().map(FormTemplate::id).filter(id -> botsFor(id).isEmpty()).toList();
    }

    /** Every bot once. */
    public List<LedgerBot> bots() {
        return byForm.values().stream().flatMap(List::stream).distinct().toList();
    }

    /** Bots in use: the "tasks automated" the wards report. */
    public long botCount() {
        return byForm.values().stream().flatMap(List::stream).map(LedgerBot::id).distinct().count();
    }
}
