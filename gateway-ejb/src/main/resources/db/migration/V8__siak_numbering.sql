-- SIAK numbers a draft some time after accepting it: the relay asks about accepted drafts (backing
-- off) and keeps what SIAK issued (NIK, KK, akta kelahiran, KIA numbers, or the changed fields).

alter table siak_submission add column polls int not null default 0;
alter table siak_submission add column issued_numbers varchar(4000);
alter table siak_submission add column numbered_at timestamptz;
alter table siak_submission add constraint siak_submission_numbered
    check ((status = 'NUMBERED') = (issued_numbers is not null and numbered_at is not null));

-- the relay: accepted drafts due to be asked about, oldest first
create index siak_submission_accepted on siak_submission (next_attempt_at, id) where status = 'ACCEPTED';
