-- The audit trail's hash chain: each committed audit line gets a link (number, previous hash, own hash over the
-- previous hash and every column of the line). A verifier walks the links and names the first one that does not
-- hold. audit_chain holds the head, locked by the sealing transaction. Written once for H2 2.2 and PostgreSQL 15.

create table audit_seal (
    seq       bigint      not null primary key,
    audit_id  bigint      not null,
    prev_hash varchar(64) not null,
    row_hash  varchar(64) not null,
    sealed_at timestamp with time zone not null,
    constraint audit_seal_audit_uq unique (audit_id)
);

create table audit_chain (
    id            integer     not null primary key,
    last_seq      bigint      not null,
    last_hash     varchar(64) not null,
    last_audit_id bigint      not null
);
insert into audit_chain (id, last_seq, last_hash, last_audit_id)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
