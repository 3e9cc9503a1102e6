-- The exercise catalog as loaded from catalog/exercises/*.md. The whole validated record
-- lives in "document"; the columns beside it are for lookups and for people reading the
-- database. A removed file retires its row instead of deleting it, so plans and logs that
-- name the exercise keep working.
create table exercise (
    slug          text primary key,
    name          text        not null,
    body_part     text        not null,
    level         text        not null,
    category      text        not null,
    document      jsonb       not null,
    content_hash  text        not null,
    retired       boolean     not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    retired_at    timestamptz
);

create index exercise_active_idx on exercise (retired, name);

-- One row: bumped whenever the catalog changes, so every app node can tell that its
-- in-memory copy is stale with one cheap query.
create table catalog_state (
    id        int         primary key check (id = 1),
    version   bigint      not null,
    synced_at timestamptz not null
);

insert into catalog_state (id, version, synced_at) values (1, 0, now());
