package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.ledger.ShiftJis;
import io.scan2ledger.legacyledger.page.HtmlPage;
import java.io.IOException;
import java.nio.charset.Charset;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Writes a screen as the old system did: {@code text/html; charset=Shift_JIS}, never cached. */
public final class HtmlPageConverter extends AbstractHttpMessageConverter<HtmlPage> {

    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    public HtmlPageConverter() {
        super(SHIFT_JIS, new MediaType("text", "html", SHIFT_JIS), MediaType.ALL);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return HtmlPage.class.isAssignableFrom(type);
    }

    @Override
    protected HtmlPage readInternal(Class<? extends HtmlPage> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("screens are written, never read", input);
    }

    @Override
    protected void addDefaultHeaders(HttpHeaders headers, HtmlPage page, MediaType contentType) throws IOException {
        headers.setContentType(MediaType.parseMediaType(ShiftJis.CONTENT_TYPE));
        headers.setCacheControl("no-store");
        headers.setPragma("no-cache");
    }

    @Override
    protected void writeInternal(HtmlPage page, HttpOutputMessage output) throws IOException {
        output.getBody().write(ShiftJis.encode(page.html()));
    }
}
