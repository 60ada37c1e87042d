-- Thematic maps: the value a unit takes on a theme (criteria met, one criterion's result, an
-- indicator's value, a classification) in a year, read by the commune and village tiles and by the
-- legend's class counts. A theme is (kind, key); an unknown kind or a year without data is NULL,
-- "no data", never 0.

-- A criterion result as a number: met 2, basically met 1, not met 0.
CREATE FUNCTION theme_value(p_unit_id bigint, p_kind text, p_key text, p_year integer) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE p_kind
    WHEN 'criteria_met' THEN CASE WHEN criteria_assessed(p_unit_id, p_year) THEN criteria_met(p_unit_id, p_year) END
    WHEN 'criterion' THEN (
        SELECT CASE r.result WHEN 'met' THEN 2 WHEN 'basically_met' THEN 1 ELSE 0 END
        FROM criterion_result r
        JOIN criterion c ON c.id = r.criterion_id
        JOIN criteria_set s ON s.id = c.set_id AND s.tier = 'standard'
        WHERE r.unit_id = p_unit_id AND r.year = p_year AND c.number::text = p_key
        ORDER BY s.province_code NULLS LAST LIMIT 1)
    WHEN 'indicator' THEN (
        SELECT coalesce(r.value_numeric, r.value_bool::int)
        FROM indicator_result r
        JOIN indicator i ON i.id = r.indicator_id
        WHERE r.unit_id = p_unit_id AND r.year = p_year AND i.code = p_key
        ORDER BY i.id LIMIT 1)
    WHEN 'dbkk' THEN (SELECT k.dbkk::int FROM commune_classification k WHERE k.unit_id = p_unit_id AND k.year = p_year)
    WHEN 'group' THEN (SELECT k.commune_group FROM commune_classification k WHERE k.unit_id = p_unit_id AND k.year = p_year)
    END;

-- Whether a unit meets the theme's own threshold: an indicator's threshold (the one that applies to
-- the unit: region, group, ĐBKK), or every criterion of the year's set; NULL without data.
CREATE FUNCTION theme_met(p_unit_id bigint, p_kind text, p_key text, p_year integer, p_level text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE p_kind
    WHEN 'criteria_met' THEN CASE WHEN criteria_assessed(p_unit_id, p_year)
                                  THEN criteria_met(p_unit_id, p_year) >= criteria_total(p_level, p_year) END
    WHEN 'indicator' THEN (
        SELECT r.met
        FROM indicator_result r
        JOIN indicator i ON i.id = r.indicator_id
        WHERE r.unit_id = p_unit_id AND r.year = p_year AND i.code = p_key
        ORDER BY i.id LIMIT 1)
    END;

-- Indicator values and classifications are drawn on the unit tiles now: their ETags follow them.
CREATE TRIGGER indicator_result_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_result
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('units');
CREATE TRIGGER commune_classification_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commune_classification
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('units');
