package io.scan2ledger.templates;

import io.scan2ledger.support.EditDistance;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.template.PostalTown;
import io.scan2ledger.template.Templates;
import io.scan2ledger.templates.postal.PostalFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every form the office handles, with the reference lists their fields are checked against.
 * Read from the bundled classpath resources or from a directory laid out like the module root
 * ({@code <form-id>/template.yaml}, {@code reference/<name>.txt}); a new form is a new folder.
 */
public final class TemplateCatalog implements Templates {

    /** Classpath folder of the bundled templates; {@code index.txt} there lists its files. */
    public static final String RESOURCE_ROOT = "ocr-templates/";
    public static final String INDEX = "index.txt";
    public static final String TEMPLATE_FILE = "template.yaml";
    public static final String REFERENCE_FOLDER = "reference/";
    /** The reference list of postal codes merged over Japan Post's (the fictional ward's). */
    public static final String POSTAL_SUPPLEMENT = "postal-codes";

    /** Classification accepts a form code read with one wrong character; codes this far apart stay unambiguous. */
    public static final int MIN_CODE_DISTANCE = 3;

    private final List<FormTemplate> templates;
    private final Map<String, ReferenceList> references;
    private final String origin;
    private final List<PostalTown> postalSupplement;
    private final Path postalFile;
    /** Built on first use: most users of a catalog never compare a postal code. */
    private volatile PostalDirectory postal;

    private TemplateCatalog(List<FormTemplate> templates, Map<String, ReferenceList> references, String origin,
                            Path postalFile) {
        this.templates = List.copyOf(templates);
        this.references = Map.copyOf(references);
        this.origin = origin;
        this.postalFile = postalFile;
        checkConsistent(origin);
        this.postalSupplement = PostalFile.towns(referenceRows(POSTAL_SUPPLEMENT),
                origin + " " + REFERENCE_FOLDER + POSTAL_SUPPLEMENT + ".txt");
    }

    private TemplateCatalog(List<FormTemplate> templates, Map<String, ReferenceList> references, String origin) {
        this(templates, references, origin, PostalFile.location());
    }

    /** The same catalog with Japan Post's postal codes read from {@code file} (see {@link PostalFile}). */
    public TemplateCatalog withPostalFile(Path file) {
        return new TemplateCatalog(templates, references, origin, file);
    }

    /** The templates packaged in this jar. */
    public static TemplateCatalog bundled() {
        String index = readResource(RESOURCE_ROOT + INDEX);
        List<FormTemplate> templates = new ArrayList<>();
        Map<String, ReferenceList> references = new LinkedHashMap<>();
        for (String file : index.split("\\R")) {
            if (file.isBlank() || file.startsWith("#")) {
                continue;
            }
            String resource = RESOURCE_ROOT + file.strip();
            if (file.startsWith(REFERENCE_FOLDER)) {
                String name = listName(file.strip());
                references.put(name, ReferenceList.parse(name, readResource(resource)));
            } else {
                templates.add(TemplateLoader.parse("classpath:" + resource, readResource(resource)));
            }
        }
        return new TemplateCatalog(templates, references, "classpath:" + RESOURCE_ROOT);
    }

    /**
     * Other forms (generated ones, say) with the bundled reference lists, so their fields are checked
     * and repaired against the same banks, addresses and names as the bundled forms'.
     */
    public static TemplateCatalog withForms(List<FormTemplate> forms) {
        return new TemplateCatalog(forms, bundled().references, "generated forms");
    }

