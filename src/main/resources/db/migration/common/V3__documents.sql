-- Evidence documents (uploads) attached to records of other features: accreditation records, survey
-- findings, plans of correction, credentials. Metadata and bytes live in separate tables so that listing
-- documents never reads file content. Written once for H2 2.2 and PostgreSQL 15: `bytea` is PostgreSQL's
-- binary type and an alias of BINARY VARYING (up to 1,000,000,000 bytes) on H2 2.x.

create table document (
    id            bigint       not null primary key,
    version       bigint       not null,
    site_id       bigint       not null references site (id),
    owner_type    varchar(60)  not null,
    owner_id      bigint       not null,
    original_name varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    uploaded_by   varchar(60)  not null,
    uploaded_at   timestamp with time zone not null
);
create index document_owner_ix on document (owner_type, owner_id);
create index document_site_ix on document (site_id);

create table document_content (
    document_id bigint not null primary key references document (id),
    content     bytea  not null
);
