/**
 * Importers for structured load-test results, one class per format (format id in brackets):
 * {@link dev.benchboard.ingest.format.structured.K6SummaryImporter} ({@code k6-summary}),
 * {@link dev.benchboard.ingest.format.structured.K6NdjsonImporter} ({@code k6-ndjson}),
 * {@link dev.benchboard.ingest.format.structured.JMeterJtlImporter} ({@code jmeter-jtl}),
 * {@link dev.benchboard.ingest.format.structured.VegetaReportImporter} ({@code vegeta}),
 * {@link dev.benchboard.ingest.format.structured.GenericCsvImporter} ({@code generic-csv}),
 * {@link dev.benchboard.ingest.format.structured.GenericJsonImporter} ({@code generic-json}),
 * {@link dev.benchboard.ingest.format.structured.RawLatencyCsvImporter} ({@code raw-latency-csv}).
 *
 * <p>Shared rules: detection by content only (JSON shape or CSV header names); extra columns and
 * fields are ignored; a value that is not a number, negative, NaN or absurd (a latency over 1 h) is
 * a row problem naming line, field and what was expected, and spreadsheet formulas are never numbers
 * (in text fields they are kept verbatim, never evaluated); a wrong column count is a row problem; a
 * cut-off last line is a warning; malformed or truncated JSON documents are fatal with line and
 * column. Per-request formats (k6 NDJSON, JMeter, raw CSV) fill an HdrHistogram through
 * {@code RequestStats}: percentiles are {@code HDR_HISTOGRAM} (3 significant digits), mean, min, max
 * and standard deviation exact; duration runs from the first request's start to the last one's end.
 * Summary formats report figures with the tool's origin ({@code REPORTED}, vegeta {@code T_DIGEST}).
 */
package dev.benchboard.ingest.format.structured;
