-- The admin's failed-sends page also shows WhatsApp messages given up and emailed applications
-- that could not be decided.
-- A document message keeps the media id its upload got, so an admin's replay can name the
-- document as still to upload again (a media id is good for some days only).
alter table wa_outbound add column media_id varchar(100);
-- An emailed application that could not be decided after its tries is FAILED and waits for the
-- admin, who has it decided again.
alter table mail_application drop constraint mail_application_status_check;
alter table mail_application add constraint mail_application_status_check
    check (status in ('RECEIVED', 'ACCEPTED', 'SUPPLEMENT', 'REFUSED', 'FAILED'));
-- the admin's page: the office's failed and refused applications, newest first
create index mail_application_unanswered on mail_application (office_id, processed_at desc) where status in ('FAILED', 'REFUSED');
