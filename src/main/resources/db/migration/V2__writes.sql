-- Writing to the catalogue: API keys and idempotent retries.

-- A key's secret is never stored: only its SHA-256 (keys are long random
-- strings, so a fast hash is enough) and a short prefix to recognise it.
create table api_key (
    id              varchar(36)  primary key,
    key_hash        varchar(64)  not null,
    key_prefix      varchar(16)  not null,
    organization_id varchar(64)  not null references organization (id),
    role            varchar(16)  not null,
    label           varchar(200) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(200),
    revoked_at      timestamp with time zone,
    constraint uk_api_key_hash unique (key_hash)
);

-- The first answer to a POST sent with an Idempotency-Key, replayed when the
-- same caller sends the same key again.
create table idempotency_record (
    caller          varchar(64)   not null,
    idempotency_key varchar(200)  not null,
    method          varchar(8)    not null,
    path            varchar(500)  not null,
    request_hash    varchar(64)   not null,
    status          integer       not null,
    location        varchar(500),
    etag            varchar(100),
    body            varchar(1000000),
    created_at      timestamp with time zone not null,
    primary key (caller, idempotency_key)
);
