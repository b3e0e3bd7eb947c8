-- ASAM multidimensional assessments of an episode: the criteria edition, six dimensions rated 0-4 with notes, and
-- the recommended level of care. Written once for H2 2.2 and PostgreSQL 15.

create table asam_assessment (
    id                bigint        not null primary key,
    version           bigint        not null,
    episode_id        bigint        not null references episode (id),
    site_id           bigint        not null references site (id),
    assessed_on       date          not null,
    edition           varchar(10)   not null,
    d1_rating         integer       not null,
    d2_rating         integer       not null,
    d3_rating         integer       not null,
    d4_rating         integer       not null,
    d5_rating         integer       not null,
    d6_rating         integer       not null,
    d1_note           varchar(2000),
    d2_note           varchar(2000),
    d3_note           varchar(2000),
    d4_note           varchar(2000),
    d5_note           varchar(2000),
    d6_note           varchar(2000),
    recommended_level varchar(20),
    assessed_by       varchar(60)   not null,
    recorded_at       timestamp with time zone not null,
    constraint asam_edition_ck check (edition in ('THIRD', 'FOURTH')),
    constraint asam_ratings_ck check (d1_rating between 0 and 4 and d2_rating between 0 and 4 and d3_rating between 0 and 4
        and d4_rating between 0 and 4 and d5_rating between 0 and 4 and d6_rating between 0 and 4),
    constraint asam_level_ck check (recommended_level is null or recommended_level in ('ASAM_1_0', 'ASAM_2_1', 'ASAM_2_5'))
);
create index asam_assessment_episode_ix on asam_assessment (episode_id, assessed_on desc, id desc);
