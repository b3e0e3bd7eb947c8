-- The hourly forgetting of idempotency claims older than a day (IdempotencyCleanup) runs once per cluster, like the
-- accreditation expiry: its lease row. Written once for H2 2.2 and PostgreSQL 15.
insert into job_lease (job, holder, held_until) values ('idempotency-cleanup', 'nobody', timestamp with time zone '1970-01-01 00:00:00+00');
