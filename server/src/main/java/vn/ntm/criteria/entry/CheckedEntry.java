package vn.ntm.criteria.entry;

import java.math.BigDecimal;

/** An entry that passed its checks, resolved to ids and typed values, ready to save. */
record CheckedEntry(Entry entry, UnitSheet unit, int targetId, String result, BigDecimal number, Boolean bool,
        boolean met) {
}
