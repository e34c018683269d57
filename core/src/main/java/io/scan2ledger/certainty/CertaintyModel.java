package io.scan2ledger.certainty;

import io.scan2ledger.template.FormTemplate;

import java.util.Collection;
import java.util.Map;

/**
 * The one place a field's certainty comes from: the probability that its value is right, from the
 * reader's evidence and validation's facts, as fitted and calibrated on generated scans; and per
 * field type, the probability a field must reach to skip review (chosen for a silent-error budget).
 * A field type the calibration never saw takes its group's model and the strictest threshold of the
 * group; without any calibration every machine-read field goes to review.
 */
public final class CertaintyModel {

    /** Above any probability: the field always goes to review. */
    private static final double NEVER = 1.01;

    private final Calibration calibration;

    private CertaintyModel(Calibration calibration) {
        this.calibration = calibration;
    }

    /** No calibration: every machine-read field is doubtful (a person looks at everything). */
    public static CertaintyModel uncalibrated() {
        return new CertaintyModel(null);
    }

    /**
     * @throws CalibrationRefused when the calibration was fitted on another version of one of the
     *                            forms, or names features this code does not compute
     */
    public static CertaintyModel of(Calibration calibration, Collection<FormTemplate> forms, String source) {
        for (FormTemplate form : forms) {
            Integer fitted = calibration.templateVersions().get(form.id());
            if (fitted != null && fitted != form.version()) {
                throw new CalibrationRefused(source + " was fitted on form " + form.id() + " version " + fitted
                        + ", but the templates hold version " + form.version()
                        + ". Run ./scan2ledger calibrate to fit it again for the forms in use.");
            }
        }
        for (Map.Entry<TypeGroup, Calibration.Model> group : calibration.groups().entrySet()) {
            for (String feature : group.getValue().weights().keySet()) {
                if (!Features.NAMES.contains(feature)) {
                    throw new CalibrationRefused(source + " weighs a feature this version does not compute ("
                            + group.getKey() + "." + feature + "). Run ./scan2ledger calibrate.");
                }
            }
        }
        return new CertaintyModel(calibration);
    }

    /** The probability (0..1) that the value is right; NaN without a calibration. */
    public double probability(String fieldType, Evidence evidence, Facts facts) {
        Calibration.Model model = calibration == null ? null : calibration.groups().get(TypeGroup.of(fieldType));
        if (model == null) {
            return Double.NaN;
        }
        return model.probability(model.score(Features.of(evidence, facts)));
    }

    /** The probability a field of this type must reach to go straight through. */
    public double threshold(String fieldType) {
        if (calibration == null) {
            return NEVER;
        }
        Double own = calibration.thresholds().get(fieldType);
        if (own != null) {
            return own;
        }
        TypeGroup group = TypeGroup.of(fieldType);
        return calibration.thresholds().entrySet().stream().filter(e -> TypeGroup.of(e.getKey()) == group)
                .mapToDouble(Map.Entry::getValue).max().orElse(NEVER);
    }
}
