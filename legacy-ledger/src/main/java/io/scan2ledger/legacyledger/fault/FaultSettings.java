package io.scan2ledger.legacyledger.fault;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The faults switched on. Bound from {@code legacy-ledger.faults.*} at start, replaced or merged
 * through {@code POST /admin/faults} or {@link Faults} at run time.
 *
 * @param delayMs           how long each hit of a {@code delayOn} point waits first
 * @param delayOn           the points that are slow (default: all)
 * @param failEveryNth      every N-th hit of a {@code failOn} point fails with a 500 page (0: never)
 * @param failRate          the chance (0..1) that a hit of a {@code failOn} point fails
 * @param failSeed          the seed of that chance, so a run can be repeated
 * @param failOn            the points that fail (default: all)
 * @param failAfterCommitOn points whose response is lost after the work was committed: only
 *                          {@code register} commits; the record is stored and a 500 page shown
 * @param down              every page answers 503
 * @param corrupt           registration stores the {@code corruptItems} wrong this way (null: stored right)
 * @param corruptItems      the items (field ids as in element names: {@code Jusho}, {@code JidoShimei1})
 *                          the corruption strikes; items a ledger does not have are left alone
 */
public record FaultSettings(
        long delayMs,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<FaultPoint> delayOn,
        int failEveryNth,
        double failRate,
        long failSeed,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<FaultPoint> failOn,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) Set<FaultPoint> failAfterCommitOn,
        boolean down,
        Corruption corrupt,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> corruptItems) {

    public FaultSettings {
        delayOn = copy(delayOn, true);
        failOn = copy(failOn, true);
        failAfterCommitOn = copy(failAfterCommitOn, false);
        corruptItems = corruptItems == null ? List.of() : List.copyOf(corruptItems);
        if (corrupt != null && corruptItems.size() < (corrupt == Corruption.SWAP ? 2 : 1)) {
            throw new IllegalArgumentException("corrupt " + corrupt.jsonName() + " needs "
                    + (corrupt == Corruption.SWAP ? "two items" : "an item") + " in corruptItems");
        }
        if (delayMs < 0 || failEveryNth < 0 || failRate < 0 || failRate > 1) {
            throw new IllegalArgumentException("delayMs and failEveryNth must be >= 0, failRate within 0..1");
        }
    }

    public static FaultSettings none() {
        return new FaultSettings(0, null, 0, 0, 42, null, null, false, null, null);
    }

    boolean delays(FaultPoint point) {
        return delayMs > 0 && delayOn.contains(point);
    }

    private static Set<FaultPoint> copy(Set<FaultPoint> points, boolean allWhenMissing) {
        if (points == null) {
            return allWhenMissing ? Set.copyOf(EnumSet.allOf(FaultPoint.class)) : Set.of();
        }
        return Set.copyOf(points);
    }
}
