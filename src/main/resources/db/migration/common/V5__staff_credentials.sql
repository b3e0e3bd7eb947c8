-- Staff members, their credentials and primary-source verifications, credentialing decisions, supervision,
-- and the service-eligibility table that clearance reads. Written once for H2 2.2 and PostgreSQL 15.
-- Statuses are derived from dates and the latest verification, never stored as typed values.

-- NCQA's credentialing information integrity standard: every change says why.
alter table audit_event add column reason varchar(500);

-- The maintained list of disciplines (ADMIN keeps it; rows are deactivated, never deleted).
create table discipline (
    id         bigint       not null primary key,
    version    bigint       not null,
    code       varchar(20)  not null,
    name       varchar(120) not null,
    sort_order integer      not null,
    active     boolean      not null,
    constraint discipline_code_uq unique (code)
);
insert into discipline (id, version, code, name, sort_order, active) values
    (101, 1, 'PSYCHIATRIST', 'Psychiatrist', 10, true),
    (102, 1, 'PSYCHOLOGIST', 'Psychologist', 20, true),
    (103, 1, 'PMHNP', 'Psychiatric nurse practitioner', 30, true),
    (104, 1, 'LCSW', 'Licensed clinical social worker', 40, true),
    (105, 1, 'LPC', 'Licensed professional counsellor', 50, true),
    (106, 1, 'MFT', 'Marriage and family therapist', 60, true),
    (107, 1, 'ADDICTION', 'Licensed/certified addiction counsellor', 70, true),
    (108, 1, 'RN', 'Registered nurse', 80, true),
    (109, 1, 'PEER', 'Peer recovery specialist', 90, true),
    (110, 1, 'CASE_MANAGER', 'Case manager', 100, true),
    (111, 1, 'OTHER', 'Other', 110, true);

-- Credential types within a kind (LCSW, LPC-A, DEA, ...). "supervised" marks associate licences whose holders
-- may deliver services only while under a supervisor.
create table credential_type (
    id         bigint       not null primary key,
    version    bigint       not null,
    code       varchar(20)  not null,
    name       varchar(120) not null,
    kind       varchar(30)  not null,
    supervised boolean      not null,
    active     boolean      not null,
    constraint credential_type_code_uq unique (code),
    constraint credential_type_kind_ck check (kind in ('STATE_LICENCE', 'CERTIFICATION', 'DEA_REGISTRATION',
        'BOARD_CERTIFICATION', 'MALPRACTICE_INSURANCE', 'CPR_FIRST_AID', 'OTHER'))
);
insert into credential_type (id, version, code, name, kind, supervised, active) values
    (201, 1, 'MD', 'Physician (MD)', 'STATE_LICENCE', false, true),
    (202, 1, 'DO', 'Physician (DO)', 'STATE_LICENCE', false, true),
    (203, 1, 'PSYD', 'Licensed psychologist (PhD/PsyD)', 'STATE_LICENCE', false, true),
    (204, 1, 'APRN', 'Advanced practice registered nurse', 'STATE_LICENCE', false, true),
    (205, 1, 'RN', 'Registered nurse', 'STATE_LICENCE', false, true),
    (206, 1, 'LCSW', 'Licensed clinical social worker', 'STATE_LICENCE', false, true),
    (207, 1, 'LMSW', 'Licensed master social worker (supervised)', 'STATE_LICENCE', true, true),
    (208, 1, 'LPC', 'Licensed professional counsellor', 'STATE_LICENCE', false, true),
    (209, 1, 'LPC-A', 'Licensed professional counsellor associate', 'STATE_LICENCE', true, true),
    (210, 1, 'LMFT', 'Licensed marriage and family therapist', 'STATE_LICENCE', false, true),
    (211, 1, 'AMFT', 'Associate marriage and family therapist', 'STATE_LICENCE', true, true),
    (212, 1, 'LADC', 'Licensed alcohol and drug counsellor', 'STATE_LICENCE', false, true),
    (213, 1, 'CADC', 'Certified alcohol and drug counsellor', 'CERTIFICATION', false, true),
    (214, 1, 'CPRS', 'Certified peer recovery specialist', 'CERTIFICATION', false, true),
    (215, 1, 'DEA', 'DEA registration', 'DEA_REGISTRATION', false, true),
    (216, 1, 'ABPN', 'ABPN board certification', 'BOARD_CERTIFICATION', false, true),
    (217, 1, 'PMHNP-BC', 'ANCC PMHNP board certification', 'BOARD_CERTIFICATION', false, true),
    (218, 1, 'COI', 'Malpractice certificate of insurance', 'MALPRACTICE_INSURANCE', false, true),
    (219, 1, 'BLS', 'CPR / basic life support', 'CPR_FIRST_AID', false, true),
    (220, 1, 'OTHER', 'Other', 'OTHER', false, true);

