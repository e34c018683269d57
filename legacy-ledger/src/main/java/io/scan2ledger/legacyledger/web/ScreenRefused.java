package io.scan2ledger.legacyledger.web;

import org.springframework.http.HttpStatus;

/** A request the old system turns away with its own error screen (CM900). */
public class ScreenRefused extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public ScreenRefused(HttpStatus status, String title, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
    }

    static ScreenRefused notFound() {
        return new ScreenRefused(HttpStatus.NOT_FOUND, "エラー", "指定されたページは存在しません。");
    }

    static ScreenRefused badTransition() {
        return new ScreenRefused(HttpStatus.FORBIDDEN, "エラー",
                "不正な画面遷移が行われました。メニューから操作をやり直してください。");
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
