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
 * The bundled forms and lists come from the classpath; template folders laid out like the module
 * root ({@code <form-id>/template.yaml}, {@code reference/<name>.txt}) are laid over them in order,
 * so a new form is a new folder and the bundled address master, name dictionaries and banks stay.
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
    /** Each form's template file, as error messages name it (a path or a classpath resource). */
    private final Map<String, String> sources;
    private final Map<String, ReferenceList> references;
    private final String origin;
    private final List<PostalTown> postalSupplement;
    private final Path postalFile;
    /** Built on first use: most users of a catalog never compare a postal code. */
    private volatile PostalDirectory postal;

    /**
     * One source of forms and lists (the jar, or a folder) before it is laid over the others.
     *
     * @param sources each form's template file by form id, in reading order
     */
    private record Layer(String origin, Map<String, FormTemplate> forms, Map<String, String> sources,
                         Map<String, ReferenceList> references) {

        Layer(String origin) {
            this(origin, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        void add(String file, FormTemplate template) {
            forms.put(template.id(), template);
            sources.put(template.id(), file);
        }

        /** {@code top} laid over this one: a form or list of the same name replaces this one's, in its place. */
        Layer under(Layer top) {
            Layer merged = new Layer(origin + ", " + top.origin);
            forms.forEach((id, form) -> merged.add(sources.get(id), form));
            top.forms.forEach((id, form) -> merged.add(top.sources.get(id), form));
            merged.references.putAll(references);
            merged.references.putAll(top.references);
            return merged;
        }

        TemplateCatalog catalog(Path postalFile) {
            return new TemplateCatalog(List.copyOf(forms.values()), sources, references, origin, postalFile);
        }
    }

    private TemplateCatalog(List<FormTemplate> templates, Map<String, String> sources,
                            Map<String, ReferenceList> references, String origin, Path postalFile) {
        this.templates = List.copyOf(templates);
        this.sources = Map.copyOf(sources);
        this.references = Map.copyOf(references);
        this.origin = origin;
        this.postalFile = postalFile;
        checkConsistent(origin);
        this.postalSupplement = PostalFile.towns(referenceRows(POSTAL_SUPPLEMENT),
                origin + " " + REFERENCE_FOLDER + POSTAL_SUPPLEMENT + ".txt");
    }

    /** The same catalog with Japan Post's postal codes read from {@code file} (see {@link PostalFile}). */
    public TemplateCatalog withPostalFile(Path file) {
        return new TemplateCatalog(templates, sources, references, origin, file);
    }

    /** The templates packaged in this jar. */
    public static TemplateCatalog bundled() {
        return bundledLayer().catalog(PostalFile.location());
    }

    /**
     * The bundled catalog with {@code folders} laid over it, later folders over earlier ones: a
     * template of a bundled form's id replaces it, a new id adds a form, a reference list replaces
     * the list of its name or adds one. Without folders, the bundled catalog.
     */
    public static TemplateCatalog layered(List<Path> folders) {
        Layer layer = bundledLayer();
        for (Path folder : folders) {
            layer = layer.under(folderLayer(folder));
        }
        return layer.catalog(PostalFile.location());
    }

    /**
     * One folder on its own, without the bundled forms and lists: the module's source folder
     * checked against what the jar bundles from it.
     */
    static TemplateCatalog folderAlone(Path root) {
        return folderLayer(root).catalog(PostalFile.location());
    }

    /**
     * Other forms (generated ones, say) with the bundled reference lists, so their fields are checked
     * and repaired against the same banks, addresses and names as the bundled forms'.
     */
    public static TemplateCatalog withForms(List<FormTemplate> forms) {
        Map<String, String> sources = new LinkedHashMap<>();
        forms.forEach(form -> sources.put(form.id(), "generated form " + form.id()));
        return new TemplateCatalog(forms, sources, bundledLayer().references(), "generated forms",
                PostalFile.location());
    }

    private static Layer bundledLayer() {
        Layer layer = new Layer("classpath:" + RESOURCE_ROOT);
        for (String line : readResource(RESOURCE_ROOT + INDEX).split("\\R")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            String resource = RESOURCE_ROOT + file;
            if (file.startsWith(REFERENCE_FOLDER)) {
                String name = listName(file);
                layer.references().put(name, ReferenceList.parse(name, readResource(resource)));
            } else {
                layer.add("classpath:" + resource, TemplateLoader.parse("classpath:" + resource, readResource(resource)));
            }
        }
        return layer;
    }

    /** Every {@code <folder>/template.yaml} and {@code reference/*.txt} below {@code root}. */
    private static Layer folderLayer(Path root) {
        if (!Files.isDirectory(root)) {
            throw new TemplateException(root.toString(), "", "no such template folder");
        }
        try {
            Layer layer = new Layer(root.toString());
            for (Path folder : sortedChildren(root)) {
                Path file = folder.resolve(TEMPLATE_FILE);
                if (Files.isRegularFile(file)) {
                    FormTemplate template = TemplateLoader.load(file);
                    if (!template.id().equals(folder.getFileName().toString())) {
                        throw new TemplateException(file.toString(), "id", "'" + template.id()
                                + "' must equal its folder's name '" + folder.getFileName() + "'");
                    }
                    layer.add(file.toString(), template);
                }
            }
            Path referenceDir = root.resolve(REFERENCE_FOLDER);
            if (Files.isDirectory(referenceDir)) {
                for (Path file : sortedChildren(referenceDir)) {
                    if (file.getFileName().toString().endsWith(".txt")) {
                        String name = listName(file.getFileName().toString());
                        layer.references().put(name, ReferenceList.parse(name, Files.readString(file)));
                    }
                }
            }
            return layer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates from " + root, e);
        }
    }

    /** The file a form's template was read from (a path, or a classpath resource for a bundled form). */
    public Optional<String> source(String formId) {
        return Optional.ofNullable(sources.get(formId));
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
                    throw new TemplateException(sources.get(t.id()), "formCode", "'" + t.formCode() + "' is used by both "
                            + other.getValue() + " and " + t.id());
                }
                if (EditDistance.between(other.getKey(), t.formCode()) < MIN_CODE_DISTANCE) {
                    throw new TemplateException(sources.get(t.id()), "formCode", "'" + t.formCode() + "' (" + t.id()
                            + ") is too close to '" + other.getKey() + "' (" + other.getValue() + "): codes must differ in "
                            + MIN_CODE_DISTANCE + " or more characters so one misread character never matches another form");
                }
            }
            codes.put(t.formCode(), t.id());
            TemplateChecks.listsNamed(t).forEach((path, reference) -> {
                String list = referenceListName(reference);
                if (!references.containsKey(list)) {
                    throw new TemplateException(sources.get(t.id()), path, "no reference list '" + list
                            + "' in the bundled catalog or any template folder (expected " + REFERENCE_FOLDER + list
                            + ".txt)");
                }
            });
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
