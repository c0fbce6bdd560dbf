-- Birth reports from hospitals and puskesmas (SELINTAS): one per hospital and reference, so the
-- same report sent twice finds its case instead of opening a second one. A report is accepted at
-- once (checked, its case number reserved, its scans kept) and its case opened right after by a
-- background worker: an inbox, so a hospital's system never waits for the case work.

create table birth_report (
    id              bigint generated always as identity primary key,
    office_id       bigint       not null references office (id),
    institution_id  bigint       not null references institution (id),
    reference       varchar(64)  not null,
    fingerprint     char(64)     not null,
    channel         varchar(10)  not null check (channel in ('REST', 'SOAP', 'PORTAL')),
    status          varchar(10)  not null check (status in ('RECEIVED', 'OPENED', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(2000),
    case_id         bigint       references service_case (id),
    case_number     varchar(40)  not null unique,
    born_at         timestamptz  not null,
    details         varchar(4000) not null,
    received_at     timestamptz  not null,
    received_by     varchar(60)  not null,
    constraint birth_report_reference unique (institution_id, reference)
);
create index birth_report_case on birth_report (case_id);
-- the worker: accepted reports whose case is still to be opened, oldest first
create index birth_report_due on birth_report (next_attempt_at, id) where status = 'RECEIVED';

-- a report's scans as received, until its case holds them as attachments
create table birth_report_scan (
    id          bigint generated always as identity primary key,
    report_id   bigint       not null references birth_report (id),
    office_id   bigint       not null references office (id),
    position    int          not null,
    kind        varchar(30)  not null,
    file_name   varchar(200) not null,
    content     bytea,
    constraint birth_report_scan_position unique (report_id, position)
);

-- a partner's postal address, for the letters it issues (kop surat)
alter table institution add column address varchar(200);

-- a case's step executions in the order they happened: several made in one transaction (a
-- hospital's report goes through four steps at once) get their ids in no particular order
alter table step_execution add column seq int;
update step_execution e set seq = o.n
    from (select id, row_number() over (partition by case_id order by id) as n from step_execution) o where o.id = e.id;
alter table step_execution alter column seq set not null;
