-- Several app nodes share nothing but PostgreSQL: web sessions, rate-limit counters and
-- the events between modules live here instead of in each node's memory.

-- Spring Session JDBC (the library's own PostgreSQL schema).
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Spring Modulith's event publication registry (its v2 PostgreSQL schema): an event
-- whose listener has not finished is kept and sent again after a crash.
create table event_publication (
    id uuid not null,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Fixed-window counters of the sign-in throttle and the per-address limits. Keys are
-- SHA-256 digests, so no email or address is stored in clear.
create table rate_counter (
    key char(64) primary key,
    hits int not null,
    resets_at timestamp with time zone not null
);
create index rate_counter_resets_at on rate_counter (resets_at);
