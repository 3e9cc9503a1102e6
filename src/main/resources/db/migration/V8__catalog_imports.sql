-- Exercises brought in by an import (free-exercise-db, a folder of Markdown pages) live
-- beside the ones read from catalog/exercises/*.md. "origin" and "foreign_id" say where a
-- row came from; rows without an origin are the catalog files' own, and only those are
-- retired when their file disappears. Re-running an import finds its rows by these two.
alter table exercise add column origin text;
alter table exercise add column foreign_id text;
create unique index exercise_origin_idx on exercise (origin, foreign_id) where origin is not null;

-- A foreign record found to be an exercise we already have: its names become aliases and
-- its source is cited, our own text stays. Kept apart from the exercise's document so a
-- change of the catalog file does not lose the merge.
create table exercise_addition (
    origin      text        not null,
    foreign_id  text        not null,
    slug        text        not null references exercise (slug),
    aliases     jsonb       not null,
    source      text        not null,
    created_at  timestamptz not null default now(),
    primary key (origin, foreign_id)
);

create index exercise_addition_slug_idx on exercise_addition (slug);
