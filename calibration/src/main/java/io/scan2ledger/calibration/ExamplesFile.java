package io.scan2ledger.calibration;

import io.scan2ledger.certainty.Features;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The examples a calibration was fitted on, as TSV (document, type, right, then the features by
 * name): numbers and field types only, no values. Refitting from it (another budget, a change to
 * the fit) costs seconds instead of reading every scan again.
 */
public final class ExamplesFile {

    private ExamplesFile() {
    }

    public static void write(List<Example> examples, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("document\ttype\tright\t" + String.join("\t", Features.NAMES));
        for (Example e : examples) {
            StringBuilder line = new StringBuilder().append(e.document()).append('\t').append(e.type()).append('\t')
                    .append(e.right() ? 1 : 0);
            for (double f : e.features()) {
                line.append('\t').append(f);
            }
            lines.add(line.toString());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static List<Example> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        if (!header.subList(3, header.size()).equals(Features.NAMES)) {
            throw new IOException(file + " holds other features than this version computes; read the scans again");
        }
        List<Example> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split("\t");
            double[] features = new double[p.length - 3];
            for (int i = 3; i < p.length; i++) {
                features[i - 3] = Double.parseDouble(p[i]);
            }
            out.add(new Example(Long.parseLong(p[0]), p[1], features, p[2].equals("1")));
        }
        return out;
    }
}
