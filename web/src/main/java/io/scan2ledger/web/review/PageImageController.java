package io.scan2ledger.web.review;

import io.scan2ledger.access.Reader;
import io.scan2ledger.document.Document;
import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.review.ReviewService;
import io.scan2ledger.web.security.UserAccount;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The page image and the field crops of the document page. These follow a page view that was
 * already audited, so they use {@link ReviewService#visible} (no VIEW row per image), which still
 * answers "not found" to a reader who may not see the document. A My Number's digits stay hidden,
 * on the page and in its crop, until it was revealed in this session.
 */
@RestController
public class PageImageController {

    private static final int CROP_PADDING = 8;
    private static final Color HIDDEN = new Color(0x55, 0x55, 0x55);
    private static final Color PLACEHOLDER = new Color(0xD9, 0xD6, 0xCF);

    private final ReviewService review;
    private final ReadingRepository readings;
    private final RenderedPages rendered;
    private final RevealedNumbers revealed;

    public PageImageController(ReviewService review, ReadingRepository readings, RenderedPages rendered,
                               RevealedNumbers revealed) {
        this.review = review;
        this.readings = readings;
        this.rendered = rendered;
        this.revealed = revealed;
    }

    @GetMapping("/review/{id}/pages/{page}")
    public ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable int page,
                                       @AuthenticationPrincipal UserAccount user) {
        Reader reader = user.reader();
        Document doc = review.visible(id, reader);
        PageRead read = pageRead(id, page);
        BufferedImage image = rendered.page(doc, read).orElseThrow(() -> new NoSuchElementException("page"));
        List<DocumentField> hidden = review.fields(id, reader).stream()
                .filter(f -> f.page() == page && f.box() != null && MyNumberMask.applies(f)
                        && !revealed.has(id, f.name()))
                .toList();
        return png(hidden.isEmpty() ? image : coverNumbers(image, hidden, PageScale.of(rendered.dpi(), read)));
    }

    @GetMapping("/review/{id}/crops/{name}")
    public ResponseEntity<byte[]> crop(@PathVariable long id, @PathVariable String name,
                                       @AuthenticationPrincipal UserAccount user) {
        Reader reader = user.reader();
        Document doc = review.visible(id, reader);
        DocumentField field = review.fields(id, reader).stream().filter(f -> f.name().equals(name)).findFirst()
                .filter(f -> f.box() != null && f.page() > 0)
                .orElseThrow(() -> new NoSuchElementException("field"));
        if (MyNumberMask.applies(field) && !revealed.has(id, name)) {
            return png(placeholder());
        }
        PageRead read = pageRead(id, field.page());
        BufferedImage image = rendered.page(doc, read).orElseThrow(() -> new NoSuchElementException("page"));
        Box box = PageScale.padded(PageScale.of(rendered.dpi(), read).apply(field.box()), CROP_PADDING,
                image.getWidth(), image.getHeight());
        return png(image.getSubimage(box.x(), box.y(), box.w(), box.h()));
    }

    private PageRead pageRead(long id, int page) {
        return readings.pages(id).stream().filter(p -> p.page() == page).findFirst()
                .orElseThrow(() -> new NoSuchElementException("page"));
    }

    /** A copy of the page with each unrevealed My Number's zone painted over (the cached page stays intact). */
    private static BufferedImage coverNumbers(BufferedImage page, List<DocumentField> fields, PageScale scale) {
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setColor(HIDDEN);
            for (DocumentField f : fields) {
                Box box = PageScale.padded(scale.apply(f.box()), CROP_PADDING / 2, page.getWidth(), page.getHeight());
                g.fillRect(box.x(), box.y(), box.w(), box.h());
            }
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static BufferedImage placeholder() {
        BufferedImage image = new BufferedImage(240, 36, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(PLACEHOLDER);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Never stored by the browser: the image shows a resident's personal data. */
    private static ResponseEntity<byte[]> png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }
}
