-- LANDA MEWA sends the printed KIA/KTP-el to the applicant's home by courier: a third kind of
-- courier leg, to the delivery address the operator read from the application (the KK's).
alter table service_case add column delivery_address varchar(300);
alter table courier_shipment drop constraint courier_shipment_leg_check;
alter table courier_shipment add constraint courier_shipment_leg_check check (leg in ('PICKUP', 'RETURN', 'DELIVERY'));
