-- A team's own decision tree and tree parameters (e.g. maxInstances) per evaluation; none = the default tree.
create table decision_settings (
    evaluation_id   bigint primary key references evaluation (id) on delete cascade,
    tree_json       text,
    parameters_json text,
    updated_at      timestamp with time zone not null
);
