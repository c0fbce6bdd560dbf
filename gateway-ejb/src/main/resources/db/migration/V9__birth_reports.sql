-- Birth reports from hospitals and puskesmas (SELINTAS): one per hospital and reference, so the
-- same report sent twice finds its case instead of opening a second one.

create table birth_report (
    id              bigint generated always as identity primary key,
    office_id       bigint       not null references office (id),
    institution_id  bigint       not null references institution (id),
    reference       varchar(64)  not null,
    fingerprint     char(64)     not null,
    channel         varchar(10)  not null check (channel in ('REST', 'SOAP', 'PORTAL')),
    case_id         bigint       references service_case (id),
    case_number     varchar(40),
    born_at         timestamptz  not null,
    details         varchar(4000) not null,
    received_at     timestamptz  not null,
    received_by     varchar(60)  not null,
    constraint birth_report_reference unique (institution_id, reference)
);
create index birth_report_case on birth_report (case_id);

-- a partner's postal address, for the letters it issues (kop surat)
alter table institution add column address varchar(200);