-- Which credential type allows which service; "requires_kind" names a second credential the holder must also
-- have verified (medication management needs a DEA registration besides the licence).
create table service_eligibility (
    id                 bigint      not null primary key,
    version            bigint      not null,
    credential_type_id bigint      not null references credential_type (id),
    service            varchar(30) not null,
    requires_kind      varchar(30),
    constraint service_eligibility_uq unique (credential_type_id, service),
    constraint service_eligibility_service_ck check (service in ('INDIVIDUAL_COUNSELLING', 'GROUP_THERAPY',
        'FAMILY_THERAPY', 'EDUCATIONAL_WORKSHOP', 'MEDICATION_MANAGEMENT', 'SUPERVISION'))
);
insert into service_eligibility (id, version, credential_type_id, service, requires_kind) values
    (301, 1, 201, 'INDIVIDUAL_COUNSELLING', null), (302, 1, 201, 'GROUP_THERAPY', null),
    (303, 1, 201, 'FAMILY_THERAPY', null), (304, 1, 201, 'EDUCATIONAL_WORKSHOP', null),
    (305, 1, 201, 'MEDICATION_MANAGEMENT', 'DEA_REGISTRATION'), (306, 1, 201, 'SUPERVISION', null),
    (311, 1, 202, 'INDIVIDUAL_COUNSELLING', null), (312, 1, 202, 'GROUP_THERAPY', null),
    (313, 1, 202, 'FAMILY_THERAPY', null), (314, 1, 202, 'EDUCATIONAL_WORKSHOP', null),
    (315, 1, 202, 'MEDICATION_MANAGEMENT', 'DEA_REGISTRATION'), (316, 1, 202, 'SUPERVISION', null),
    (321, 1, 203, 'INDIVIDUAL_COUNSELLING', null), (322, 1, 203, 'GROUP_THERAPY', null),
    (323, 1, 203, 'FAMILY_THERAPY', null), (324, 1, 203, 'EDUCATIONAL_WORKSHOP', null),
    (326, 1, 203, 'SUPERVISION', null),
    (331, 1, 204, 'INDIVIDUAL_COUNSELLING', null), (332, 1, 204, 'GROUP_THERAPY', null),
    (334, 1, 204, 'EDUCATIONAL_WORKSHOP', null), (335, 1, 204, 'MEDICATION_MANAGEMENT', 'DEA_REGISTRATION'),
    (344, 1, 205, 'EDUCATIONAL_WORKSHOP', null),
    (351, 1, 206, 'INDIVIDUAL_COUNSELLING', null), (352, 1, 206, 'GROUP_THERAPY', null),
    (353, 1, 206, 'FAMILY_THERAPY', null), (354, 1, 206, 'EDUCATIONAL_WORKSHOP', null),
    (356, 1, 206, 'SUPERVISION', null),
    (361, 1, 207, 'INDIVIDUAL_COUNSELLING', null), (362, 1, 207, 'GROUP_THERAPY', null),
    (364, 1, 207, 'EDUCATIONAL_WORKSHOP', null),
    (371, 1, 208, 'INDIVIDUAL_COUNSELLING', null), (372, 1, 208, 'GROUP_THERAPY', null),
    (373, 1, 208, 'FAMILY_THERAPY', null), (374, 1, 208, 'EDUCATIONAL_WORKSHOP', null),
    (376, 1, 208, 'SUPERVISION', null),
    (381, 1, 209, 'INDIVIDUAL_COUNSELLING', null), (382, 1, 209, 'GROUP_THERAPY', null),
    (384, 1, 209, 'EDUCATIONAL_WORKSHOP', null),
    (391, 1, 210, 'INDIVIDUAL_COUNSELLING', null), (392, 1, 210, 'GROUP_THERAPY', null),
    (393, 1, 210, 'FAMILY_THERAPY', null), (394, 1, 210, 'EDUCATIONAL_WORKSHOP', null),
    (396, 1, 210, 'SUPERVISION', null),
    (401, 1, 211, 'INDIVIDUAL_COUNSELLING', null), (402, 1, 211, 'GROUP_THERAPY', null),
    (403, 1, 211, 'FAMILY_THERAPY', null), (404, 1, 211, 'EDUCATIONAL_WORKSHOP', null),
    (411, 1, 212, 'INDIVIDUAL_COUNSELLING', null), (412, 1, 212, 'GROUP_THERAPY', null),
    (414, 1, 212, 'EDUCATIONAL_WORKSHOP', null),
    (422, 1, 213, 'GROUP_THERAPY', null), (424, 1, 213, 'EDUCATIONAL_WORKSHOP', null),
    (434, 1, 214, 'EDUCATIONAL_WORKSHOP', null);

