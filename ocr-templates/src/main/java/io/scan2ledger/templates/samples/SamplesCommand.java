package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.render.HandDigits;
import io.scan2ledger.templates.samples.procedural.ProceduralForms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code scan2ledger samples}: writes synthetic scans with their ground truth. Sample i uses seed
 * S+i and the i-th form round-robin, so any one can be made again with {@code --n 1 --seed S+i}.
 */
public final class SamplesCommand {

    static final String USAGE = """
            usage: samples --out DIR [--n N] [--seed S] [--form ID | --procedural] [--kinds K,...] [--dpi D,...]
                           [--noise none|light|heavy] [--defect wrong-check-digit|impossible-date|empty-required|smudge]
                           [--split seen|unseen-fonts|unseen-forms|hand] [--hand] [--styles typical|none]
              --n       how many forms (default 8)            --seed  first seed (default 42, or the split's)
              --split   an evaluation split: its typefaces and its seeds (default: IPA typefaces)
              --hand    written by hand (split hand, held out): handwriting-style typefaces with per-glyph
                        jitter in blue or black ink, boxed digits from MNIST test images 5000-9999
              --styles  untidy filling and sending: gaps, 3-4-2, slant, strokes, seals, fax, low JPEG (default typical)
              --form    one form id (default: every form, round-robin)
              --procedural  a new generated form for each sample (form seed = sample seed), held out of all
                        tuning; its template is written to DIR/pg-<seed>/template.yaml
              --kinds   png,jpeg,tiff,pdf-scan,pdf-digital (default: all, in turn); add tiff-multi for one
                        multi-page TIFF holding every sample
              --dpi     resolutions to draw from (default 200,300)
              --noise   scanner wear (default light); skew ±3°, offset ±4 mm and scale ±2 % always apply""";

    private SamplesCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Without handwritten digits: {@code --hand} is refused. */
    public static int run(String[] args) {
        return run(args, NO_HAND_DIGITS);
    }

    /** @param handDigits the boxed digits' images for {@code --hand}, only asked for when it is given */
    public static int run(String[] args, Supplier<HandDigits> handDigits) {
        return run(args, handDigits, System.out, System.err);
    }

