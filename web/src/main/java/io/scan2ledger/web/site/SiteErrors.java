package io.scan2ledger.web.site;

import io.scan2ledger.review.ReviewRefused;
import io.scan2ledger.support.Redact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Errors of the pages as friendly pages in the reader's language: no stack trace, no personal
 * data, and in the log only what happened (redacted), never a value or a file name.
 */
@ControllerAdvice(basePackages = {"io.scan2ledger.web.review", "io.scan2ledger.web.upload",
        "io.scan2ledger.web.admin", "io.scan2ledger.web.security"})
public class SiteErrors {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    /** Also a DV-protected document the reader may not see: "not found", never "forbidden". */
    @ExceptionHandler({NoSuchElementException.class, MethodArgumentTypeMismatchException.class})
    public ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ReviewRefused.class)
    public ModelAndView refused(ReviewRefused e) {
        return page("FORBIDDEN".equals(e.code()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT);
    }

    @ExceptionHandler(Exception.class)
    public ModelAndView other(Exception e) {
        if (e instanceof ErrorResponse known) {
            return page(known.getStatusCode());
        }
        log.error("page.error cause={}", Redact.throwable(e));
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpStatusCode status) {
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }
}
