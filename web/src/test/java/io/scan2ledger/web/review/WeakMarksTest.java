package io.scan2ledger.web.review;

import io.scan2ledger.web.review.WeakMarks.Piece;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeakMarksTest {

    @Test
    void theWeakCharactersAreMarkedInReadingOrder() {
        assertThat(WeakMarks.of("山田 太郎", "太")).containsExactly(new Piece("山田 ", false), new Piece("太", true),
                new Piece("郎", false));
        assertThat(WeakMarks.of("03-1234-5678", "35")).containsExactly(new Piece("0", false), new Piece("3", true),
                new Piece("-1234-", false), new Piece("5", true), new Piece("678", false));
    }

    @Test
    void neighboursMakeOneMarkAndAWeakCharacterRepairedAwayMarksNothing() {
        assertThat(WeakMarks.of("緑ヶ丘", "ヶ丘")).containsExactly(new Piece("緑", false), new Piece("ヶ丘", true));
        assertThat(WeakMarks.of("佐藤", "x藤")).containsExactly(new Piece("佐", false), new Piece("藤", true));
    }

    @Test
    void nothingWeakIsOnePlainPiece() {
        assertThat(WeakMarks.of("𠮷田", "")).containsExactly(new Piece("𠮷田", false));
        assertThat(WeakMarks.of("", "a")).isEmpty();
        assertThat(WeakMarks.of(null, "a")).isEmpty();
    }
}
