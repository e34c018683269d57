package io.scan2ledger.app;

import io.scan2ledger.document.DocumentState;
import io.scan2ledger.routes.Pipeline;
import io.scan2ledger.web.review.FormChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A document whose form a supervisor chose goes back to extraction at once, not at the next sweep. */
@Component
class ReviewHandoff {

    private final Pipeline pipeline;

    ReviewHandoff(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @EventListener
    void formChosen(FormChosen event) {
        pipeline.next(event.documentId(), DocumentState.RECEIVED);
    }
}
