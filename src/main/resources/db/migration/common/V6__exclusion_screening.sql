-- Exclusion screening against the OIG LEIE (issue 4): list versions, their rows, screening runs, one screening
-- per staff member per run, and possible matches for review. Written once for H2 2.2 and PostgreSQL 15.

-- One imported file. A re-import adds a version and moves "is_current"; old versions stay, because every
-- screening must keep pointing at the list it was checked against.
create table exclusion_list (
    id          bigint       not null primary key,
    version     bigint       not null,
    source      varchar(20)  not null,
    file_name   varchar(255) not null,
    sha256      char(64)     not null,
    imported_at timestamp with time zone not null,
    imported_by varchar(60)  not null,
    row_count   integer      not null,
    error_count integer      not null,
    is_current  boolean      not null,
    constraint exclusion_list_source_ck check (source in ('OIG_LEIE'))
);
create index exclusion_list_current_ix on exclusion_list (source, is_current, imported_at desc);

-- Rows of one list version, exactly as published (all 18 LEIE columns) plus normalised match keys. Read-only,
-- written in JDBC batches (80k rows per file), so no version column and ids from their own sequence.
create sequence exclusion_entry_seq start with 1 increment by 1;
create table exclusion_entry (
    id               bigint       not null primary key,
    list_id          bigint       not null references exclusion_list (id),
    line_no          integer      not null,
    last_name        varchar(100),
    first_name       varchar(100),
    middle_name      varchar(100),
    business_name    varchar(200),
    general_category varchar(100),
    specialty        varchar(100),
    upin             varchar(20),
    npi              char(10),
    dob              date,
    address          varchar(200),
    city             varchar(100),
    state            varchar(10),
    zip              varchar(10),
    excl_type        varchar(20),
    excl_date        date,
    rein_date        date,
    waiver_date      date,
    waiver_state     varchar(10),
    last_key         varchar(100),
    first_key        varchar(100)
);
create index exclusion_entry_npi_ix on exclusion_entry (list_id, npi);
create index exclusion_entry_name_ix on exclusion_entry (list_id, last_key, first_key, dob);

create table screening_run (
    id               bigint      not null primary key,
    version          bigint      not null,
    list_id          bigint      not null references exclusion_list (id),
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    started_by       varchar(60) not null,
    staff_screened   integer     not null,
    possible_matches integer     not null
);
create index screening_run_list_ix on screening_run (list_id);

create table screening (
    id          bigint      not null primary key,
    version     bigint      not null,
    run_id      bigint      not null references screening_run (id),
    staff_id    bigint      not null references staff_member (id),
    list_id     bigint      not null references exclusion_list (id),
    screened_on date        not null,
    result      varchar(20) not null,
    constraint screening_uq unique (run_id, staff_id),
    constraint screening_result_ck check (result in ('CLEAR', 'POSSIBLE_MATCH'))
);
create index screening_staff_ix on screening (staff_id, screened_on desc, id desc);
create index screening_list_ix on screening (list_id);

-- A possible match found by a run; one per staff member and list row, whichever run found it first.
create table screening_match (
    id          bigint       not null primary key,
    version     bigint       not null,
    run_id      bigint       not null references screening_run (id),
    staff_id    bigint       not null references staff_member (id),
    entry_id    bigint       not null references exclusion_entry (id),
    basis       varchar(20)  not null,
    status      varchar(20)  not null,
    found_at    timestamp with time zone not null,
    reviewed_by varchar(60),
    reviewed_at timestamp with time zone,
    reason      varchar(500),
    constraint screening_match_uq unique (staff_id, entry_id),
    constraint screening_match_basis_ck check (basis in ('NPI', 'NAME_DOB')),
    constraint screening_match_status_ck check (status in ('OPEN', 'CONFIRMED', 'DISMISSED'))
);
create index screening_match_status_ix on screening_match (status, found_at, id);
create index screening_match_entry_ix on screening_match (entry_id);
create index screening_match_run_ix on screening_match (run_id);
