package io.scan2ledger.access;

/** What a user may do. A user holds one or more roles; DV access is a separate right. */
public enum Role {
    /** Uploads, and sees the documents of their own channels. */
    CLERK,
    /** Reviews, corrects, approves and rejects. */
    SUPERVISOR,
    /** Manages users, templates and schedules. */
    ADMIN
}
