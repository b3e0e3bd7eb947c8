-- Aftercare referrals (issue 6, part 1): the resource directory, 42 CFR Part 2 consents, referrals with their
-- transitions and verified first visit, and the disclosures made (the accounting of disclosures). Categories of
-- information are stored as a comma-separated list of enum names. Written once for H2 2.2 and PostgreSQL 15.

create table resource_service (
    id                  bigint        not null primary key,
    version             bigint        not null,
    name                varchar(160)  not null,
    organisation        varchar(160)  not null,
    service_type        varchar(40)   not null,
    internal_service    boolean       not null,
    contact_name        varchar(120),
    contact_phone       varchar(30),
    contact_email       varchar(254),
    address             varchar(300),
    services_offered    varchar(1000),
    populations_served  varchar(500),
    accepting           boolean       not null,
    covered_entity      varchar(30)   not null,
    sort_name           varchar(160)  not null,
    search_text         varchar(1500) not null,
    constraint resource_service_type_ck check (service_type in ('ALUMNI_GROUP', 'OUTPATIENT_COUNSELLING',
        'STEP_DOWN_OUTPATIENT', 'PEER_SUPPORT', 'MAT_PRESCRIBER', 'PSYCHIATRIC_FOLLOW_UP', 'SOBER_LIVING', 'PRIMARY_CARE',
        'OTHER')),
    constraint resource_service_covered_ck check (covered_entity in ('PART2_PROGRAM', 'HIPAA_COVERED', 'NOT_COVERED'))
);
create index resource_service_sort_ix on resource_service (sort_name, id);
create index resource_service_type_ix on resource_service (service_type);

create table resource_service_site (
    service_id  bigint not null references resource_service (id),
    site_id     bigint not null references site (id),
    primary key (service_id, site_id)
);
create index resource_service_site_site_ix on resource_service_site (site_id, service_id);

create table disclosure_consent (
    id                     bigint        not null primary key,
    version                bigint        not null,
    participant_id         bigint        not null references participant (id),
    site_id                bigint        not null references site (id),
    recipient_service_id   bigint references resource_service (id),
    recipient_type         varchar(40),
    recipient_description  varchar(300)  not null,
    purpose                varchar(500)  not null,
    categories             varchar(300)  not null,
    expires_on             date,
    expiry_event           varchar(300),
    signed_by              varchar(20)   not null,
    guardian_name          varchar(120),
    signed_on              date          not null,
    recorded_by            varchar(60)   not null,
    recorded_at            timestamp with time zone not null,
    revoked_on             date,
    revoked_by             varchar(60),
    revoked_at             timestamp with time zone,
    constraint disclosure_consent_recipient_ck check (recipient_service_id is not null or recipient_type is not null),
    constraint disclosure_consent_expiry_ck check (expires_on is not null or expiry_event is not null),
    constraint disclosure_consent_signed_ck check (signed_by in ('PARTICIPANT', 'GUARDIAN'))
);
create index disclosure_consent_participant_ix on disclosure_consent (participant_id, signed_on);
create index disclosure_consent_site_ix on disclosure_consent (site_id);
create index disclosure_consent_service_ix on disclosure_consent (recipient_service_id);

create table referral (
    id                   bigint        not null primary key,
    version              bigint        not null,
    episode_id           bigint        not null references episode (id),
    participant_id       bigint        not null references participant (id),
    site_id              bigint        not null references site (id),
    service_id           bigint        not null references resource_service (id),
    reason               varchar(1000) not null,
    categories           varchar(300)  not null,
    sud_information      boolean       not null,
    status               varchar(30)   not null,
    status_since         timestamp with time zone not null,
    consent_id           bigint references disclosure_consent (id),
    sent_at              timestamp with time zone,
    decline_reason       varchar(500),
    appointment_date     date,
    closing_outcome      varchar(30),
    created_by           varchar(60)   not null,
    created_at           timestamp with time zone not null,
    first_visit_on       date,
    confirmed_by         varchar(30),
    confirmation_method  varchar(30),
    confirmation_note    varchar(500),
    verified_by          varchar(60),
    verified_at          timestamp with time zone,
    constraint referral_status_ck check (status in ('DRAFT', 'CONSENT_RECORDED', 'SENT', 'ACCEPTED', 'DECLINED',
        'APPOINTMENT_SCHEDULED', 'ATTENDED', 'NO_SHOW', 'CLOSED'))
);
create index referral_episode_ix on referral (episode_id, id);
create index referral_participant_ix on referral (participant_id);
create index referral_site_status_ix on referral (site_id, status, status_since);
create index referral_site_appointment_ix on referral (site_id, appointment_date);
create index referral_service_ix on referral (service_id);
create index referral_consent_ix on referral (consent_id);

create table referral_transition (
    id           bigint        not null primary key,
    version      bigint        not null,
    referral_id  bigint        not null references referral (id),
    from_status  varchar(30),
    to_status    varchar(30)   not null,
    at           timestamp with time zone not null,
    by_user      varchar(60)   not null,
    detail       varchar(500)
);
create index referral_transition_referral_ix on referral_transition (referral_id, at);

create table disclosure (
    id                  bigint        not null primary key,
    version             bigint        not null,
    participant_id      bigint        not null references participant (id),
    site_id             bigint        not null references site (id),
    referral_id         bigint references referral (id),
    service_id          bigint references resource_service (id),
    recipient           varchar(300)  not null,
    categories          varchar(300)  not null,
    sud_information     boolean       not null,
    consent_id          bigint references disclosure_consent (id),
    consent_statement   varchar(2000) not null,
    notice_version      varchar(40)   not null,
    disclosed_at        timestamp with time zone not null,
    disclosed_by        varchar(60)   not null
);
create index disclosure_participant_ix on disclosure (participant_id, disclosed_at);
create index disclosure_site_ix on disclosure (site_id, disclosed_at);
create index disclosure_referral_ix on disclosure (referral_id);
create index disclosure_consent_ix on disclosure (consent_id);
create index disclosure_service_ix on disclosure (service_id);
