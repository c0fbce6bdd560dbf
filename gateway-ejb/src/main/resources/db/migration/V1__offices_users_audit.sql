-- Lintas schema, version 1: offices, their partner institutions, user accounts and the audit log.
-- Every business row belongs to one office (kabupaten/kota), so several offices can share a database.

create table office (
    id          bigint generated always as identity primary key,
    code        varchar(4)   not null unique check (code ~ '^[0-9]{4}$'),
    name        varchar(120) not null,
    province    varchar(80)  not null,
    time_zone   varchar(40)  not null,
    created_at  timestamptz  not null default now()
);
comment on column office.code is 'BPS/Kemendagri regency code, first four digits of every NIK issued there';

create table institution (
    id         bigint generated always as identity primary key,
    office_id  bigint       not null references office (id),
    type       varchar(20)  not null check (type in ('HOSPITAL', 'PUSKESMAS', 'COURIER', 'SCHOOL', 'VILLAGE')),
    code       varchar(40)  not null,
    name       varchar(160) not null,
    unique (office_id, code)
);

create table app_user (
    id              bigint generated always as identity primary key,
    office_id       bigint       not null references office (id),
    institution_id  bigint       references institution (id),
    username        varchar(60)  not null unique check (username = lower(username)),
    full_name       varchar(120) not null,
    role            varchar(20)  not null check (role in ('OPERATOR', 'KASI', 'KABID_DAFDUK', 'KABID_CAPIL', 'KADIS',
                                                          'HOSPITAL', 'COURIER', 'SCHOOL', 'VILLAGE', 'ADMIN')),
    password_hash   varchar(255) not null,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    -- external actors act for an institution, office staff for none
    check ((role in ('HOSPITAL', 'COURIER', 'SCHOOL', 'VILLAGE')) = (institution_id is not null))
);
create index app_user_office on app_user (office_id);

create table audit_entry (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz   not null,
    office_id       bigint        references office (id),
    actor           varchar(60)   not null,
    action          varchar(40)   not null,
    subject         varchar(200),
    detail          varchar(2000),
    remote_address  varchar(64)
);
create index audit_entry_office on audit_entry (office_id, id desc);

-- The audit log is append-only: the database itself refuses changes and deletions.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
