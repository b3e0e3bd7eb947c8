-- Participants (protected health information, site-owned), family members involved in care, and episodes of
-- care with their level of care and primary clinician. Written once for H2 2.2 and PostgreSQL 15.

create table participant (
    id                bigint       not null primary key,
    version           bigint       not null,
    site_id           bigint       not null references site (id),
    record_number     varchar(30)  not null,
    first_name        varchar(60)  not null,
    last_name         varchar(60)  not null,
    preferred_name    varchar(60),
    sort_name         varchar(130) not null,
    date_of_birth     date         not null,
    phone             varchar(30),
    email             varchar(254),
    emergency_contact varchar(200),
    created_at        timestamp with time zone not null,
    constraint participant_record_uq unique (site_id, record_number)
);
create index participant_site_name_ix on participant (site_id, sort_name, id);

create table family_member (
    id                 bigint       not null primary key,
    version            bigint       not null,
    participant_id     bigint       not null references participant (id),
    name               varchar(120) not null,
    relationship       varchar(60)  not null,
    consent_to_involve boolean      not null
);
create index family_member_participant_ix on family_member (participant_id);

create table episode (
    id                   bigint      not null primary key,
    version              bigint      not null,
    participant_id       bigint      not null references participant (id),
    site_id              bigint      not null references site (id),
    admission_date       date        not null,
    track                varchar(30) not null,
    level_of_care        varchar(20) not null,
    referral_source      varchar(30) not null,
    primary_clinician_id bigint      not null references staff_member (id),
    focus                varchar(20) not null,
    discharge_date       date,
    discharge_reason     varchar(30),
    constraint episode_track_ck check (track in ('ADULT_IOP', 'ADOLESCENT_IOP', 'CO_OCCURRING_IOP')),
    constraint episode_level_ck check (level_of_care in ('ASAM_1_0', 'ASAM_2_1', 'ASAM_2_5')),
    constraint episode_focus_ck check (focus in ('MENTAL_HEALTH', 'SUBSTANCE_USE', 'CO_OCCURRING'))
);
create index episode_participant_ix on episode (participant_id, admission_date desc);
create index episode_site_open_ix on episode (site_id, discharge_date);
create index episode_clinician_ix on episode (primary_clinician_id);
