-- The version of an evaluation's data (set-up, uploads, decision settings), bumped in the same transaction
-- as every change. Reports are cached per (evaluation, data_version), so several app nodes on one database
-- agree: a node that did not see the change itself still reads the new version and recomputes.
-- Not the JPA optimistic-lock column `version`: that one moves only with the evaluation row's own fields.
alter table evaluation add column data_version bigint default 0 not null;
