-- The process holding the batch lock (host/pid/start): a holder that died on the same host is
-- recognised at once, instead of only when its heartbeat has gone stale.
ALTER TABLE batch_lock ADD COLUMN holder VARCHAR(255);
