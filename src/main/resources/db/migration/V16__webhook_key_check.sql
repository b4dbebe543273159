-- Which key encrypts the webhooks' signing secrets, as a check value only: an HMAC-SHA256 of a fixed text under
-- the key (the key itself stays out of the database, so a copy of the database still reveals no secret). The
-- first node to use a key records it; a node whose key differs refuses to start instead of storing secrets the
-- other nodes cannot read (each node generated its own key when benchboard.webhooks.secret-key was unset).
create table webhook_key (
    id          int         not null primary key,
    fingerprint varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint ck_webhook_key_one_row check (id = 1)
);
