-- The training log: sessions a person trained, the sets in them, the morning pain checks that
-- follow a painful session, and body weight. Every row belongs to one account and goes with it
-- (ON DELETE CASCADE). Ids are made by the client (an offline phone) or derived from an imported
-- file, so they are unique per account: the primary keys start with the account, which also
-- makes every lookup owner-scoped by construction.
create table training_session (
    account_id  bigint      not null references account (id) on delete cascade,
    id          uuid        not null,
    title       text,
    started_at  timestamptz not null,
    ended_at    timestamptz,
    feeling     smallint    check (feeling between 1 and 5),
    note        text,
    plan_id     uuid,
    plan_week   smallint,
    plan_day    smallint,
    created_at  timestamptz not null default now(),
    primary key (account_id, id)
);

create index training_session_started_idx on training_session (account_id, started_at desc);
create index training_session_plan_idx on training_session (account_id, plan_id, plan_week, plan_day);

create table training_set (
    account_id    bigint       not null,
    session_id    uuid         not null,
    id            uuid         not null,
    position      int          not null,
    -- null when an imported name matched no exercise of the atlas; the name is kept either way
    exercise_slug text,
    exercise_name text         not null,
    set_type      text         not null check (set_type in ('warm-up', 'working', 'drop', 'failure')),
    reps          int          check (reps between 0 and 1000),
    load_kg       numeric(7, 2) check (load_kg >= 0),
    hold_seconds  int          check (hold_seconds between 1 and 86400),
    side          text         not null default 'both' check (side in ('left', 'right', 'both')),
    rpe           numeric(3, 1) check (rpe between 1 and 10),
    rir           smallint     check (rir between 0 and 10),
    pain          smallint     check (pain between 0 and 10),
    note          text,
    completed_at  timestamptz  not null,
    created_at    timestamptz  not null default now(),
    primary key (account_id, id),
    foreign key (account_id, session_id) references training_session (account_id, id) on delete cascade,
    check (reps is not null or hold_seconds is not null)
);

create index training_set_session_idx on training_set (account_id, session_id, position);
create index training_set_exercise_idx on training_set (account_id, exercise_slug, completed_at);

create table pain_check (
    account_id         bigint      not null,
    session_id         uuid        not null,
    morning_pain       smallint    not null check (morning_pain between 0 and 10),
    compared_to_before text        not null check (compared_to_before in ('better', 'same', 'worse')),
    checked_at         timestamptz not null default now(),
    primary key (account_id, session_id),
    foreign key (account_id, session_id) references training_session (account_id, id) on delete cascade
);

create table body_weight (
    account_id bigint        not null references account (id) on delete cascade,
    day        date          not null,
    kg         numeric(5, 2) not null check (kg between 20 and 400),
    primary key (account_id, day)
);
