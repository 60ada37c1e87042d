-- Field edits of infrastructure (issue 13): where a point added at the phone's GPS position came
-- from, and how accurate that position was, so a planner can judge a doubtful one.
ALTER TABLE infrastructure
    ADD COLUMN position_source text CHECK (position_source IN ('gps', 'map')),
    ADD COLUMN position_accuracy_m real CHECK (position_accuracy_m >= 0 AND position_accuracy_m <= 10000),
    ADD CHECK (position_accuracy_m IS NULL OR position_source = 'gps');
COMMENT ON COLUMN infrastructure.position_source IS 'Field edits: gps (the phone''s position) or map (a tapped or drawn place)';
COMMENT ON COLUMN infrastructure.position_accuracy_m IS 'The GPS accuracy (metres, 68 %) the phone reported for the position';
