package io.scan2ledger.templates;

/**
 * A template that cannot be used, with the file and the YAML path at fault, so that a person
 * writing a template sees exactly what to fix instead of a form that silently never matches.
 */
public class TemplateException extends RuntimeException {

    private final String file;
    private final String path;

    public TemplateException(String file, String path, String problem) {
        super(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
        this.file = file;
        this.path = path;
    }

    public TemplateException(String file, String path, String problem, Throwable cause) {
        this(file, path, problem);
        initCause(cause);
    }

    /** The template file, as the user named it (a path or a classpath resource). */
    public String file() {
        return file;
    }

    /** Where in the YAML, e.g. {@code fields[3].zone.w}; empty for the whole file. */
    public String path() {
        return path;
    }
}
