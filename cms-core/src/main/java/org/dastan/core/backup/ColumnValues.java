package org.dastan.core.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns column values into JSON values that read the same on H2 and PostgreSQL, and back:
 * booleans and whole numbers as JSON's own, decimals as exact strings, dates and times in
 * ISO 8601 (instants in UTC), binary data in Base64, text (large or not) as strings.
 * Which way a value goes back is decided by the column it goes into, so an archive of one
 * database restores into the other.
 */
final class ColumnValues {

	private ColumnValues() {
	}

	static Object read(ResultSet row, int index, int type, String typeName) throws SQLException {
		Object value = switch (type) {
			case Types.BIT, Types.BOOLEAN -> row.getBoolean(index);
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> row.getLong(index);
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> row.getDouble(index);
			case Types.NUMERIC, Types.DECIMAL -> plain(row.getBigDecimal(index));
			case Types.DATE -> row.getObject(index, LocalDate.class);
			case Types.TIME -> row.getObject(index, LocalTime.class);
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> isZoned(type, typeName)
					? utc(row.getObject(index, OffsetDateTime.class)) : row.getObject(index, LocalDateTime.class);
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> base64(row.getBytes(index));
			default -> row.getString(index);
		};
		if (row.wasNull() || value == null) {
			return null;
		}
		return (value instanceof Boolean || value instanceof Number || value instanceof String) ? value
				: value.toString();
	}

	static void bind(PreparedStatement statement, int index, Object value, Schema.Column column) throws SQLException {
		if (value == null) {
			statement.setNull(index, column.type());
			return;
		}
		switch (column.type()) {
			case Types.BIT, Types.BOOLEAN -> statement.setBoolean(index, (Boolean) value);
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> statement.setInt(index, ((Number) value).intValue());
			case Types.BIGINT -> statement.setLong(index, ((Number) value).longValue());
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
			case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value.toString()));
			case Types.DATE -> statement.setObject(index, LocalDate.parse(value.toString()));
			case Types.TIME -> statement.setObject(index, LocalTime.parse(value.toString()));
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
				statement.setObject(index, isZoned(column.type(), column.typeName()) ? instant(value.toString())
						: LocalDateTime.parse(value.toString()));
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
				statement.setBytes(index, Base64.getDecoder().decode(value.toString()));
			default -> statement.setString(index, value.toString());
		}
	}

	private static boolean isZoned(int type, String typeName) {
		String name = (typeName != null) ? typeName.toLowerCase(Locale.ROOT) : "";
		return type == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz") || name.contains("time zone");
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static String utc(OffsetDateTime value) {
		return (value != null) ? value.withOffsetSameInstant(ZoneOffset.UTC).toString() : null;
	}

	// A zoned column's value from an archive whose column had no zone is taken as UTC.
	private static OffsetDateTime instant(String value) {
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
		}
	}

	private static String base64(byte[] value) {
		return (value != null) ? Base64.getEncoder().encodeToString(value) : null;
	}

}
