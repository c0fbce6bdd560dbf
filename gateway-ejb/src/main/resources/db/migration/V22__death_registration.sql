-- DIK JAMILA ME-WA's death registration (akta kematian): the case names the deceased (relation
-- DECEASED) with the date and place of death, which SIAK registers and the akta states.
alter table case_person add column died_on date;
alter table case_person add column death_place varchar(80);
-- ... which goes to SIAK as a death (JENIS KEMATIAN) draft
alter table siak_submission drop constraint siak_submission_kind_check;
alter table siak_submission add constraint siak_submission_kind_check check (kind in ('BIRTH', 'BIODATA', 'DEATH'));
