-- The documents a resident's application asks for (DIK JAMILA ME-WA serves any document: a KK, a
-- KIA, ...), which its signing step ("signsAppliedFor") drafts for the kadis's TTE.
alter table service_case add column applied_documents varchar(200);
