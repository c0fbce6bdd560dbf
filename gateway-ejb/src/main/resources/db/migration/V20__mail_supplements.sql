-- An email replying to the office about a case (its subject names the case number) brings
-- documents for that case: it is a SUPPLEMENT of the same resident's accepted application,
-- attached to the case, not a new application.
alter table mail_application drop constraint mail_application_status_check;
alter table mail_application add constraint mail_application_status_check
    check (status in ('RECEIVED', 'ACCEPTED', 'SUPPLEMENT', 'REFUSED'));
alter table mail_application add constraint mail_application_supplement_case
    check (status <> 'SUPPLEMENT' or case_id is not null);
-- the accepted application of a case number named in a reply
create index mail_application_case_number on mail_application (office_id, case_number) where status = 'ACCEPTED';
