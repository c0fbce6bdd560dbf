-- Courier legs (SELINTAS steps 5 and 15): the trip of a case's paper file at a courier step,
-- arranged in the transaction in which the case arrives at the step, booked with the courier
-- company by a relay (like the SIAK outbox), and the file's chain of custody: the courier's
-- status reports (deduplicated on its event id) and what the portal's users confirm.

-- where the courier collects from and delivers to: the office's and its partners' address and phone
alter table office add column address varchar(200);
alter table office add column phone varchar(30);
alter table institution add column phone varchar(30);

create table courier_shipment (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    office_id        bigint        not null references office (id),
    case_id          bigint        not null references service_case (id),
    case_number      varchar(40)   not null,
    step_key         varchar(60)   not null,
    leg              varchar(10)   not null check (leg in ('PICKUP', 'RETURN')),
    reference_id     varchar(100)  not null,
    item             varchar(200)  not null,
    from_name        varchar(160)  not null,
    from_address     varchar(500),
    from_phone       varchar(30),
    to_name          varchar(160)  not null,
    to_address       varchar(500),
    to_phone         varchar(30),
    idempotency_key  varchar(36)   not null unique,
    status           varchar(12)   not null check (status in ('WAITING', 'BOOKED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED',
                                                              'CANCELLING', 'CANCELLED', 'DEAD')),
    order_id         varchar(60),
    tracking_id      varchar(60),
    waybill_id       varchar(60),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    -- one leg per case and courier step
    constraint courier_shipment_case_step unique (case_id, step_key),
    -- booked (or told by the courier's reports), the courier's order is known; the office's courier may
    -- carry a file nobody booked (picked up and delivered in the portal)
    check (status not in ('BOOKED', 'IN_TRANSIT', 'CANCELLING') or order_id is not null)
);
-- the relay: legs due to be booked or cancelled, oldest first (only those are in the index)
create index courier_shipment_due on courier_shipment (next_attempt_at, id) where status in ('WAITING', 'CANCELLING');
-- the courier's reports name the order's reference
create index courier_shipment_reference on courier_shipment (reference_id);

create table courier_custody_event (
    id                bigint generated always as identity primary key,
    office_id         bigint        not null references office (id),
    shipment_id       bigint        not null references courier_shipment (id),
    courier_event_id  varchar(100),
    occurred_at       timestamptz   not null,
    recorded_at       timestamptz   not null,
    status            varchar(12)   not null check (status in ('BOOKED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED')),
    source            varchar(12)   not null check (source in ('COURIER_API', 'PORTAL')),
    actor_name        varchar(120),
    actor_phone       varchar(30),
    note              varchar(500),
    recipient_name    varchar(120),
    photo_url         varchar(1000),
    -- the courier's reports carry its event id, the portal's records none
    check ((source = 'COURIER_API') = (courier_event_id is not null))
);
-- a report the courier sends again is recorded once. Per leg: the courier's event ids are unique
-- to its account, but a sandbox restarted against a kept database counts them from 1 again
create unique index courier_custody_event_courier_id on courier_custody_event (shipment_id, courier_event_id)
    where courier_event_id is not null;
create index courier_custody_event_shipment on courier_custody_event (shipment_id, occurred_at);
