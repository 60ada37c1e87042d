package vn.ntm.criteria.entry;

import java.util.List;

/** One line of the template, column by column as text. */
record TemplateRow(List<String> cells) {

    String cell(TemplateColumn column) {
        return column.ordinal() < cells.size() ? blankToNull(cells.get(column.ordinal())) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
