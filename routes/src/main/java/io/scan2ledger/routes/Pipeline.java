package io.scan2ledger.routes;

import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.intake.IntakeResult;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a document to the stage that takes it on from its current state. The state in the
 * database is the source of truth: the queues between stages are only a fast path, and
 * {@link #resumeAll()} refills them after a restart.
 */
public class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /** A pipeline stage: the state it takes documents from and the endpoint that does it. */
    public record Stage(DocumentState takes, String endpointUri) {
    }

    private final Map<DocumentState, String> stages = new EnumMap<>(DocumentState.class);
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ProducerTemplate producer;
    private final DocumentRepository documents;

    public Pipeline(List<Stage> stages, ProducerTemplate producer, DocumentRepository documents) {
        stages.forEach(s -> this.stages.put(s.takes(), s.endpointUri()));
        this.producer = producer;
        this.documents = documents;
    }

    public void next(IntakeResult result) {
        result.document().ifPresent(doc -> next(doc.id(), doc.state()));
    }

    public void next(long documentId, DocumentState state) {
        String endpoint = stages.get(state);
        // A document already waiting in a queue is not queued twice (resume and sweeps run beside intake).
        if (endpoint != null && queued.add(documentId)) {
            try {
                producer.sendBody(endpoint, documentId);
            } catch (RuntimeException e) {
                queued.remove(documentId);
                throw e;
            }
        }
    }

    /** A stage has finished with the document (whatever the outcome); it may be queued again. */
    public void done(long documentId) {
        queued.remove(documentId);
    }

    /**
     * Documents in a machine stage that are not in a queue go (back) into it: after a restart, and
     * periodically, in case a hand-off was missed.
     */
    public int resumeAll() {
        int resumed = 0;
        for (DocumentState state : stages.keySet()) {
            List<Long> ids = documents.findIdsInStates(List.of(state));
            ids.forEach(id -> next(id, state));
            resumed += ids.size();
        }
        if (resumed > 0) {
            log.info("pipeline.resume documents={}", resumed);
        }
        return resumed;
    }

    public boolean hasStageFor(DocumentState state) {
        return stages.containsKey(state);
    }
}
