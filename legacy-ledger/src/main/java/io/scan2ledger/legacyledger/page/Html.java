package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.Choice;
import java.util.List;

/** A small writer for the old system's HTML: every value goes through {@link #esc}. */
public final class Html {

    /** The name of the hidden CSRF token on every form. */
    public static final String TOKEN = "hdnToken";
    static final String ERROR_BACKGROUND = " style=\"background-color:#FFCCCC\"";

    private final StringBuilder out = new StringBuilder(4096);

    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Markup written as is: only for literals of this package, never for values. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html text(String value) {
        out.append(esc(value));
        return this;
    }

    public Html form(String name, String action, String token) {
        out.append("<form name=\"").append(name).append("\" id=\"").append(name)
                .append("\" method=\"post\" action=\"").append(esc(action)).append("\">\n");
        return hidden(TOKEN, token);
    }

    public Html hidden(String name, String value) {
        out.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(esc(value))
                .append("\">\n");
        return this;
    }

    public Html textBox(String name, String value, int size, int maxLength, boolean error) {
        out.append("<input type=\"text\" name=\"").append(name).append("\" id=\"").append(name)
                .append("\" size=\"").append(size).append("\" maxlength=\"").append(maxLength)
                .append("\" value=\"").append(esc(value)).append('"').append(error ? ERROR_BACKGROUND : "")
                .append('>');
        return this;
    }

    public Html select(String name, List<Choice> choices, String selected, boolean error) {
        out.append("<select name=\"").append(name).append("\" id=\"").append(name).append('"')
                .append(error ? ERROR_BACKGROUND : "").append(">\n<option value=\"\"></option>\n");
        for (Choice c : choices) {
            out.append("<option value=\"").append(esc(c.code())).append('"')
                    .append(c.code().equals(selected) ? " selected" : "").append('>').append(esc(c.label()))
                    .append("</option>\n");
        }
        out.append("</select>");
        return this;
    }

    /** Radio buttons share the name; each one's id is the name plus its code (rdoSeibetsu1). */
    public Html radios(String name, List<Choice> choices, String checked) {
        for (Choice c : choices) {
            String id = name + c.code();
            out.append("<input type=\"radio\" name=\"").append(name).append("\" id=\"").append(id)
                    .append("\" value=\"").append(esc(c.code())).append('"')
                    .append(c.code().equals(checked) ? " checked" : "").append("><label for=\"").append(id)
                    .append("\">").append(esc(c.label())).append("</label>&nbsp;");
        }
        return this;
    }

    public Html submit(String id, String label) {
        out.append("<input type=\"submit\" name=\"").append(id).append("\" id=\"").append(id)
                .append("\" value=\"").append(esc(label)).append("\" style=\"width:100px\">");
        return this;
    }

    public Html link(String id, String href, String label) {
        out.append("<a href=\"").append(esc(href)).append("\" id=\"").append(id).append("\">").append(esc(label))
                .append("</a>");
        return this;
    }

    /** The message area: red errors in {@code tdErrMsg}, blue notices in {@code tdInfoMsg}. */
    public Html messages(List<String> errors, String notice) {
        if (!errors.isEmpty()) {
            out.append("<table width=\"760\" border=\"0\"><tr><td id=\"tdErrMsg\"><font color=\"#FF0000\" size=\"2\">");
            errors.forEach(e -> out.append("・").append(esc(e)).append("<br>"));
            out.append("</font></td></tr></table>\n");
        }
        if (notice != null) {
            out.append("<table width=\"760\" border=\"0\"><tr><td id=\"tdInfoMsg\"><font color=\"#0000CC\" size=\"2\">")
                    .append(esc(notice)).append("</font></td></tr></table>\n");
        }
        return this;
    }

    /** Opens the grey-bordered item table the input and confirmation screens share. */
    public Html itemTable() {
        out.append("<table width=\"760\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" bordercolor=\"#999999\">\n");
        return this;
    }

    /** The label cell of an item row; {@code required} adds the red ※. */
    public Html labelCell(String label, boolean required) {
        out.append("<tr><td width=\"180\" bgcolor=\"#DDEEFF\" nowrap><font size=\"2\">").append(esc(label))
                .append(required ? "<font color=\"#FF0000\">※</font>" : "").append("</font></td>");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
