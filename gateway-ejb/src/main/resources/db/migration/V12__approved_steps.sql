-- A step whose completion is its performer's approval (SELINTAS v4's sign_documents, "approves" in
-- the SOP file) is finished with the outcome APPROVED, so the timeline shows the approval itself.
alter table step_execution drop constraint step_execution_outcome_check;
alter table step_execution add constraint step_execution_outcome_check
    check (outcome in ('COMPLETED', 'APPROVED', 'RETURNED', 'SKIPPED'));
