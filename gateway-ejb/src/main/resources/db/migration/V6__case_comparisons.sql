-- Evidence of the comparisons with SIAK made at a case's steps.
create table case_comparison (
    case_id      bigint        not null references service_case (id),
    position     int           not null,
    step_key     varchar(60)   not null,
    item_no      int,
    visit        int           not null,
    nik          varchar(16)   not null,
    compared_at  timestamptz   not null,
    compared_by  varchar(60)   not null,
    all_match    boolean       not null,
    fields       varchar(4000) not null,
    primary key (case_id, position)
);
