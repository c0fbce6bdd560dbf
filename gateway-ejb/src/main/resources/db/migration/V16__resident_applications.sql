-- Applications residents send from home (DIK JAMILA ME-WA, LANDA MEWA) open SOP cases: the case
-- keeps how to reach its applicant (the WhatsApp number or the email address the application came
-- from, the language they wrote in, and the application's reference), so its progress and its
-- signed documents go back the same way.
alter table service_case add column applicant_channel varchar(10) check (applicant_channel in ('WHATSAPP', 'EMAIL'));
alter table service_case add column applicant_address varchar(254);
alter table service_case add column applicant_language varchar(2) check (applicant_language in ('ID', 'EN'));
alter table service_case add column application_reference varchar(20);
alter table service_case add constraint service_case_applicant
    check ((applicant_channel is null) = (applicant_address is null));
-- a submitted application opens one case, whichever instance opens it
create unique index service_case_application on service_case (office_id, application_reference)
    where application_reference is not null;

-- the conversation knows its case, and where the case stands, for the resident's "status"
alter table wa_conversation add column case_id bigint references service_case (id);
alter table wa_conversation add column case_step_id varchar(300);
alter table wa_conversation add column case_step_en varchar(300);
alter table wa_conversation add column case_deadline timestamptz;
-- the relay that opens the cases of submitted applications
create index wa_conversation_to_open on wa_conversation (submitted_at) where state = 'SUBMITTED' and case_id is null;

-- a case's signed document sent to the resident over WhatsApp: uploaded to Graph's media endpoint
-- by the relay just before the message that names it goes out
alter table wa_outbound add column document_id varchar(36) references issued_document (id);

-- the relay opening the cases of submitted applications backs off from one it cannot open yet
alter table wa_conversation add column case_attempts int not null default 0;
alter table wa_conversation add column case_next_attempt_at timestamptz;
alter table wa_conversation add column case_error varchar(2000);
