package io.scan2ledger.bots.fixedwidth;

import io.scan2ledger.bots.support.RecordRefused;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Windows-31J (Microsoft's Shift_JIS, what PC-side mainframe transfer tools read). Encoding is
 * strict: a character the charset lacks (𠮷, emoji) is refused rather than written as '?', and so
 * is one Java would only approximate (¥ would come back as a backslash).
 */
final class Windows31J {

    static final Charset CHARSET = Charset.forName("Windows-31J");

    private Windows31J() {
    }

    /** The text's bytes; the reason names the field and the character's position, not the text. */
    static byte[] encode(String field, String text) throws RecordRefused {
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] bytes;
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
        } catch (CharacterCodingException e) {
            throw notInCharset(field, text);
        }
        if (!new String(bytes, CHARSET).equals(text)) {
            throw notInCharset(field, text);
        }
        return bytes;
    }

    private static RecordRefused notInCharset(String field, String text) {
        int position = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
            String one = new String(Character.toChars(text.codePointAt(i)));
            if (!CHARSET.newEncoder().canEncode(one) || !new String(one.getBytes(CHARSET), CHARSET).equals(one)) {
                break;
            }
        }
        return new RecordRefused("field " + field + ": character " + position
                + " does not exist in Windows-31J (Shift_JIS); a substitute or a registered gaiji is needed");
    }
}
