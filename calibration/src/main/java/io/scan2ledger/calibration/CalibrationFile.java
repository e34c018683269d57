package io.scan2ledger.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.CalibrationRefused;
import io.scan2ledger.certainty.Features;
import io.scan2ledger.certainty.TypeGroup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calibration file, {@code certainty.yaml}: shipped beside the templates (in the bundled catalog,
 * or in a template folder, whose own then wins), written only by {@code ./scan2ledger calibrate}.
 */
public final class CalibrationFile {

    /** Its name, in a template folder and in the bundled catalog ({@code ocr-templates/certainty.yaml}). */
    public static final String NAME = "certainty.yaml";
    /** The format this code reads and writes. */
    static final int FORMAT = 1;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private CalibrationFile() {
    }

    /** The bundled catalog's calibration, from the classpath. */
    public static Calibration bundled() {
        try (InputStream in = CalibrationFile.class.getResourceAsStream("/ocr-templates/" + NAME)) {
            if (in == null) {
                throw new CalibrationRefused("the bundled calibration file ocr-templates/" + NAME
                        + " is missing from the classpath. Run ./scan2ledger calibrate.");
            }
            return read(in, "ocr-templates/" + NAME);
        } catch (IOException e) {
            throw new CalibrationRefused("cannot read the bundled calibration file: " + e.getMessage());
        }
    }

    /** One calibration file. */
    public static Calibration read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new CalibrationRefused("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The calibration of template folders laid over the bundled catalog: the last folder that has a
     * {@code certainty.yaml} holds the newest fit, else the bundled calibration.
     */
    public static Calibration forTemplates(List<Path> folders) {
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path own = folders.get(i).resolve(NAME);
            if (Files.isRegularFile(own)) {
                return read(own);
            }
        }
        return bundled();
    }

    static Calibration read(InputStream in, String source) throws IOException {
        JsonNode root = YAML.readTree(in);
        if (root == null || root.path("format").asInt(-1) != FORMAT) {
            throw new CalibrationRefused(source + " is not a calibration file of format " + FORMAT
                    + ". Run ./scan2ledger calibrate.");
        }
        Map<String, Integer> templates = new TreeMap<>();
        root.path("templates").fields().forEachRemaining(e -> templates.put(e.getKey(), e.getValue().asInt()));
        Map<TypeGroup, Calibration.Model> groups = new EnumMap<>(TypeGroup.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("groups").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            TypeGroup group;
            try {
                group = TypeGroup.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new CalibrationRefused(source + " names an unknown group of field types: " + e.getKey());
            }
            Map<String, Double> weights = new LinkedHashMap<>();
            e.getValue().path("weights").fields().forEachRemaining(w -> weights.put(w.getKey(), w.getValue().asDouble()));
            JsonNode steps = e.getValue().path("steps");
            double[] scores = new double[steps.size()];
            double[] probabilities = new double[steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                scores[i] = steps.get(i).get(0).asDouble();
                probabilities[i] = steps.get(i).get(1).asDouble();
            }
            groups.put(group, new Calibration.Model(weights, scores, probabilities));
        }
        Map<Double, Map<String, Double>> curve = new TreeMap<>();
        root.path("curve").fields().forEachRemaining(e -> curve.put(Double.valueOf(e.getKey()), thresholds(e.getValue())));
        return new Calibration(root.path("version").asInt(), root.path("fittedOn").asText(),
                root.path("budget").asDouble(), templates, groups, thresholds(root.path("thresholds")), curve);
    }

    private static Map<String, Double> thresholds(JsonNode node) {
        Map<String, Double> out = new TreeMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
        return out;
    }

    public static void write(Calibration c, Path file) throws IOException {
        ObjectNode root = YAML.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", c.version());
        root.put("fittedOn", c.fittedOn());
        root.put("budget", c.budget());
        ObjectNode templates = root.putObject("templates");
        new TreeMap<>(c.templateVersions()).forEach(templates::put);
        ArrayNode features = root.putArray("features");
        Features.NAMES.forEach(features::add);
        ObjectNode groups = root.putObject("groups");
        for (Map.Entry<TypeGroup, Calibration.Model> e : new TreeMap<>(c.groups()).entrySet()) {
            ObjectNode group = groups.putObject(e.getKey().name());
            ObjectNode weights = group.putObject("weights");
            e.getValue().weights().forEach((k, v) -> weights.put(k, round(v, 6)));
            ArrayNode steps = group.putArray("steps");
            for (int i = 0; i < e.getValue().scores().length; i++) {
                steps.addArray().add(round(e.getValue().scores()[i], 6)).add(round(e.getValue().probabilities()[i], 6));
            }
        }
        putThresholds(root.putObject("thresholds"), c.thresholds());
        ObjectNode curve = root.putObject("curve");
        new TreeMap<>(c.curve()).forEach((budget, t) -> putThresholds(curve.putObject(budget.toString()), t));
        String header = """
                # The certainty model: per group of field types, a logistic regression over the reader's
                # evidence and an isotonic map to a calibrated probability; per field type, the probability
                # a field needs to go straight through (for a silent-error budget). Written by
                # ./scan2ledger calibrate; do not edit by hand (see calibration/README.md).
                """;
        Files.writeString(file, header + YAML.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    private static void putThresholds(ObjectNode node, Map<String, Double> thresholds) {
        new TreeMap<>(thresholds).forEach((k, v) -> node.put(k, round(v, 6)));
    }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
