-- Surveys of a site by an accrediting body, their findings, and one plan of correction per finding.
-- Written once for H2 2.2 and PostgreSQL 15. Overdue is derived (due date passed in the site's time zone
-- and not accepted or closed), never stored.

create table survey (
    id          bigint        not null primary key,
    version     bigint        not null,
    site_id     bigint        not null references site (id),
    body_id     bigint        not null references accrediting_body (id),
    record_id   bigint        references accreditation_record (id),
    survey_date date          not null,
    type        varchar(30)   not null,
    surveyors   varchar(500),
    outcome     varchar(2000),
    report_date date,
    constraint survey_type_ck check (type in ('INITIAL', 'TRIENNIAL', 'UNANNOUNCED', 'FOCUSED', 'LICENSING_INSPECTION'))
);
create index survey_site_ix on survey (site_id, survey_date);
create index survey_record_ix on survey (record_id);

create table finding (
    id           bigint        not null primary key,
    version      bigint        not null,
    survey_id    bigint        not null references survey (id),
    site_id      bigint        not null references site (id),
    standard_ref varchar(60),
    text         varchar(4000) not null,
    level        varchar(20)   not null,
    constraint finding_level_ck check (level in ('LOW', 'MODERATE', 'HIGH', 'IMMEDIATE_THREAT'))
);
create index finding_survey_ix on finding (survey_id);
create index finding_site_ix on finding (site_id);

create table correction (
    id            bigint        not null primary key,
    version       bigint        not null,
    finding_id    bigint        not null references finding (id),
    site_id       bigint        not null references site (id),
    actions       varchar(4000) not null,
    owner_user_id bigint        not null references app_user (id),
    due_date      date          not null,
    status        varchar(20)   not null,
    evidence_note varchar(2000),
    constraint correction_finding_uq unique (finding_id),
    constraint correction_status_ck check (status in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'CLOSED'))
);
create index correction_site_due_ix on correction (site_id, status, due_date);
create index correction_owner_ix on correction (owner_user_id);
