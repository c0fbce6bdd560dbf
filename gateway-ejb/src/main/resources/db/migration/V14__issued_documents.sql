-- The documents a case issues and the kadis signs electronically (TTE): drafted from the case when it
-- arrives at its signing step ("signs" in the SOP file), signed (PAdES) in the kadis's TTE inbox, and
-- shown to anyone on the public verification page /verifikasi/{id}, whose id is this row's (random,
-- so a document's address cannot be guessed from another's).
create table issued_document (
    id               varchar(36)   primary key,
    version          bigint        not null default 0,
    office_id        bigint        not null references office (id),
    case_id          bigint        not null references service_case (id),
    case_number      varchar(40)   not null,
    step_key         varchar(60)   not null,
    type             varchar(40)   not null,
    status           varchar(20)   not null
        check (status in ('DRAFTING', 'DRAFT_FAILED', 'AWAITING_SIGNATURE', 'SIGNED', 'REVOKED', 'WITHDRAWN')),
    created_at       timestamptz   not null,
    -- drafting: the relay's attempts (SIAK may be unreachable), or why the case cannot give it
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    -- what the draft says (and the public page shows)
    number           varchar(60),
    subject_nik      varchar(16),
    subject_name     varchar(200),
    issued_on        date,
    draft_pdf        bytea,
    drafted_at       timestamptz,
    -- the signature
    signed_pdf       bytea,
    signed_sha256    varchar(64),
    signature_level  varchar(10),
    signer_name      varchar(200),
    signed_by        varchar(60),
    signed_at        timestamptz,
    -- revocation (dicabut): by the kadis, with the reason; replaced_by names the new draft
    revoked_at       timestamptz,
    revoked_by       varchar(60),
    revoke_reason    varchar(500),
    replaced_by      varchar(36)   references issued_document (id)
);
create index issued_document_case on issued_document (case_id, step_key);
create index issued_document_drafting on issued_document (next_attempt_at, id) where status = 'DRAFTING';
create index issued_document_awaiting on issued_document (office_id, created_at) where status = 'AWAITING_SIGNATURE';
create index issued_document_sha256 on issued_document (signed_sha256) where signed_sha256 is not null;

-- Wrong TTE passphrases in a row per signer: three lock signing for a while.
create table tte_signer (
    office_id        bigint        not null references office (id),
    username         varchar(60)   not null,
    failures         int           not null default 0,
    locked_until     timestamptz,
    updated_at       timestamptz   not null,
    primary key (office_id, username)
);

-- A bulk signing run of the kadis: its progress, read by the page's progress bar on any instance.
create table signing_batch (
    id               varchar(36)   primary key,
    office_id        bigint        not null references office (id),
    username         varchar(60)   not null,
    total            int           not null,
    signed           int           not null default 0,
    failed           int           not null default 0,
    status           varchar(12)   not null check (status in ('RUNNING', 'FINISHED')),
    last_error       varchar(2000),
    started_at       timestamptz   not null,
    finished_at      timestamptz
);
create index signing_batch_user on signing_batch (office_id, username, started_at);

-- An email may carry signed documents (their ids, comma-separated): attached as PDFs when it is sent,
-- so the outbox row stays small and the mail carries what is signed at that moment.
alter table notification add column document_ids varchar(400);
