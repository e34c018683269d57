package io.scan2ledger.ocr;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Tesseract through Tess4J's low-level API, with one engine handle per worker thread and language.
 *
 * <p>Why not Tess4J's {@code Tesseract} class: it initialises the engine on every call (~90-200 ms)
 * and is not thread-safe; a kept handle reads a field zone in a few tens of milliseconds. Handles
 * are never shared between threads (Tesseract's engine is not thread-safe either); parallelism comes
 * from several worker threads, each with its own handles. The interface mapping ({@link TessAPI})
 * is used rather than {@code TessAPI1}, because direct mapping binds every function at load time and
 * Debian 12's Tesseract 5.3 lacks some that Tess4J declares.
 */
public class TesseractEngine implements AutoCloseable {

    private static final TessAPI API = TessAPI.INSTANCE;

    private final String dataPath;
    private final ThreadLocal<Map<String, TessBaseAPI>> handles = ThreadLocal.withInitial(HashMap::new);
    private final ConcurrentLinkedQueue<TessBaseAPI> all = new ConcurrentLinkedQueue<>();

    public TesseractEngine(String dataPath) {
        this.dataPath = dataPath;
    }

    /**
     * Reads one zone image.
     *
     * @param image     TYPE_BYTE_GRAY
     * @param language  e.g. {@code jpn} or {@code eng}
     * @param psm       page segmentation mode (7 = one line, 10 = one character, 6 = a block)
     * @param whitelist allowed characters, or null
     */
    OcrText read(BufferedImage image, int dpi, String language, int psm, String whitelist) {
        TessBaseAPI handle = handle(language);
        API.TessBaseAPISetPageSegMode(handle, psm);
        API.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist == null ? "" : whitelist);
        byte[] pixels = grayBytes(image);
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        API.TessBaseAPISetImage(handle, buffer, image.getWidth(), image.getHeight(), 1, image.getWidth());
        API.TessBaseAPISetSourceResolution(handle, dpi);
        if (API.TessBaseAPIRecognize(handle, null) != 0) {
            API.TessBaseAPIClear(handle);
            return new OcrText(List.of());
        }
        List<OcrText.Char> chars = new ArrayList<>();
        TessResultIterator it = API.TessBaseAPIGetIterator(handle);
        if (it != null) {
            try {
                ITessAPI.TessPageIterator page = API.TessResultIteratorGetPageIterator(it);
                // Characters, not words: Tesseract's "words" in Japanese are arbitrary runs, while
                // character boxes tell where the real spaces are and which character is doubtful.
                int level = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
                do {
                    Pointer textPtr = API.TessResultIteratorGetUTF8Text(it, level);
                    if (textPtr == null) {
                        continue;
                    }
                    String text = textPtr.getString(0, "UTF-8");
                    API.TessDeleteText(textPtr);
                    if (text.isBlank()) {
                        continue;
                    }
                    float conf = API.TessResultIteratorConfidence(it, level);
                    IntBuffer left = IntBuffer.allocate(1);
                    IntBuffer top = IntBuffer.allocate(1);
                    IntBuffer right = IntBuffer.allocate(1);
                    IntBuffer bottom = IntBuffer.allocate(1);
                    API.TessPageIteratorBoundingBox(page, level, left, top, right, bottom);
                    chars.add(new OcrText.Char(text.strip(), conf, left.get(0), top.get(0),
                            right.get(0) - left.get(0), bottom.get(0) - top.get(0)));
                } while (API.TessPageIteratorNext(page, level) == ITessAPI.TRUE);
            } finally {
                API.TessResultIteratorDelete(it);
            }
        }
        API.TessBaseAPIClear(handle);
        return new OcrText(chars);
    }

    private TessBaseAPI handle(String language) {
        return handles.get().computeIfAbsent(language, lang -> {
            TessBaseAPI h = API.TessBaseAPICreate();
            int rc = API.TessBaseAPIInit2(h, dataPath, lang, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
            if (rc != 0) {
                API.TessBaseAPIDelete(h);
                throw new IllegalStateException("Tesseract could not load language '" + lang + "' from " + dataPath
                        + " (install tesseract-ocr-jpn and tesseract-ocr-eng)");
            }
            all.add(h);
            return h;
        });
    }

    private static byte[] grayBytes(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit gray image");
        }
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        // A sub-image shares its parent's buffer; copy rows when the raster is not the whole buffer.
        if (data.length == image.getWidth() * image.getHeight() && image.getRaster().getParent() == null) {
            return data;
        }
        byte[] out = new byte[image.getWidth() * image.getHeight()];
        image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), out);
        return out;
    }

    /** Ends every handle created by any thread. Call once, when no thread reads any more. */
    @Override
    public void close() {
        for (TessBaseAPI h; (h = all.poll()) != null; ) {
            API.TessBaseAPIEnd(h);
            API.TessBaseAPIDelete(h);
        }
    }

    public String dataPath() {
        return Objects.requireNonNull(dataPath);
    }
}
