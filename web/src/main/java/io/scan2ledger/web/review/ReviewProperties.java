package io.scan2ledger.web.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code scan2ledger.review.*}: the review screens.
 *
 * @param imageDpi   resolution the page images and field crops are rendered at
 * @param imageCache how long a rendered page is kept in memory (one document view asks for the page
 *                   and every field's crop at once)
 * @param queueLimit documents the queue lists at most, oldest first
 */
@ConfigurationProperties("scan2ledger.review")
public record ReviewProperties(Integer imageDpi, Duration imageCache, Integer queueLimit) {

    public ReviewProperties {
        imageDpi = imageDpi == null ? 144 : imageDpi;
        imageCache = imageCache == null ? Duration.ofSeconds(60) : imageCache;
        queueLimit = queueLimit == null ? 500 : queueLimit;
    }
}
