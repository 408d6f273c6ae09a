package org.amicable.dispute.adapter.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an import file, as text by column name: a CSV file (RFC 4180, UTF-8, a header line
 * naming the columns, comma or semicolon separated) or a JSON array of objects whose keys are the same
 * names. A file that is not UTF-8, names an unknown column, lacks a required one or is malformed is
 * refused whole; a file of more rows than allowed is refused as too large.
 */
final class ImportFile {

    /** Thrown when the file has more rows than allowed (413). */
    static final class TooManyRows extends RuntimeException {
        TooManyRows(int limit) {
            super("the file has more than " + limit + " rows; split it");
        }
    }

    private ImportFile() {
    }

    /** The rows of the file; row {@code i} of the list is row {@code i + 1} of the report. */
    static List<Map<String, String>> rows(byte[] body, boolean csv, Set<String> columns, Set<String> required,
            int maxRows, JsonMapper json) {
        String text = utf8(body);
        return csv ? csv(text, columns, required, maxRows) : json(text, columns, maxRows, json);
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("file", "is not UTF-8 text; export it as UTF-8");
        }
    }

    private static List<Map<String, String>> csv(String text, Set<String> columns, Set<String> required, int maxRows) {
        List<List<String>> records = records(text, maxRows);
        if (records.isEmpty()) {
            throw new InvalidRequestException("file", "is empty; the first line names the columns");
        }
        List<String> header = records.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> seen = new java.util.HashSet<>();
        for (String name : header) {
            if (!columns.contains(name)) {
                throw new InvalidRequestException("file", "unknown column \"" + name + "\"; the columns are " + columns);
            }
            if (!seen.add(name)) {
                throw new InvalidRequestException("file", "column \"" + name + "\" is named twice");
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                throw new InvalidRequestException("file", "has no column \"" + column + "\", which is required");
            }
        }
        List<Map<String, String>> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            Map<String, String> row = new HashMap<>();
            if (record.size() != header.size()) {
                // Kept, and refused with its row number: the other rows go on.
                row.put("", "row has " + record.size() + " fields, the header " + header.size());
            } else {
                for (int c = 0; c < header.size(); c++) {
                    String value = record.get(c).strip();
                    if (!value.isEmpty()) {
                        row.put(header.get(c), value);
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 records: quoted fields may hold separators, quotes (doubled) and line breaks. */
    private static List<List<String>> records(String text, int maxRows) {
        char separator = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                    if (records.size() > maxRows + 1) {
                        throw new TooManyRows(maxRows);
                    }
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new InvalidRequestException("file", "a quoted field is not closed (line " + (records.size() + 1) + ")");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.size() > maxRows + 1) {
            throw new TooManyRows(maxRows);
        }
        return records;
    }

    /** Comma, or semicolon as spreadsheets write in France: whichever the header line uses. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static List<Map<String, String>> json(String text, Set<String> columns, int maxRows, JsonMapper json) {
        JsonNode tree;
        try {
            tree = json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "is not JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isArray()) {
            throw new InvalidRequestException("file", "must be a JSON array of rows, one object each");
        }
        if (tree.size() > maxRows) {
            throw new TooManyRows(maxRows);
        }
        List<Map<String, String>> rows = new ArrayList<>(tree.size());
        for (int i = 0; i < tree.size(); i++) {
            JsonNode node = tree.get(i);
            Map<String, String> row = new HashMap<>();
            if (!node.isObject()) {
                row.put("", "row is not a JSON object");
                rows.add(row);
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                String name = entry.getKey();
                if (!columns.contains(name)) {
                    throw new InvalidRequestException("file", "row " + (i + 1) + ": unknown column \"" + name
                            + "\"; the columns are " + columns);
                }
                JsonNode value = entry.getValue();
                if (value.isNull()) {
                    continue;
                }
                if (value.isString()) {
                    if (!value.getStringValue().isBlank()) {
                        row.put(name, value.getStringValue().strip());
                    }
                } else if (value.isNumber()) {
                    row.put(name, value.getNumberValue().toString());
                } else if (value.isArray() && name.equals("address")) {
                    List<String> lines = new ArrayList<>();
                    value.values().forEach(line -> lines.add(line.coerceStringValue()));
                    row.put(name, String.join("\n", lines));
                } else {
                    row.put("", name + " must be a string or a number");
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
