-- LANDA MEWA sends the printed KIA/KTP-el to the applicant's home by courier: a third kind of
-- courier leg, to the delivery address the operator read from the application (the KK's).
alter table service_case add column delivery_address varchar(300);
-- the courier calls the recipient: the applicant's WhatsApp number, else the phone recorded with the address
alter table service_case add column delivery_phone varchar(20);
alter table courier_shipment drop constraint courier_shipment_leg_check;
alter table courier_shipment add constraint courier_shipment_leg_check check (leg in ('PICKUP', 'RETURN', 'DELIVERY'));

-- the kabid answers a resident's complaint (pengaduan) from the complaints page; the answer goes
-- back to the resident's WhatsApp
alter table wa_complaint add column answer varchar(1000);
alter table wa_complaint add column answered_by varchar(60);
alter table wa_complaint add column answered_at timestamptz;
alter table wa_complaint add constraint wa_complaint_answered check ((answer is null) = (answered_at is null));

-- a file the office sent back to the applicant (LANDA MEWA: "pemohon dipersilahkan melengkapi"):
-- the conversation takes further documents (OPEN) until the resident sends them (SENT), and the
-- relay forwards them to the case; documents_forwarded counts the received documents the case has
alter table wa_conversation add column supplement varchar(4) check (supplement in ('OPEN', 'SENT'));
alter table wa_conversation add column documents_forwarded int not null default 0;
create index wa_conversation_supplements on wa_conversation (last_activity_at) where supplement = 'SENT';
