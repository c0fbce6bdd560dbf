-- The audit log becomes a hash chain. Entries are appended without locks; a sealing job gives
-- each committed entry the next sequence number, the previous entry's hash and its own hash
-- (id.lintas.domain.model.audit.AuditChain). The head row records the newest seal, so that
-- deleting the newest entries is detected too.

alter table audit_entry
    add column seal_seq   bigint unique,
    add column prev_hash  char(64),
    add column entry_hash char(64),
    add column sealed_at  timestamptz;
create index audit_entry_unsealed on audit_entry (id) where seal_seq is null;

create table audit_seal (
    id        smallint primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_seal (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- Still append-only; the one change allowed is sealing an unsealed entry, once, without
-- touching what it records.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.seal_seq is null and new.seal_seq is not null
       and (new.id, new.occurred_at, new.office_id, new.actor, new.action, new.subject, new.detail, new.remote_address)
           is not distinct from
           (old.id, old.occurred_at, old.office_id, old.actor, old.action, old.subject, old.detail, old.remote_address) then
        return new;
    end if;
    raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;

create function audit_seal_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.last_seq > old.last_seq then
        return new;
    end if;
    raise exception 'audit_seal only moves forward (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_seal_forward before update or delete on audit_seal
    for each row execute function audit_seal_forward_only();
