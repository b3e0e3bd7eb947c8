-- Users who sign in against the hospital's directory (LDAP / Active Directory): the directory checks their password
-- and its groups decide their role and sites. Written once for H2 2.2 and PostgreSQL 15.
alter table app_user add column directory boolean default false not null;
