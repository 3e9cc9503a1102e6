-- People who sign in, their API tokens (stored as SHA-256 hashes, shown once), and the link
-- from plans to their owner. Deleting an account deletes everything personal through the
-- foreign keys.
create table account (
    id            bigserial   primary key,
    email         text        not null,
    password_hash text        not null,
    display_name  text        not null,
    role          text        not null default 'user' check (role in ('user', 'editor', 'admin')),
    created_at    timestamptz not null default now()
);

create unique index account_email_idx on account (lower(email));

create table api_token (
    id           uuid        primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz
);

create index api_token_account_idx on api_token (account_id);

alter table plan add constraint plan_owner_fk foreign key (owner_id) references account (id) on delete cascade;
