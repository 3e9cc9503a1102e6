-- One canonical spelling per email address (Unicode NFKC, then lower case), computed by the
-- application and used for every look-up and for the throttle, so that look-alike spellings
-- such as U+0130 cannot reach an account under a fresh throttle key. Existing rows get
-- PostgreSQL's own NFKC and lower(); the application recomputes them at start-up.
alter table account add column email_canonical text;

update account set email_canonical = lower(normalize(email, NFKC));

-- Two old rows that only NFKC makes equal: the newer one keeps its row but can no longer be
-- found by address until an admin resolves it (none are expected; the old index was on
-- lower(email)).
update account a set email_canonical = a.email_canonical || '#duplicate-' || a.id
where exists (select 1 from account b where b.email_canonical = a.email_canonical and b.id < a.id);

alter table account alter column email_canonical set not null;

drop index account_email_idx;

create unique index account_email_canonical_idx on account (email_canonical);
