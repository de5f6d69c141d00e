-- Design Lab schema, version 13: what notes, themes and actions speak to among the Well-being
-- of Future Generations (Wales) Act 2015's goals and ways of working and the Social Partnership
-- and Public Procurement (Wales) Act 2023's duties. Append-only: never edit a shipped migration.

-- The catalogue's keys (src-tauri/core/src/synthesis/goals.rs), so a tag can only be one of
-- them; their names are the app's messages, in each language.
CREATE TABLE goal (
    key TEXT PRIMARY KEY NOT NULL
) STRICT;

INSERT INTO goal (key) VALUES
    ('prosperous'), ('resilient'), ('healthier'), ('more_equal'), ('cohesive_communities'),
    ('vibrant_culture'), ('globally_responsible'),
    ('long_term'), ('integration'), ('involvement'), ('collaboration'), ('prevention'),
    ('social_partnership'), ('fair_work'), ('socially_responsible_procurement');

-- Each holds a set, shown in the catalogue's order.
CREATE TABLE input_goal (
    input_id TEXT NOT NULL REFERENCES input (id) ON DELETE CASCADE,
    lab_id   TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    goal     TEXT NOT NULL REFERENCES goal (key),
    PRIMARY KEY (input_id, goal)
) STRICT;

CREATE TABLE theme_goal (
    theme_id TEXT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    lab_id   TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    goal     TEXT NOT NULL REFERENCES goal (key),
    PRIMARY KEY (theme_id, goal)
) STRICT;

CREATE TABLE action_goal (
    action_id TEXT NOT NULL REFERENCES lab_action (id) ON DELETE CASCADE,
    lab_id    TEXT NOT NULL REFERENCES lab (id) ON DELETE CASCADE,
    goal      TEXT NOT NULL REFERENCES goal (key),
    PRIMARY KEY (action_id, goal)
) STRICT;

CREATE INDEX input_goal_by_lab ON input_goal (lab_id, goal);
CREATE INDEX theme_goal_by_lab ON theme_goal (lab_id, goal);
CREATE INDEX action_goal_by_lab ON action_goal (lab_id, goal);
