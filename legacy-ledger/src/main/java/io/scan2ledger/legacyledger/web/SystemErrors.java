package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.InjectedFailure;
import io.scan2ledger.legacyledger.page.HtmlPage;
import io.scan2ledger.legacyledger.page.MessagePage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The old system's error screens. Exception messages are never logged: a database error's message
 * can quote the submitted values, and the logs must not hold personal data.
 */
@RestControllerAdvice
class SystemErrors {

    private static final Logger log = LoggerFactory.getLogger(SystemErrors.class);

    @ExceptionHandler(ScreenRefused.class)
    ResponseEntity<HtmlPage> refused(ScreenRefused e, HttpServletRequest request) {
        return page(e.status(), e.title(), e.getMessage(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<HtmlPage> notFound(HttpServletRequest request) {
        return refused(ScreenRefused.notFound(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<HtmlPage> wrongMethod(HttpServletRequest request) {
        return refused(ScreenRefused.badTransition(), request);
    }

    @ExceptionHandler(InjectedFailure.class)
    ResponseEntity<HtmlPage> injected(HttpServletRequest request) {
        return systemError("E9001", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<HtmlPage> unexpected(Exception e, HttpServletRequest request) {
        String code = "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("system error {} on {} {}: {}", code, request.getMethod(), request.getRequestURI(),
                e.getClass().getName());
        log.debug("system error {}", code, e);
        return systemError(code, request);
    }

    private static ResponseEntity<HtmlPage> systemError(String code, HttpServletRequest request) {
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "システムエラー",
                "システムエラーが発生しました。（エラーコード：" + code + "）システム管理者に連絡してください。", request);
    }

    private static ResponseEntity<HtmlPage> page(HttpStatus status, String title, String message,
                                                 HttpServletRequest request) {
        String user = ClerkSession.find(request.getSession(false)).map(ClerkSession::user).orElse(null);
        return ResponseEntity.status(status).body(MessagePage.render(title, message, user));
    }
}
