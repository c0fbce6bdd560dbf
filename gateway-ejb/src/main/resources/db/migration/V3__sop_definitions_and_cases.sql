-- SOP definitions as loaded from the project's definition files (one row per code and version),
-- and the cases that run through them.

create table sop_definition (
    id         bigint generated always as identity primary key,
    code       varchar(40) not null,
    version    int         not null check (version > 0),
    checksum   char(64)    not null,
    content    text        not null,
    loaded_at  timestamptz not null default now(),
    unique (code, version)
);
comment on column sop_definition.checksum is 'SHA-256 of the definition file: a changed file needs a new version';

create sequence case_number_seq;

create table service_case (
    id                        bigint generated always as identity primary key,
    version                   bigint       not null default 0,
    office_id                 bigint       not null references office (id),
    institution_id            bigint       references institution (id),
    case_number               varchar(40)  not null unique,
    sop_definition_id         bigint       not null references sop_definition (id),
    sop_code                  varchar(40)  not null,
    sop_version               int          not null,
    status                    varchar(12)  not null check (status in ('OPEN', 'COMPLETED')),
    current_step              varchar(60),
    opened_at                 timestamptz  not null,
    opened_by                 varchar(60)  not null,
    service_clock_started_at  timestamptz,
    service_deadline          timestamptz,
    closed_at                 timestamptz,
    subject                   varchar(200) not null,
    check ((status = 'OPEN') = (current_step is not null))
);
create index service_case_office on service_case (office_id, opened_at desc);

create table case_person (
    case_id    bigint       not null references service_case (id),
    position   int          not null,
    relation   varchar(20)  not null,
    nik        char(16),
    name       varchar(120) not null,
    sex        varchar(6),
    birth_date date,
    primary key (case_id, position)
);

create table case_item (
    id       bigint generated always as identity primary key,
    case_id  bigint       not null references service_case (id),
    item_no  int          not null,
    kind     varchar(10)  not null,
    label    varchar(160) not null,
    nik      char(16),
    status   varchar(10)  not null check (status in ('ACTIVE', 'RETURNED')),
    note     varchar(1000),
    unique (case_id, item_no)
);

create table step_execution (
    id               bigint generated always as identity primary key,
    case_id          bigint       not null references service_case (id),
    office_id        bigint       not null references office (id),
    step_key         varchar(60)  not null,
    step_no          int          not null,
    performer_roles  varchar(120) not null,
    item_id          bigint       references case_item (id),
    started_at       timestamptz  not null,
    due_at           timestamptz,
    finished_at      timestamptz,
    actor            varchar(60),
    outcome          varchar(12)  check (outcome in ('COMPLETED', 'RETURNED', 'SKIPPED')),
    reason           varchar(1000),
    checklist        varchar(1000),
    escalated_at     timestamptz,
    escalated_to     varchar(20),
    check ((finished_at is null) = (outcome is null))
);
create index step_execution_case on step_execution (case_id, id);
-- inboxes: the open steps of an office, oldest due first (open steps are few even with millions of cases)
create index step_execution_open on step_execution (office_id, due_at, id) where finished_at is null;
-- the escalation job: open, past due, not yet escalated
create index step_execution_to_escalate on step_execution (due_at) where finished_at is null and escalated_at is null;

create table case_comment (
    case_id     bigint        not null references service_case (id),
    position    int           not null,
    step_key    varchar(60),
    author      varchar(60)   not null,
    role        varchar(20)   not null,
    written_at  timestamptz   not null,
    text        varchar(2000) not null,
    primary key (case_id, position)
);
