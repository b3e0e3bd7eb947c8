-- Treatment plans: one plan per episode in numbered versions (draft, awaiting signatures, active and locked,
-- superseded by an amendment, closed at discharge), with problems → goals → measurable objectives →
-- interventions in explicit positions, the three signatures on the version itself, and plan reviews.
-- review_due is stored (and indexed with site and status) so the due list pages in the database.
-- text_key is a goal's or objective's text in lower case without spaces, for the copy-paste check.
-- Written once for H2 2.2 and PostgreSQL 15.

create table treatment_plan (
    id                    bigint        not null primary key,
    version               bigint        not null,
    episode_id            bigint        not null references episode (id),
    site_id               bigint        not null references site (id),
    version_number        integer       not null,
    status                varchar(30)   not null,
    strengths             varchar(2000),
    preferences           varchar(2000),
    discharge_criteria    varchar(2000),
    effective_date        date,
    review_due            date,
    last_reviewed_on      date,
    signed_on             date,
    amendment_reason      varchar(500),
    override_reason       varchar(1000),
    overridden_findings   varchar(2000),
    participant_signed_at timestamp with time zone,
    participant_signed_by varchar(60),
    guardian_name         varchar(120),
    clinician_staff_id    bigint        references staff_member (id),
    clinician_signed_at   timestamp with time zone,
    clinician_signed_by   varchar(60),
    supervisor_required   boolean       not null,
    supervisor_staff_id   bigint        references staff_member (id),
    supervisor_signed_at  timestamp with time zone,
    supervisor_signed_by  varchar(60),
    created_at            timestamp with time zone not null,
    created_by            varchar(60)   not null,
    updated_at            timestamp with time zone not null,
    constraint treatment_plan_version_uq unique (episode_id, version_number),
    constraint treatment_plan_version_ck check (version_number >= 1)
);
create index treatment_plan_due_ix on treatment_plan (site_id, status, review_due, id);
create index treatment_plan_clinician_ix on treatment_plan (clinician_staff_id);
create index treatment_plan_supervisor_ix on treatment_plan (supervisor_staff_id);

create table plan_problem (
    id          bigint        not null primary key,
    version     bigint        not null,
    plan_id     bigint        not null references treatment_plan (id),
    position_no integer       not null,
    dimension   varchar(10)   not null,
    statement   varchar(1000) not null
);
create index plan_problem_plan_ix on plan_problem (plan_id, position_no);

create table plan_goal (
    id          bigint        not null primary key,
    version     bigint        not null,
    problem_id  bigint        not null references plan_problem (id),
    position_no integer       not null,
    statement   varchar(1000) not null,
    own_words   varchar(1000),
    text_key    varchar(1000) not null
);
create index plan_goal_problem_ix on plan_goal (problem_id, position_no);
create index plan_goal_text_ix on plan_goal (text_key);

create table plan_objective (
    id             bigint        not null primary key,
    version        bigint        not null,
    goal_id        bigint        not null references plan_goal (id),
    position_no    integer       not null,
    objective_text varchar(1000) not null,
    measure        varchar(500),
    target_date    date,
    status         varchar(20)   not null,
    text_key       varchar(1000) not null
);
create index plan_objective_goal_ix on plan_objective (goal_id, position_no);
create index plan_objective_text_ix on plan_objective (text_key);

create table plan_intervention (
    id                   bigint      not null primary key,
    version              bigint      not null,
    objective_id         bigint      not null references plan_objective (id),
    position_no          integer     not null,
    modality             varchar(30) not null,
    sessions_per_week    integer     not null,
    minutes_per_session  integer     not null,
    responsible_staff_id bigint      not null references staff_member (id),
    constraint plan_intervention_sessions_ck check (sessions_per_week between 1 and 14),
    constraint plan_intervention_minutes_ck check (minutes_per_session between 5 and 480)
);
create index plan_intervention_objective_ix on plan_intervention (objective_id, position_no);
create index plan_intervention_staff_ix on plan_intervention (responsible_staff_id);

create table plan_review (
    id          bigint        not null primary key,
    version     bigint        not null,
    plan_id     bigint        not null references treatment_plan (id),
    reviewed_on date          not null,
    reviewed_by varchar(60)   not null,
    note        varchar(2000),
    recorded_at timestamp with time zone not null
);
create index plan_review_plan_ix on plan_review (plan_id, reviewed_on desc);

-- The first-plans-due list: a site's open episodes by admission day (the due day is admission plus the site's
-- days), without an active plan.
create index episode_first_plan_ix on episode (site_id, discharge_date, admission_date, id);
create index treatment_plan_episode_status_ix on treatment_plan (episode_id, status);
