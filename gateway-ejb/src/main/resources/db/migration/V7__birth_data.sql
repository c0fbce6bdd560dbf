-- What a birth needs for SIAK: the child's place of birth and the family's KK number.
alter table case_person add column birth_place varchar(80);
alter table service_case add column family_kk char(16);
