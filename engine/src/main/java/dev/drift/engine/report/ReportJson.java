package dev.drift.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The report's JSON form. Nulls are written out: "source": null is part of the contract. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {
    }

    public static String write(DriftReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report is not serialisable", e);
        }
    }

    public static DriftReport read(String json) {
        try {
            return MAPPER.readValue(json, DriftReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a drift report: " + e.getOriginalMessage(), e);
        }
    }
}
