-- Foundation schema: sites, users bound to sites, the append-only audit trail.
-- Written once for H2 and PostgreSQL; vendor-only statements live in db/migration/<vendor>.

create sequence entity_seq start with 1000 increment by 50;

create table site (
    id          bigint       not null primary key,
    version     bigint       not null,
    code        varchar(16)  not null,
    name        varchar(120) not null,
    time_zone   varchar(64)  not null,
    active      boolean      not null,
    constraint site_code_uq unique (code)
);

create table app_user (
    id                  bigint       not null primary key,
    version             bigint       not null,
    username            varchar(60)  not null,
    display_name        varchar(120) not null,
    email               varchar(254),
    role                varchar(20)  not null,
    password_hash       varchar(300) not null,
    active              boolean      not null,
    failed_logins       integer      not null,
    locked_until        timestamp with time zone,
    password_changed_at timestamp with time zone,
    last_login_at       timestamp with time zone,
    created_at          timestamp with time zone not null,
    constraint app_user_username_uq unique (username),
    constraint app_user_role_ck check (role in ('ADMIN', 'SITE_ADMIN', 'CREDENTIALING', 'CLINICIAN', 'AUDITOR'))
);
create index app_user_role_ix on app_user (role, username);

create table app_user_site (
    user_id bigint not null references app_user (id),
    site_id bigint not null references site (id),
    primary key (user_id, site_id)
);
create index app_user_site_site_ix on app_user_site (site_id);

create table audit_event (
    id          bigint generated always as identity primary key,
    at          timestamp with time zone not null,
    actor       varchar(60)  not null,
    actor_role  varchar(20),
    address     varchar(64),
    site_id     bigint,
    action      varchar(20)  not null,
    entity_type varchar(60),
    entity_id   varchar(40),
    summary     varchar(500),
    detail      varchar(100000)
);
create index audit_event_at_ix on audit_event (at desc, id desc);
create index audit_event_actor_ix on audit_event (actor, at desc);
create index audit_event_entity_ix on audit_event (entity_type, entity_id, at desc);
create index audit_event_site_ix on audit_event (site_id, at desc);
create index audit_event_action_ix on audit_event (action, at desc);
