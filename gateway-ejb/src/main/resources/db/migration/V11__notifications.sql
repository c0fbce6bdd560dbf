-- Notifications: status callbacks to hospitals and puskesmas, email to families. Like the SIAK
-- outbox, each is written in the transaction of the case step that causes it and delivered by a
-- relay; what cannot be delivered waits for an admin (replay, discard).

-- a partner's status callback: where Lintas POSTs the moves of its cases, and the secret the
-- bodies are signed with (HMAC-SHA256; kept in clear text because signing needs it)
alter table institution add column callback_url varchar(500);
alter table institution add column callback_secret varchar(100);
alter table institution add constraint institution_callback_secret check (callback_url is null or callback_secret is not null);

-- a report still opening its case (in the transaction that takes it in), for the callbacks of
-- the hospital's own steps: almost always empty
create index birth_report_opening on birth_report (institution_id) where case_id is null;

-- how families reach the office, printed in the emails it sends them
alter table office add column contact varchar(300);

create table notification (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    office_id        bigint        not null references office (id),
    case_id          bigint        references service_case (id),
    case_number      varchar(40),
    channel          varchar(10)   not null check (channel in ('CALLBACK', 'EMAIL')),
    event            varchar(40)   not null,
    event_id         varchar(36)   not null unique,
    -- the partner a callback goes to (its URL and secret are read when it is sent)
    institution_id   bigint        references institution (id),
    -- the address an email goes to, and its subject
    recipient        varchar(254),
    subject          varchar(300),
    payload          varchar(20000) not null,
    status           varchar(10)   not null check (status in ('WAITING', 'SENT', 'DEAD', 'DISCARDED')),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    sent_at          timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    check ((channel = 'CALLBACK') = (institution_id is not null)),
    check ((channel = 'EMAIL') = (recipient is not null))
);
-- the relay: due entries, oldest first (only WAITING ones are in the index)
create index notification_due on notification (next_attempt_at, id) where status = 'WAITING';
-- a case's callbacks go out in order: the relay looks for earlier waiting ones of the same case
create index notification_case on notification (case_id, id) where status = 'WAITING';
create index notification_dead on notification (office_id, updated_at desc) where status = 'DEAD';
