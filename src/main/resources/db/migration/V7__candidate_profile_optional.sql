-- A candidate's name is free text and its framework profile is chosen apart from it: a candidate may
-- have no profile (null), and is then judged without one. The key used to be derived from the name's
-- first word, which for names such as "@nestjs/core" was blank and broke every report and decision of
-- the evaluation: such keys become "no profile".
alter table candidate alter column framework drop not null;
update candidate set framework = null where trim(framework) = '';
