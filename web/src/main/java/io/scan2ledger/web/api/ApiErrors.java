package io.scan2ledger.web.api;

import io.scan2ledger.review.ReviewRefused;
import io.scan2ledger.support.Redact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** API errors as short JSON in Japanese and English: no stack traces, no personal data. */
@RestControllerAdvice(assignableTypes = DocumentApi.class)
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return body(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    /** Also a DV-protected document the caller may not see: its existence is not revealed (404, never 403). */
    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return body(HttpStatus.NOT_FOUND, "no such document / 文書が見つかりません");
    }

    /** A review action that cannot be done now: 409 with a stable code (403 for a role that may not do it). */
    @ExceptionHandler(ReviewRefused.class)
    ResponseEntity<Map<String, Object>> refused(ReviewRefused e) {
        return refusal(e);
    }

    /**
     * Also the answer of the review page's script when an action is refused. A problem body
     * (RFC 9457: status, title, detail) with the project's own members: the stable {@code code}, the
     * reason in {@code ja} and {@code en}, and the {@code fields} it is about, when any.
     */
    public static ResponseEntity<Map<String, Object>> refusal(ReviewRefused e) {
        HttpStatus status = "FORBIDDEN".equals(e.code()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.value());
        out.put("title", e.code());
        out.put("detail", e.en());
        out.put("error", status.name().toLowerCase());
        out.put("code", e.code());
        out.put("ja", e.ja());
        out.put("en", e.en());
        out.put("message", e.ja() + " / " + e.en());
        if (!e.fields().isEmpty()) {
            out.put("fields", e.fields());
        }
        return ResponseEntity.status(status).body(out);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class, MultipartException.class, HttpMessageNotReadableException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return body(HttpStatus.PAYLOAD_TOO_LARGE, "ファイルが大きすぎます / The file is too large");
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "JSON で送ってください / Send JSON");
        }
        return body(HttpStatus.BAD_REQUEST, "リクエストが正しくありません / Bad request");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        log.error("api.error cause={}", Redact.throwable(e));
        return body(HttpStatus.SERVICE_UNAVAILABLE,
                "一時的に処理できません。時間をおいて再度お試しください / Temporarily unavailable, please retry");
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", status.name().toLowerCase(),
                "message", message == null ? status.getReasonPhrase() : message));
    }
}