    /** Every {@code <folder>/template.yaml} and {@code reference/*.txt} below {@code root}. */
    public static TemplateCatalog fromDirectory(Path root) {
        try {
            List<FormTemplate> templates = new ArrayList<>();
            for (Path folder : sortedChildren(root)) {
                Path file = folder.resolve(TEMPLATE_FILE);
                if (Files.isRegularFile(file)) {
                    FormTemplate template = TemplateLoader.load(file);
                    if (!template.id().equals(folder.getFileName().toString())) {
                        throw new TemplateException(file.toString(), "id", "'" + template.id()
                                + "' must equal its folder's name '" + folder.getFileName() + "'");
                    }
                    templates.add(template);
                }
            }
            Map<String, ReferenceList> references = new LinkedHashMap<>();
            Path referenceDir = root.resolve(REFERENCE_FOLDER);
            if (Files.isDirectory(referenceDir)) {
                for (Path file : sortedChildren(referenceDir)) {
                    if (file.getFileName().toString().endsWith(".txt")) {
                        String name = listName(file.getFileName().toString());
                        references.put(name, ReferenceList.parse(name, Files.readString(file)));
                    }
                }
            }
            return new TemplateCatalog(templates, references, root.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates from " + root, e);
        }
    }

    @Override
    public List<FormTemplate> all() {
        return templates;
    }

    @Override
    public Optional<FormTemplate> byId(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<FormTemplate> byFormCode(String formCode) {
        return templates.stream().filter(t -> t.formCode().equals(formCode)).findFirst();
    }

    /** The values of a reference list, e.g. {@code reference("nursery-facilities")}; empty when unknown. */
    /**
     * A reference list's values by name; {@code banks:2} names the second column (the bank codes)
     * of the list {@code banks}.
     */
    @Override
    public List<String> reference(String name) {
        String list = referenceListName(name);
        int column = list.equals(name) ? 1 : Integer.parseInt(name.substring(list.length() + 1));
        return referenceList(list).map(r -> r.column(column)).orElse(List.of());
    }

    /** {@code banks:2} → {@code banks}; a name without a column number is the list's own name. */
    static String referenceListName(String reference) {
        int colon = reference.lastIndexOf(':');
        return colon > 0 && reference.substring(colon + 1).matches("\\d+") ? reference.substring(0, colon) : reference;
    }

    /** The whole list with its extra columns (a bank's code, a branch's bank and code). */
    @Override
    public List<List<String>> referenceRows(String name) {
        return referenceList(name).map(ReferenceList::rows).orElse(List.of());
    }

    public Optional<ReferenceList> referenceList(String name) {
        return Optional.ofNullable(references.get(name));
    }

    /**
     * Japan Post's postal codes (from {@link PostalFile#location()} unless {@link #withPostalFile} says
     * otherwise) with this catalog's {@code reference/postal-codes.txt} merged over them.
     */
    @Override
    public PostalDirectory postalDirectory() {
        PostalDirectory directory = postal;
        if (directory == null) {
            synchronized (this) {
                if (postal == null) {
                    postal = PostalFile.directory(postalFile, postalSupplement);
                }
                directory = postal;
            }
        }
        return directory;
    }

    /** The files of a catalog directory as {@code index.txt} lists them (used to rewrite it). */
    public static List<String> indexOf(Path root) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path folder : sortedChildren(root)) {
            if (Files.isRegularFile(folder.resolve(TEMPLATE_FILE))) {
                lines.add(folder.getFileName() + "/" + TEMPLATE_FILE);
            }
        }
        Path referenceDir = root.resolve(REFERENCE_FOLDER);
        if (Files.isDirectory(referenceDir)) {
            for (Path file : sortedChildren(referenceDir)) {
                if (file.getFileName().toString().endsWith(".txt")) {
                    lines.add(REFERENCE_FOLDER + file.getFileName());
                }
            }
        }
        return lines;
    }

    private void checkConsistent(String origin) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        for (FormTemplate t : templates) {
            if (ids.put(t.id(), t.id()) != null) {
                throw new TemplateException(origin, "id", "two templates have the id '" + t.id() + "'");
            }
            for (Map.Entry<String, String> other : codes.entrySet()) {
                if (other.getKey().equals(t.formCode())) {
                    throw new TemplateException(origin, "formCode", "'" + t.formCode() + "' is used by both "
                            + other.getValue() + " and " + t.id());
                }
                if (EditDistance.between(other.getKey(), t.formCode()) < MIN_CODE_DISTANCE) {
                    throw new TemplateException(origin, "formCode", "'" + t.formCode() + "' (" + t.id()
                            + ") is too close to '" + other.getKey() + "' (" + other.getValue() + "): codes must differ in "
                            + MIN_CODE_DISTANCE + " or more characters so one misread character never matches another form");
                }
            }
            codes.put(t.formCode(), t.id());
            for (FieldSpec f : t.allFields()) {
                String ref = f.rules() == null ? null : f.rules().reference();
                String list = ref == null ? null : referenceListName(ref);
                if (list != null && !references.containsKey(list)) {
                    throw new TemplateException(t.id() + "/" + TEMPLATE_FILE, f.name() + ".rules.reference",
                            "no reference list '" + list + "' (expected " + REFERENCE_FOLDER + list + ".txt)");
                }
            }
        }
    }

    private static String listName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - ".txt".length());
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException("classpath:" + resource, "", "not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
