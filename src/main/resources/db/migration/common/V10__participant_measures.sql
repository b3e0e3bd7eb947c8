-- Standardised outcome measures: configurable instruments (score range, severity bands, optional sub-scales, an
-- optional safety item), results per episode, and the safety flags a positive safety item raises (PHQ-9 item 9)
-- until a clinician acknowledges them. Written once for H2 2.2 and PostgreSQL 15. Seeded ids 701-705.

create table instrument (
    id               bigint       not null primary key,
    version          bigint       not null,
    code             varchar(20)  not null,
    name             varchar(120) not null,
    min_score        integer,
    max_score        integer,
    safety_item_max  integer,
    active           boolean      not null,
    constraint instrument_code_uq unique (code),
    constraint instrument_range_ck check ((min_score is null and max_score is null)
        or (min_score is not null and max_score is not null and min_score <= max_score))
);

-- Severity bands: a band starts at its lower bound and runs to the next band's (the first starts at the minimum).
create table instrument_band (
    instrument_id bigint      not null references instrument (id),
    lower_bound   integer     not null,
    label         varchar(60) not null,
    constraint instrument_band_pk primary key (instrument_id, lower_bound)
);

-- Sub-scales (BAM: Use, Risk, Protective): at most three, by position 1-3, each with its own range.
create table instrument_subscale (
    instrument_id bigint      not null references instrument (id),
    position      integer     not null,
    name          varchar(60) not null,
    min_score     integer     not null,
    max_score     integer     not null,
    constraint instrument_subscale_pk primary key (instrument_id, position),
    constraint instrument_subscale_ck check (position between 1 and 3 and min_score <= max_score)
);

create table measure_result (
    id              bigint      not null primary key,
    version         bigint      not null,
    episode_id      bigint      not null references episode (id),
    site_id         bigint      not null references site (id),
    instrument_id   bigint      not null references instrument (id),
    administered_on date        not null,
    total_score     integer,
    sub_score_1     integer,
    sub_score_2     integer,
    sub_score_3     integer,
    safety_item     integer,
    recorded_by     varchar(60) not null,
    recorded_at     timestamp with time zone not null
);
create index measure_result_episode_ix on measure_result (episode_id, instrument_id, administered_on, id);
create index measure_result_instrument_ix on measure_result (instrument_id);

create table safety_flag (
    id                bigint        not null primary key,
    version           bigint        not null,
    measure_result_id bigint        not null references measure_result (id),
    episode_id        bigint        not null references episode (id),
    participant_id    bigint        not null references participant (id),
    site_id           bigint        not null references site (id),
    raised_on         date          not null,
    item_value        integer       not null,
    raised_at         timestamp with time zone not null,
    acknowledged_by   varchar(60),
    acknowledged_at   timestamp with time zone,
    note              varchar(2000),
    constraint safety_flag_result_uq unique (measure_result_id),
    constraint safety_flag_ack_ck check ((acknowledged_at is null and acknowledged_by is null)
        or (acknowledged_at is not null and acknowledged_by is not null and note is not null))
);
create index safety_flag_site_open_ix on safety_flag (site_id, acknowledged_at, raised_on);
create index safety_flag_participant_ix on safety_flag (participant_id, acknowledged_at);
create index safety_flag_episode_ix on safety_flag (episode_id);

-- Participant list: the open episode of each participant (left join on participant and discharge date).
create index episode_participant_open_ix on episode (participant_id, discharge_date);
create index participant_site_dob_ix on participant (site_id, date_of_birth);

insert into instrument (id, version, code, name, min_score, max_score, safety_item_max, active) values
    (701, 1, 'PHQ-9', 'Patient Health Questionnaire (PHQ-9)', 0, 27, 3, true),
    (702, 1, 'GAD-7', 'Generalized Anxiety Disorder scale (GAD-7)', 0, 21, null, true),
    (703, 1, 'BAM', 'Brief Addiction Monitor (BAM)', null, null, null, true),
    (704, 1, 'AUDIT-C', 'Alcohol Use Disorders Identification Test, consumption (AUDIT-C)', 0, 12, null, true),
    (705, 1, 'DAST-10', 'Drug Abuse Screening Test (DAST-10)', 0, 10, null, true);

insert into instrument_band (instrument_id, lower_bound, label) values
    (701, 0, 'Minimal'), (701, 5, 'Mild'), (701, 10, 'Moderate'), (701, 15, 'Moderately severe'), (701, 20, 'Severe'),
    (702, 0, 'Minimal'), (702, 5, 'Mild'), (702, 10, 'Moderate'), (702, 15, 'Severe'),
    (704, 0, 'Negative screen'), (704, 3, 'Positive screen (women)'), (704, 4, 'Positive screen'),
    (705, 0, 'No problems reported'), (705, 1, 'Low'), (705, 3, 'Moderate'), (705, 6, 'Substantial'), (705, 9, 'Severe');

insert into instrument_subscale (instrument_id, position, name, min_score, max_score) values
    (703, 1, 'Use', 0, 12), (703, 2, 'Risk', 0, 28), (703, 3, 'Protective', 0, 24);
