-- Issue 8, double submit: a create sent twice with the same Idempotency-Key header by the same user runs once; the
-- second gets the first one's answer. Technical bookkeeping, not a record of care: not audited, kept 24 hours.
create table idempotent_request (
    username     varchar(60)   not null,
    idem_key     varchar(100)  not null,
    request_hash varchar(64)   not null,
    status       integer,
    body         varchar(100000),
    created_at   timestamp with time zone not null,
    primary key (username, idem_key)
);
create index idempotent_request_created_ix on idempotent_request (created_at);