    private static final Supplier<HandDigits> NO_HAND_DIGITS = () -> {
        throw new IllegalArgumentException("--hand needs handwritten digit images: run it as 'scan2ledger samples'");
    };

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, NO_HAND_DIGITS, out, err);
    }

    static int run(String[] args, Supplier<HandDigits> handDigits, PrintStream out, PrintStream err) {
        Map<String, String> opts;
        try {
            opts = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (opts.containsKey("help") || !opts.containsKey("out")) {
            (opts.containsKey("help") ? out : err).println(USAGE);
            return opts.containsKey("help") ? 0 : 2;
        }
        try {
            return generate(opts, handDigits, out);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            // What a sample needs is missing (a typeface, MNIST): the message names it and its fix.
            err.println("cannot write samples: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot write samples: " + e.getMessage());
            return 1;
        }
    }

    private static int generate(Map<String, String> opts, Supplier<HandDigits> handDigits, PrintStream out)
            throws IOException {
        long started = System.nanoTime();
        Path dir = Path.of(opts.get("out"));
        int n = Integer.parseInt(opts.getOrDefault("n", "8"));
        Split split = opts.containsKey("split") ? Split.byId(opts.get("split")) : opts.containsKey("hand") ? Split.HAND : null;
        if (opts.containsKey("hand") && split != Split.HAND) {
            throw new IllegalArgumentException("--hand writes split hand; it does not go with --split " + split.id());
        }
        long seed = opts.containsKey("seed") ? Long.parseLong(opts.get("seed")) : split != null ? split.seedBase() : 42;
        boolean procedural = opts.containsKey("procedural") || split != null && split.proceduralForms();
        TemplateCatalog catalog = procedural ? ProceduralForms.catalog(seed, n) : TemplateCatalog.bundled();
        ScanOptions options = (split != null ? split.options() : ScanOptions.typical())
                .withStyles(styles(opts.getOrDefault("styles", "typical")))
                .withDpis(Arrays.stream(opts.getOrDefault("dpi", "200,300").split(",")).map(Integer::valueOf).toList())
                .withNoise(Noise.byId(opts.getOrDefault("noise", "light")))
                .withDefect(opts.containsKey("defect") ? Defect.byId(opts.get("defect")) : null);
        if (split == Split.HAND) {
            options = options.withHand(handDigits.get());
        }
        List<FormTemplate> forms = forms(catalog, opts.get("form"), options.defect());
        List<String> kindIds = new ArrayList<>(List.of(opts.getOrDefault("kinds",
                "png,jpeg,tiff,pdf-scan,pdf-digital").split(",")));
        boolean batch = kindIds.remove("tiff-multi");
        List<OutputKind> kinds = kindIds.stream().map(OutputKind::byId).toList();
        if (n < 1 || kinds.isEmpty() && !batch) {
            throw new IllegalArgumentException("nothing to write: --n must be 1 or more and --kinds name a kind");
        }

        if (procedural) {
            for (int i = 0; i < n; i++) {
                Path template = dir.resolve(ProceduralForms.ID_PREFIX + (seed + i)).resolve(TemplateCatalog.TEMPLATE_FILE);
                Files.createDirectories(template.getParent());
                Files.writeString(template, ProceduralForms.yaml(seed + i));
            }
        }
        SampleGenerator generator = new SampleGenerator(catalog);
        List<Sample> samples = new ArrayList<>();
        Map<String, Integer> written = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Sample sample = generator.generate(forms.get(i % forms.size()), seed + i, options);
            samples.add(sample);
            if (!kinds.isEmpty()) {
                // Round r of the forms shifts the kinds by r: each form meets each kind within forms x kinds samples.
                OutputKind kind = kinds.get((i / forms.size() + i % forms.size()) % kinds.size());
                sample.writeTo(dir, kind);
                written.merge(kind.id(), 1, Integer::sum);
            }
        }
        if (batch) {
            SampleFiles.writeMultiPageTiff(samples, dir.resolve("batch-s" + seed + ".tif"));
            written.merge("tiff-multi (" + n + " pages)", 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.println("samples: " + n + " forms (" + String.join(", ", forms.stream().map(FormTemplate::id).toList())
                + "), files " + written + ", seeds " + seed + ".." + (seed + n - 1) + ", noise " + options.noise().id()
                + (options.defect() == null ? "" : ", defect " + options.defect().id())
                + (split == null ? "" : ", split " + split.id() + " (" + options.fonts().size() + " typefaces)") + " -> " + dir + " in "
                + millis + " ms");
        return 0;
    }

    private static FillStyles styles(String id) {
        return switch (id) {
            case "typical" -> FillStyles.TYPICAL;
            case "none" -> FillStyles.NONE;
            default -> throw new IllegalArgumentException("unknown styles '" + id + "' (known: typical, none)");
        };
    }

    private static List<FormTemplate> forms(TemplateCatalog catalog, String formId, Defect defect) {
        List<FormTemplate> forms = formId == null ? catalog.all() : List.of(catalog.byId(formId).orElseThrow(
                () -> new IllegalArgumentException("unknown form '" + formId + "' (known: "
                        + String.join(", ", catalog.all().stream().map(FormTemplate::id).toList()) + ")")));
        if (defect != null) {
            forms = forms.stream().filter(defect::appliesTo).toList();
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("defect " + defect.id() + " fits no field of " + formId);
            }
        }
        return forms;
    }

    private static Map<String, String> options(String[] args) {
        List<String> known = List.of("out", "n", "seed", "form", "kinds", "dpi", "noise", "defect", "split", "styles");
        List<String> flags = List.of("procedural", "hand");
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                opts.put("help", "");
                continue;
            }
            String key = arg.startsWith("--") ? arg.substring(2) : "";
            if (flags.contains(key)) {
                opts.put(key, "");
                continue;
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            opts.put(key, args[++i]);
        }
        return opts;
    }
}
