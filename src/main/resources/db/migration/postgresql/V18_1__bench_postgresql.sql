-- Benchmark fixes (issue 7), PostgreSQL only.
-- The LEIE import COPYs its rows (staff/control/EntryWriter) and takes the ids from the same sequence as the batches.
alter table exclusion_entry alter column id set default nextval('exclusion_entry_seq');
