-- Links of the audit chain are never changed or removed either.
create trigger audit_seal_no_change
    before update or delete on audit_seal
    for each row execute function audit_event_append_only();

create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_event_append_only();
