-- Files attached to cases: metadata in one table, bytes in another (listing never reads them).

create table case_attachment_content (
    id     bigint generated always as identity primary key,
    bytes  bytea not null
);

create table case_attachment (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references service_case (id),
    label       varchar(200) not null,
    file_name   varchar(200) not null,
    kind        varchar(10)  not null check (kind in ('PDF', 'JPEG', 'PNG')),
    size        int          not null check (size > 0),
    sha256      char(64)     not null,
    step_key    varchar(60),
    added_by    varchar(60)  not null,
    added_at    timestamptz  not null,
    content_id  bigint       not null unique references case_attachment_content (id)
);
create index case_attachment_case on case_attachment (case_id, id);
