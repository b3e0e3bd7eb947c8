-- Site register details and accreditation/licensure records.

alter table site add column address_line1 varchar(120);
alter table site add column address_line2 varchar(120);
alter table site add column city varchar(80);
alter table site add column state char(2);
alter table site add column postal_code varchar(10);
alter table site add column phone varchar(30);
alter table site add column npi char(10);
alter table site add column licensed_capacity integer;
create index site_state_ix on site (state, name);
create index site_name_ix on site (name);

create table site_programme (
    site_id   bigint      not null references site (id),
    programme varchar(30) not null,
    primary key (site_id, programme)
);

-- The maintained list of accrediting and licensing bodies.
create table accrediting_body (
    id      bigint       not null primary key,
    version bigint       not null,
    code    varchar(20)  not null,
    name    varchar(120) not null,
    type    varchar(20)  not null,
    state   char(2),
    active  boolean      not null,
    constraint accrediting_body_code_uq unique (code),
    constraint accrediting_body_type_ck check (type in ('JOINT_COMMISSION', 'CARF', 'COA', 'STATE_AGENCY', 'OTHER'))
);
insert into accrediting_body (id, version, code, name, type, state, active) values
    (1, 1, 'TJC', 'The Joint Commission', 'JOINT_COMMISSION', null, true),
    (2, 1, 'CARF', 'CARF International', 'CARF', null, true),
    (3, 1, 'COA', 'Council on Accreditation', 'COA', null, true);

create table accreditation_record (
    id                bigint      not null primary key,
    version           bigint      not null,
    site_id           bigint      not null references site (id),
    body_id           bigint      not null references accrediting_body (id),
    kind              varchar(20) not null,
    number            varchar(60),
    status            varchar(20) not null,
    decision_date     date,
    effective_date    date,
    expiry_date       date,
    award_length      varchar(30),
    last_survey_date  date,
    next_survey_from  date,
    next_survey_to    date,
    notes             varchar(2000),
    superseded_by_id  bigint references accreditation_record (id),
    created_at        timestamp with time zone not null
);
create index accreditation_site_ix on accreditation_record (site_id, body_id);
create index accreditation_current_expiry_ix on accreditation_record (superseded_by_id, expiry_date);
create index accreditation_survey_ix on accreditation_record (next_survey_from, next_survey_to);

create table accreditation_programme (
    record_id bigint      not null references accreditation_record (id),
    programme varchar(30) not null,
    primary key (record_id, programme)
);
