package vn.ntm.exports;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** The rows of each export, read with one statement; the columns are the statement's, in order. */
@Repository
class Exports {

    enum Dataset {
        UNITS("units.sql", List.of("Mã", "Cấp", "Tên", "Mã đơn vị cấp trên", "Đơn vị cấp trên", "Mức đạt chuẩn (mã)",
                "Mức đạt chuẩn", "Số tiêu chí đạt", "Quyết định công nhận", "Dữ liệu minh họa")),
        INFRASTRUCTURE("infrastructure.sql", List.of("ID", "Loại", "Phân loại", "Tên", "Tình trạng", "Hiện trạng",
                "Kết cấu mặt đường", "Đã cứng hóa", "Năm xây dựng", "Mã xã", "Xã", "Mã thôn", "Thôn",
                "Chiều dài (km)", "Kinh độ", "Vĩ độ", "Dữ liệu minh họa"));

        final String sql;
        final List<String> headers;

        Dataset(String file, List<String> headers) {
            this.sql = Sql.load(Exports.class, file);
            this.headers = headers;
        }
    }

    private final JdbcClient jdbc;

    Exports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<Object>> rows(Dataset dataset, String province, int year) {
        return jdbc.sql(dataset.sql).param("province", province).param("year", year).query((rs, n) -> {
            ResultSetMetaData columns = rs.getMetaData();
            List<Object> row = new ArrayList<>(columns.getColumnCount());
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                row.add(rs.getObject(c));
            }
            return row;
        }).list();
    }
}
