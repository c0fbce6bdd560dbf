-- The admin's failed-sends page also lists birth reports whose case could not be opened (FAILED)
-- and courier legs that could not be booked (DEAD): when they failed, and when the admin gave them
-- up (a report stays FAILED, a leg stays DEAD for the office's courier; neither waits any more).

alter table birth_report add column failed_at timestamptz;
alter table birth_report add column discarded_at timestamptz;
update birth_report set failed_at = received_at where status = 'FAILED';
-- the admin's page: an office's failed reports nobody gave up yet
create index birth_report_failed on birth_report (office_id, failed_at) where status = 'FAILED' and discarded_at is null;

alter table courier_shipment add column discarded_at timestamptz;
create index courier_shipment_dead on courier_shipment (office_id, updated_at) where status = 'DEAD' and discarded_at is null;

-- a leg the office's courier delivered in the portal while the courier's order was only booked:
-- the relay cancels that order (the leg stays DELIVERED)
alter table courier_shipment add column cancel_order boolean not null default false;
drop index courier_shipment_due;
create index courier_shipment_due on courier_shipment (next_attempt_at, id)
    where status in ('WAITING', 'CANCELLING') or cancel_order;
