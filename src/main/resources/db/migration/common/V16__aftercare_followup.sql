-- Follow-up after discharge (issue 6, part 2): one follow-up per discharged episode with its outcome and the first
-- reached contact (days after discharge, so the monthly rates are one grouped query), its checks due at 7 and 30 days
-- (configurable) with a tolerance window, the contact attempts, and alumni group meetings attended after discharge.
-- Episodes already discharged get theirs at start-up (FollowUpBackfill), from the configured days.
-- Written once for H2 2.2 and PostgreSQL 15.

create table follow_up (
    id                 bigint       not null primary key,
    version            bigint       not null,
    site_id            bigint       not null references site (id),
    episode_id         bigint       not null references episode (id),
    participant_id     bigint       not null references participant (id),
    discharge_date     date         not null,
    discharge_month    date         not null,
    outcome            varchar(30),
    outcome_on         date,
    outcome_note       varchar(500),
    first_reached_on   date,
    reached_days       integer,
    unreached_attempts integer      not null,
    alumni_meetings    integer      not null,
    created_at         timestamp with time zone not null,
    constraint follow_up_episode_uk unique (episode_id),
    constraint follow_up_outcome_ck check (outcome is null or outcome in ('ENGAGED_IN_AFTERCARE', 'ATTENDING_ALUMNI_GROUP',
        'READMITTED', 'DECLINED', 'LOST_TO_FOLLOW_UP'))
);
create index follow_up_site_month_ix on follow_up (site_id, discharge_month);
create index follow_up_participant_ix on follow_up (participant_id);

create table follow_up_check (
    id                 bigint       not null primary key,
    version            bigint       not null,
    follow_up_id       bigint       not null references follow_up (id),
    site_id            bigint       not null references site (id),
    offset_days        integer      not null,
    due_date           date         not null,
    opens_on           date         not null,
    window_end         date         not null,
    done_on            date,
    constraint follow_up_check_uk unique (follow_up_id, offset_days),
    constraint follow_up_check_offset_ck check (offset_days between 1 and 366)
);
create index follow_up_check_site_due_ix on follow_up_check (site_id, due_date);
create index follow_up_check_site_end_ix on follow_up_check (site_id, window_end);

create table follow_up_attempt (
    id                 bigint       not null primary key,
    version            bigint       not null,
    follow_up_id       bigint       not null references follow_up (id),
    site_id            bigint       not null references site (id),
    attempted_at       timestamp with time zone not null,
    attempted_on       date         not null,
    method             varchar(20)  not null,
    reached            boolean      not null,
    note               varchar(500),
    recorded_by        varchar(60)  not null,
    constraint follow_up_attempt_method_ck check (method in ('PHONE', 'TEXT', 'EMAIL', 'LETTER', 'IN_PERSON', 'VIDEO'))
);
create index follow_up_attempt_follow_up_ix on follow_up_attempt (follow_up_id, attempted_at);

create table alumni_attendance (
    id                 bigint       not null primary key,
    version            bigint       not null,
    follow_up_id       bigint       not null references follow_up (id),
    site_id            bigint       not null references site (id),
    attended_on        date         not null,
    group_name         varchar(120) not null,
    recorded_by        varchar(60)  not null
);
create index alumni_attendance_follow_up_ix on alumni_attendance (follow_up_id, attended_on);
