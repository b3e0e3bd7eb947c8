-- Benchmark fixes (issue 7): indexes for the queries that the provider-scale benchmark found scanning.
-- Written once for H2 2.2 and PostgreSQL 15.

-- Exclusion screening joins staff to the list rows of one version by date of birth (staff/control/MatchFinder).
create index exclusion_entry_dob_ix on exclusion_entry (list_id, dob);
