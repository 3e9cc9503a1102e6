-- Plans stored compactly: the document as gzip-compressed JSON (a 16-week, 7-day plan is
-- about 0.9 MB of JSON and compresses about 30-fold) with its summary beside it for lists.
-- Rows written before keep their jsonb document and are read as they are.
alter table plan add column summary text;
alter table plan add column document_gz bytea;
alter table plan alter column document drop not null;
update plan set summary = document->>'summary';
alter table plan add constraint plan_document_stored check (document is not null or document_gz is not null);
-- already compressed: PostgreSQL should not try again
alter table plan alter column document_gz set storage external;

-- Anonymous plans expire; the cleanup job finds them by age.
create index plan_anonymous_created_idx on plan (created_at) where owner_id is null;