create table staff_member (
    id                  bigint       not null primary key,
    version             bigint       not null,
    first_name          varchar(60)  not null,
    middle_name         varchar(60),
    last_name           varchar(60)  not null,
    sort_name           varchar(130) not null,
    date_of_birth       date         not null,
    npi                 char(10),
    email               varchar(254),
    discipline_id       bigint       not null references discipline (id),
    home_site_id        bigint       not null references site (id),
    supervisor_id       bigint       references staff_member (id),
    supervision_start   date,
    supervision_end     date,
    employment_status   varchar(20)  not null,
    employment_start    date         not null,
    employment_end      date,
    active              boolean      not null,
    excluded            boolean      not null,
    last_screened_on    date,
    last_licence_check  date,
    created_at          timestamp with time zone not null,
    constraint staff_member_npi_uq unique (npi),
    constraint staff_member_employment_ck check (employment_status in ('ACTIVE', 'ON_LEAVE', 'ENDED'))
);
create index staff_member_sort_ix on staff_member (sort_name, id);
create index staff_member_discipline_ix on staff_member (discipline_id);
create index staff_member_home_site_ix on staff_member (home_site_id);
create index staff_member_supervisor_ix on staff_member (supervisor_id);
create index staff_member_dob_ix on staff_member (date_of_birth);

create table staff_site (
    staff_id bigint not null references staff_member (id),
    site_id  bigint not null references site (id),
    primary key (staff_id, site_id)
);
create index staff_site_site_ix on staff_site (site_id, staff_id);

create table credential (
    id                   bigint       not null primary key,
    version              bigint       not null,
    staff_id             bigint       not null references staff_member (id),
    type_id              bigint       not null references credential_type (id),
    kind                 varchar(30)  not null,
    number               varchar(40)  not null,
    issuer               varchar(120) not null,
    state                char(2),
    issue_date           date,
    expiry_date          date,
    restrictions         varchar(2000),
    active               boolean      not null,
    verified_on          date,
    verified_outcome     varchar(30),
    needs_reverification boolean      not null,
    attention_date       date         not null,
    attention_limit_days integer      not null,
    claimed_by           varchar(60),
    claimed_at           timestamp with time zone,
    created_at           timestamp with time zone not null,
    constraint credential_kind_ck check (kind in ('STATE_LICENCE', 'CERTIFICATION', 'DEA_REGISTRATION',
        'BOARD_CERTIFICATION', 'MALPRACTICE_INSURANCE', 'CPR_FIRST_AID', 'OTHER'))
);
create index credential_staff_ix on credential (staff_id);
create index credential_attention_ix on credential (active, attention_date, id);
create index credential_expiry_ix on credential (active, expiry_date, id);
create index credential_type_ix on credential (type_id);

create table verification (
    id            bigint        not null primary key,
    version       bigint        not null,
    credential_id bigint        not null references credential (id),
    staff_id      bigint        not null references staff_member (id),
    source        varchar(30)   not null,
    method        varchar(30)   not null,
    verified_on   date          not null,
    verified_by   varchar(60)   not null,
    outcome       varchar(30)   not null,
    reference     varchar(200),
    note          varchar(2000),
    recorded_at   timestamp with time zone not null,
    constraint verification_outcome_ck check (outcome in ('VERIFIED', 'DISCREPANCY', 'NOT_FOUND', 'RESTRICTED',
        'SUSPENDED_OR_REVOKED'))
);
create index verification_credential_ix on verification (credential_id, verified_on desc, id desc);
create index verification_staff_ix on verification (staff_id);

create table credentialing_decision (
    id               bigint        not null primary key,
    version          bigint        not null,
    staff_id         bigint        not null references staff_member (id),
    kind             varchar(20)   not null,
    outcome          varchar(20)   not null,
    decided_on       date          not null,
    decided_by       varchar(60)   not null,
    conditions       varchar(2000),
    notified_on      date,
    recredential_due date          not null,
    recorded_at      timestamp with time zone not null,
    constraint decision_kind_ck check (kind in ('INITIAL', 'RECREDENTIALING')),
    constraint decision_outcome_ck check (outcome in ('APPROVED', 'CONDITIONAL', 'DENIED'))
);
create index decision_staff_ix on credentialing_decision (staff_id, decided_on desc, id desc);
create index decision_due_ix on credentialing_decision (recredential_due);

alter table staff_member add column latest_decision_id bigint references credentialing_decision (id);
create index staff_member_decision_ix on staff_member (latest_decision_id);

create table supervised_hours (
    id            bigint        not null primary key,
    version       bigint        not null,
    staff_id      bigint        not null references staff_member (id),
    supervisor_id bigint        not null references staff_member (id),
    worked_on     date          not null,
    hours         numeric(5, 2) not null,
    note          varchar(500),
    recorded_by   varchar(60)   not null,
    constraint supervised_hours_ck check (hours > 0 and hours <= 24)
);
create index supervised_hours_staff_ix on supervised_hours (staff_id, worked_on desc);
