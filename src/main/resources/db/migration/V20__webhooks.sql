-- Webhooks (Standard Webhooks): subscriptions, and the deliveries each one owes.
-- Portable SQL, like the other migrations: the same script runs on H2 (MODE=PostgreSQL)
-- and PostgreSQL.

-- A subscription is never deleted: disabling it (by its owner, or by the worker when
-- deliveries keep failing) keeps the row, the reason and its deliveries. The secret is
-- kept as given to the subscriber, since every delivery is signed with it. cursor_seq is
-- the last change-log position fanned out into deliveries for this subscription.
create table webhook_subscription (
    id                  varchar(36)   primary key,
    owner_key_id        varchar(64)   not null,
    owner_organization  varchar(64)   not null,
    owner_role          varchar(16)   not null,
    owner_label         varchar(200),
    url                 varchar(2000) not null,
    events              varchar(1000) not null,
    filter_organization varchar(64),
    filter_kind         varchar(16),
    filter_software     varchar(100),
    filter_solution     varchar(100),
    filter_category     varchar(64),
    secret              varchar(100)  not null,
    cursor_seq          bigint        not null,
    created_at          timestamp with time zone not null,
    disabled_at         timestamp with time zone,
    disabled_reason     varchar(32),
    disabled_detail     varchar(500)
);
create index ix_webhook_subscription_owner on webhook_subscription (owner_key_id, id);
create index ix_webhook_subscription_cursor on webhook_subscription (disabled_at, cursor_seq);

-- One row per event a subscription is owed; its id is the webhook-id header, the same on
-- every retry. A worker claims a row by locking it (SKIP LOCKED) and taking its lease
-- (lease_owner, lease_until) for the time of one HTTP attempt; an expired lease is taken
-- over, so a crash during an attempt only delays it.
create table webhook_delivery (
    id                  varchar(100)  primary key,
    subscription_id     varchar(36)   not null references webhook_subscription (id),
    seq                 bigint        not null,
    event_type          varchar(32)   not null,
    record_kind         varchar(16)   not null,
    record_id           varchar(100)  not null,
    subject             varchar(200),
    payload             varchar(1000000) not null,
    status              varchar(16)   not null,
    attempts            integer       not null,
    created_at          timestamp with time zone not null,
    first_attempt_at    timestamp with time zone,
    last_attempt_at     timestamp with time zone,
    next_attempt_at     timestamp with time zone,
    delivered_at        timestamp with time zone,
    last_status_code    integer,
    last_error          varchar(500),
    lease_owner         varchar(100),
    lease_until         timestamp with time zone,
    constraint uk_webhook_delivery_event unique (subscription_id, seq)
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
