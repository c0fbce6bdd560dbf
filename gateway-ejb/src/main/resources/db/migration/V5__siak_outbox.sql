-- The SIAK outbox: writes to the central population database, created in the same transaction
-- as the case step that causes them, delivered by a relay, kept (as dead letters) when refused.

create table siak_submission (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    office_id        bigint        not null references office (id),
    case_id          bigint        references service_case (id),
    case_number      varchar(40),
    kind             varchar(10)   not null check (kind in ('BIRTH', 'BIODATA')),
    idempotency_key  varchar(36)   not null unique,
    payload          varchar(20000) not null,
    status           varchar(10)   not null check (status in ('WAITING', 'ACCEPTED', 'NUMBERED', 'DEAD', 'DISCARDED')),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    draft_id         varchar(60),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
-- the relay: due entries, oldest first (only WAITING ones are in the index)
create index siak_submission_due on siak_submission (next_attempt_at, id) where status = 'WAITING';
create index siak_submission_case on siak_submission (case_id);
create index siak_submission_dead on siak_submission (office_id, updated_at desc) where status = 'DEAD';
