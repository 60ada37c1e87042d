SELECT code, name_vi, name_en, color FROM status_level ORDER BY rank
