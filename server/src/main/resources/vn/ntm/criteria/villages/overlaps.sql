-- Whether a province's own set of this level and tier already covers one of the years.
SELECT EXISTS (SELECT 1 FROM criteria_set WHERE unit_level = :level AND tier = :tier
               AND province_code = :province AND year_from <= :year_to AND year_to >= :year_from)
