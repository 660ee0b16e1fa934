-- The catalogue's core: public bodies, categories, catalogue records (software
-- and, later, solutions), usage declarations and the change log.
-- Portable SQL: the same script runs on H2 (MODE=PostgreSQL) and PostgreSQL.
-- JSON values (lists, contacts, patches) are stored as text and read by the
-- application; nothing queries inside them.

create table organization (
    id              varchar(64)  primary key,
    name_fr         varchar(300) not null,
    name_en         varchar(300),
    acronym         varchar(32),
    aliases         varchar(4000) not null,
    type            varchar(32)  not null,
    parent_id       varchar(64)  references organization (id),
    website         varchar(2000),
    revision        bigint       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create table category (
    id              varchar(64)  primary key,
    name_fr         varchar(200) not null,
    name_en         varchar(200) not null
);

-- Surrogate keys come from sequences (not identity columns) so that Hibernate
-- can batch inserts, e.g. when the seed loads thousands of usages.
create sequence catalogue_record_seq start with 1 increment by 50;
create sequence record_usage_seq start with 1 increment by 50;

create table catalogue_record (
    pk                      bigint primary key,
    kind                    varchar(16)   not null,
    id                      varchar(100)  not null,
    name                    varchar(200)  not null,
    normalized_name         varchar(200)  not null,
    aliases                 varchar(4000) not null,
    description_fr          varchar(2000),
    description_en          varchar(2000),
    licence                 varchar(500),
    free_software           boolean,
    curator_note_fr         varchar(2000),
    curator_note_en         varchar(2000),
    homepage                varchar(2000),
    repository              varchar(2000),
    normalized_repository   varchar(2000),
    keywords                varchar(4000) not null,
    platforms               varchar(1000) not null,
    status                  varchar(16)   not null,
    status_reason           varchar(2000),
    submitted_by            varchar(64)   references organization (id),
    usage_count             integer       not null,
    revision                bigint        not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint uk_record_id unique (kind, id),
    constraint uk_record_name unique (kind, normalized_name)
);
-- Not unique: a repository can hold several products (Checkmk and its Livestatus
-- module, say). New submissions that repeat one are refused by the service.
create index ix_record_repository on catalogue_record (kind, normalized_repository);
create index ix_record_usage_count on catalogue_record (kind, usage_count, id);
create index ix_record_updated_at on catalogue_record (kind, updated_at, id);
create index ix_record_name on catalogue_record (kind, normalized_name, id);

create table record_category (
    record_pk       bigint      not null references catalogue_record (pk),
    category_id     varchar(64) not null references category (id),
    primary key (record_pk, category_id)
);
create index ix_record_category_category on record_category (category_id);

-- The SPDX ids that a record's licence expression names, for the licence filter.
create table record_licence (
    record_pk       bigint       not null references catalogue_record (pk),
    licence_id      varchar(100) not null,
    primary key (record_pk, licence_id)
);
create index ix_record_licence_licence on record_licence (licence_id);

create table record_usage (
    pk              bigint primary key,
    record_pk       bigint       not null references catalogue_record (pk),
    organization_id varchar(64)  not null references organization (id),
    installations   varchar(16),
    versions        varchar(2000) not null,
    status          varchar(16),
    since           varchar(10),
    use_case_fr     varchar(2000),
    use_case_en     varchar(2000),
    contacts        varchar(8000) not null,
    source          varchar(64)  not null,
    withdrawn_at    timestamp with time zone,
    revision        bigint       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint uk_usage unique (record_pk, organization_id)
);
create index ix_usage_organization on record_usage (organization_id, record_pk);

-- One row per committed change. seq comes from change_sequence, whose single
-- row every writing transaction locks just before it commits: sequence order is
-- therefore commit order, and a reader following seq never skips a late commit.
create table change_sequence (
    id              integer primary key,
    last_seq        bigint  not null
);
insert into change_sequence (id, last_seq) values (1, 0);

create table change_log (
    seq                 bigint       primary key,
    occurred_at         timestamp with time zone not null,
    record_kind         varchar(16)  not null,
    record_id           varchar(100) not null,
    subject             varchar(200),
    action              varchar(32)  not null,
    revision            bigint       not null,
    actor_organization  varchar(64),
    actor_role          varchar(16),
    actor_label         varchar(200),
    patch               varchar(1000000) not null
);
create index ix_change_log_record on change_log (record_kind, record_id, seq);
