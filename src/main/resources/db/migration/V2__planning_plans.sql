-- Generated plans. A plan made without signing in has no owner and is reachable only by its
-- random id; owner_id is filled for people who keep their plans (accounts).
create table plan (
    id          uuid        primary key,
    owner_id    bigint,
    goal        text        not null,
    request     jsonb       not null,
    document    jsonb       not null,
    created_at  timestamptz not null default now()
);

create index plan_owner_idx on plan (owner_id, created_at desc);
