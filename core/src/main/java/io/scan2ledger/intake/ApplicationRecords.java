package io.scan2ledger.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Port: reads an online-form export (CSV with a header row in UTF-8 or Shift_JIS, or JSON: an
 * array of objects or one object) into records of column name → value, in file order.
 */
public interface ApplicationRecords {

    /** @throws UnreadableApplication with the reason (encoding, JSON, CSV) when the file cannot be read as records */
    List<Map<String, String>> read(Path file);
}
