-- Applications residents send by email (DIK JAMILA ME-WA, LANDA MEWA): each email of the office's
-- mailbox, read over IMAP, stored once per Message-ID with its attachments before anything is
-- decided; a relay then decides (service named, files acceptable), opens the case or refuses, and
-- answers by email through the notification outbox.
create table mail_application (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    office_id        bigint        not null references office (id),
    message_id       varchar(998)  not null,
    from_address     varchar(254)  not null,
    subject          varchar(998),
    text             varchar(20000),
    sent_at          timestamptz,
    received_at      timestamptz   not null,
    reference        varchar(20)   not null unique,
    status           varchar(10)   not null check (status in ('RECEIVED', 'ACCEPTED', 'REFUSED')),
    service_code     varchar(40),
    refusal          varchar(2000),
    case_id          bigint        references service_case (id),
    case_number      varchar(40),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    processed_at     timestamptz,
    -- the mailbox is read by every instance and again after a crash: an email is stored once
    constraint mail_application_once unique (office_id, message_id),
    check (status <> 'ACCEPTED' or case_id is not null)
);
-- the relay: emails not yet decided, oldest first
create index mail_application_due on mail_application (next_attempt_at, id) where status = 'RECEIVED';

-- the files attached to an email, as they came (checked by their content when the email is decided)
create table mail_attachment (
    mail_application_id  bigint        not null references mail_application (id),
    position             int           not null,
    file_name            varchar(240)  not null,
    content_type         varchar(100)  not null,
    size                 bigint        not null,
    bytes                bytea         not null,
    primary key (mail_application_id, position)
);
