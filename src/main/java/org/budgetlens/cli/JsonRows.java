package org.budgetlens.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query result as a JSON array of objects, one object per line, written by Jackson as the rows come (a result of
 * millions of rows never sits in memory). Decimals stay exact (BigDecimal, never a double), NULL stays null.
 */
final class JsonRows implements ResultFormat.RowWriter {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build().writer().with(new OneObjectPerLine());

    private final List<String> columns;
    private final PrintWriter out;
    private final JsonGenerator json;

    JsonRows(List<String> columns, PrintWriter out) {
        this.columns = columns;
        this.out = out;
        this.json = WRITER.createGenerator(out);
        json.writeStartArray();
    }

    @Override
    public void row(Object[] row) {
        json.writeStartObject();
        for (int c = 0; c < columns.size(); c++) {
            json.writeName(columns.get(c));
            value(row[c]);
        }
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.close();
        out.println();
        out.flush();
    }

    private void value(Object v) {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof BigDecimal d) {
            json.writeNumber(ResultFormat.decimal(d));
        } else if (v instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            json.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            json.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(ResultFormat.text(v));
        }
    }

    /** {@code [}, each object on a line of its own indented by two, {@code "name": value, …}, {@code ]}. */
    private static final class OneObjectPerLine implements PrettyPrinter {

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw("\n  ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(",\n  ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(", ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            g.writeRaw('}');
        }
    }
}
