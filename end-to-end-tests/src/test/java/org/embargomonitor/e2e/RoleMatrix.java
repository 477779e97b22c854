package org.embargomonitor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The role matrix of docs/role-matrix.md, read from the table between its markers. */
public final class RoleMatrix {

    public static final List<String> ROLES = List.of("mission-staff", "panel-expert", "committee-member", "admin");

    /** One endpoint and, for each role, whether it may call it. */
    public record Row(String method, String path, Map<String, Boolean> allowed) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RoleMatrix() {
    }

    public static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = lines.indexOf("<!-- role-matrix:start -->");
        int end = lines.indexOf("<!-- role-matrix:end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException(file + " has no role-matrix markers");
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 3, end)) {
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < ROLES.size(); i++) {
                String cell = cells[2 + i].trim();
                if (!cell.equals("yes") && !cell.equals("no")) {
                    throw new IllegalStateException("cell '" + cell + "' in " + line + " is neither yes nor no");
                }
                allowed.put(ROLES.get(i), cell.equals("yes"));
            }
            rows.add(new Row(cells[0].trim(), cells[1].trim(), allowed));
        }
        return rows;
    }
}
