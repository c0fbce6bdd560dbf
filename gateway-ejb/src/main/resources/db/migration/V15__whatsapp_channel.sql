-- The WhatsApp channel (DIK JAMILA ME-WA, LANDA MEWA): residents' messages as the Cloud API's
-- webhook delivers them, their conversations with the office, the files they send, the office's
-- answers in an outbox, Meta's delivery reports and the residents' complaints.

-- a resident's message, stored once per wamid before anything is decided; the processing relay
-- fetches its file (if any) and runs the conversation, in the order a phone's messages came
create table wa_inbound (
    id               bigint generated always as identity primary key,
    office_id        bigint        not null references office (id),
    wamid            varchar(128)  not null,
    from_wa          varchar(15)   not null,
    profile_name     varchar(100),
    type             varchar(12)   not null check (type in ('TEXT', 'IMAGE', 'DOCUMENT', 'INTERACTIVE', 'VIDEO', 'AUDIO', 'OTHER')),
    text             varchar(4096),
    media_id         varchar(100),
    mime_type        varchar(100),
    sha256           varchar(100),
    filename         varchar(240),
    caption          varchar(1024),
    reply_id         varchar(256),
    sent_at          timestamptz   not null,
    received_at      timestamptz   not null,
    media_status     varchar(12)   not null check (media_status in ('NONE', 'STORED', 'TOO_LARGE', 'WRONG_TYPE', 'UNREADABLE')),
    media_size       bigint,
    media_file_id    bigint,
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    conversation_id  bigint,
    processed_at     timestamptz,
    -- Meta delivers a webhook again until it hears a 200: a replayed message is stored once
    constraint wa_inbound_wamid unique (office_id, wamid)
);
-- the relay: messages not yet processed, oldest first
create index wa_inbound_due on wa_inbound (next_attempt_at, id) where processed_at is null;
-- a phone's messages in order: the relay looks for earlier unprocessed ones of the same phone
create index wa_inbound_phone on wa_inbound (office_id, from_wa, id) where processed_at is null;

-- a resident's conversation; one open per office and phone
create table wa_conversation (
    id                bigint generated always as identity primary key,
    version           bigint        not null default 0,
    office_id         bigint        not null references office (id),
    phone             varchar(15)   not null,
    reference         varchar(20)   not null unique,
    language          varchar(2)    not null check (language in ('ID', 'EN')),
    state             varchar(12)   not null check (state in ('MENU', 'COLLECTING', 'CONFIRMING', 'SUBMITTED', 'EXPIRED',
                                                              'CANCELLED', 'CLOSED')),
    service_code      varchar(40),
    alternatives      varchar(500),
    skipped           varchar(500),
    case_number       varchar(40),
    created_at        timestamptz   not null,
    last_activity_at  timestamptz   not null,
    reminded_at       timestamptz,
    submitted_at      timestamptz,
    closed_at         timestamptz,
    -- a checklist belongs to a service
    check (state not in ('COLLECTING', 'CONFIRMING', 'SUBMITTED') or service_code is not null)
);
create unique index wa_conversation_open on wa_conversation (office_id, phone)
    where state in ('MENU', 'COLLECTING', 'CONFIRMING', 'SUBMITTED');
-- reminders and expiry: drafts by their last activity
create index wa_conversation_drafts on wa_conversation (last_activity_at) where state in ('MENU', 'COLLECTING', 'CONFIRMING');

-- a file a resident sent, downloaded from Meta and checked by its content
create table wa_media (
    id            bigint generated always as identity primary key,
    office_id     bigint        not null references office (id),
    phone         varchar(15)   not null,
    media_id      varchar(100)  not null,
    content_type  varchar(100)  not null,
    filename      varchar(240),
    sha256        varchar(64)   not null,
    size          bigint        not null,
    bytes         bytea         not null,
    created_at    timestamptz   not null
);
create index wa_media_phone on wa_media (office_id, phone);
alter table wa_inbound add constraint wa_inbound_media foreign key (media_file_id) references wa_media (id);
alter table wa_inbound add constraint wa_inbound_conversation foreign key (conversation_id) references wa_conversation (id);

-- the documents of a conversation's checklist that came in
create table wa_conversation_document (
    conversation_id  bigint        not null references wa_conversation (id),
    position         int           not null,
    requirement_key  varchar(60)   not null,
    alternative      boolean       not null,
    wamid            varchar(128)  not null,
    media_id         varchar(100),
    file_id          bigint        not null references wa_media (id),
    received_at      timestamptz   not null,
    primary key (conversation_id, position)
);

-- the office's answers, an outbox like the notifications'
create table wa_outbound (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    office_id        bigint        not null references office (id),
    case_id          bigint        references service_case (id),
    case_number      varchar(40),
    conversation_id  bigint        references wa_conversation (id),
    to_wa            varchar(15)   not null,
    kind             varchar(10)   not null check (kind in ('TEXT', 'BUTTONS', 'LIST', 'TEMPLATE', 'DOCUMENT')),
    payload          varchar(20000) not null,
    status           varchar(10)   not null check (status in ('WAITING', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'DEAD', 'DISCARDED')),
    wamid            varchar(128)  unique,
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    sent_at          timestamptz,
    status_at        timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    check (status in ('WAITING', 'DEAD', 'DISCARDED') or wamid is not null)
);
-- the relay: due entries, oldest first (only WAITING ones are in the index)
create index wa_outbound_due on wa_outbound (next_attempt_at, id) where status = 'WAITING';
-- a phone's answers go out in order: the relay looks for earlier waiting ones to the same phone
create index wa_outbound_phone on wa_outbound (office_id, to_wa, id) where status = 'WAITING';
create index wa_outbound_dead on wa_outbound (office_id, updated_at desc) where status = 'DEAD';

-- Meta's delivery reports, once per message and status, applied to wa_outbound by the relay
create table wa_status (
    id           bigint generated always as identity primary key,
    office_id    bigint        not null references office (id),
    wamid        varchar(128)  not null,
    status       varchar(10)   not null check (status in ('SENT', 'DELIVERED', 'READ', 'FAILED')),
    reported_at  timestamptz   not null,
    error        varchar(2000),
    received_at  timestamptz   not null,
    applied_at   timestamptz,
    constraint wa_status_once unique (office_id, wamid, status)
);
create index wa_status_pending on wa_status (received_at, id) where applied_at is null;

-- residents' complaints (pengaduan), routed to a kabid
create table wa_complaint (
    id               bigint generated always as identity primary key,
    office_id        bigint        not null references office (id),
    phone            varchar(15)   not null,
    conversation_id  bigint        references wa_conversation (id),
    reference        varchar(20),
    service_code     varchar(40),
    text             varchar(2000) not null,
    routed_to        varchar(20)   not null check (routed_to in ('KABID_CAPIL', 'KABID_DAFDUK')),
    received_at      timestamptz   not null
);
create index wa_complaint_inbox on wa_complaint (office_id, routed_to, received_at desc);
