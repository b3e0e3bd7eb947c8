-- Timed jobs that must run once per cluster, not once per node: the node that moves a job's lease forward runs it,
-- the others see the lease held and skip. One row per job, seeded here, so taking a lease is a single update
-- (PostgreSQL's row lock makes concurrent takers queue, and the second finds the lease already held).
-- Written once for H2 2.2 and PostgreSQL 15.
create table job_lease (
    job varchar(80) primary key,
    holder varchar(200) not null,
    held_until timestamp with time zone not null,
    taken_at timestamp with time zone
);

insert into job_lease (job, holder, held_until) values ('accreditation-expiry', 'nobody', timestamp with time zone '1970-01-01 00:00:00+00');
