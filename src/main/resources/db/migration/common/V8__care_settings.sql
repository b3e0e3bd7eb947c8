-- A site's own care standard (weekly minimum minutes per level of care, first plan and review due days); an empty
-- value follows the provider-wide default from MicroProfile Config. Written once for H2 2.2 and PostgreSQL 15.

create table care_settings (
    id                        bigint  not null primary key,
    version                   bigint  not null,
    site_id                   bigint  not null references site (id),
    first_plan_days           integer,
    review_days               integer,
    asam21_adult_minutes      integer,
    asam21_adolescent_minutes integer,
    asam25_minutes            integer,
    asam10_minutes            integer,
    constraint care_settings_site_uq unique (site_id),
    constraint care_settings_days_ck check ((first_plan_days is null or first_plan_days between 1 and 365)
        and (review_days is null or review_days between 1 and 365))
);
