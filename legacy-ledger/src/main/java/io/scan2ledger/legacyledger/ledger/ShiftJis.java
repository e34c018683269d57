package io.scan2ledger.legacyledger.ledger;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old system's character set. Pages are declared {@code Shift_JIS}, but the bytes are
 * Windows-31J (what browsers really decode under that label, and what holds 髙 and 﨑);
 * Java's strict {@code Shift_JIS} would turn those into '?'.
 *
 * <p>A browser sends a character it cannot encode (〜 U+301C, emoji) as a decimal reference such
 * as {@code &#12316;}; the ledger reads it back as the character, and writes characters that
 * Windows-31J would not give back unchanged as references too, so what the clerk typed is
 * what the page shows again.
 */
public final class ShiftJis {

    public static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    public static final String CONTENT_TYPE = "text/html; charset=Shift_JIS";

    private static final Pattern REFERENCE = Pattern.compile("&#(\\d{1,7});");
    /** Characters that survive a trip through Windows-31J bytes unchanged. */
    private static final BitSet ROUND_TRIP = decodable(WINDOWS_31J);
    /** Characters the old database could hold: Windows-31J, or JIS X 0208 as mapped by JIS (〜 ‖ −). */
    private static final BitSet STORABLE = union(ROUND_TRIP, decodable(Charset.forName("Shift_JIS")));

    private ShiftJis() {
    }

    /** The page's bytes; characters without an exact Windows-31J form become {@code &#NNNN;}. */
    public static byte[] encode(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        html.codePoints().forEach(cp -> {
            if (cp < 0x10000 && ROUND_TRIP.get(cp)) {
                out.append((char) cp);
            } else {
                out.append("&#").append(cp).append(';');
            }
        });
        return out.toString().getBytes(WINDOWS_31J);
    }

    /** A submitted value as the clerk typed it: the browser's {@code &#NNNN;} become characters again. */
    public static String resolveReferences(String submitted) {
        if (submitted.indexOf("&#") < 0) {
            return submitted;
        }
        Matcher m = REFERENCE.matcher(submitted);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1));
            String replacement = Character.isValidCodePoint(cp) ? Character.toString(cp) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /** Whether every character could be kept by a Shift_JIS system (no emoji, no rare kanji outside JIS). */
    public static boolean storable(String text) {
        return text.codePoints().allMatch(cp -> cp < 0x10000 && STORABLE.get(cp));
    }

    /** Every character the charset decodes from its one- and two-byte codes. */
    private static BitSet decodable(Charset charset) {
        ByteBuffer all = ByteBuffer.allocate(2 * 0x10000);
        for (int b = 0x20; b < 0x7F; b++) {
            all.put((byte) b).put((byte) ' ');
        }
        for (int b = 0xA1; b <= 0xDF; b++) {
            all.put((byte) b).put((byte) ' ');
        }
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            if (lead > 0x9F && lead < 0xE0) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail != 0x7F) {
                    all.put((byte) lead).put((byte) trail);
                }
            }
        }
        all.flip();
        CharBuffer chars;
        try {
            chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD")
                    .decode(all);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        BitSet set = new BitSet(0x10000);
        chars.chars().forEach(set::set);
        set.clear(0xFFFD);
        set.set('\t');
        set.set('\n');
        set.set('\r');
        return set;
    }

    private static BitSet union(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.or(b);
        return both;
    }
}
