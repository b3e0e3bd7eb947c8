-- Benchmark (issue 7): every LEIE import writes some 80,000 rows into exclusion_entry, and each index on it is paid
-- for on every row. The name index (list_id, last_key, first_key, dob) of V6 serves no query: screening pairs staff
-- with list rows by NPI (exclusion_entry_npi_ix) and by date of birth (exclusion_entry_dob_ix, V18) and compares the
-- names in Java (staff/control/NameMatch), where the keys are also read. Dropped, the import's COPY of the bench's
-- file went from about 1.3 s to 1.0 s on the large bench database. Written once for H2 2.2 and PostgreSQL 15.
drop index if exists exclusion_entry_name_ix;
