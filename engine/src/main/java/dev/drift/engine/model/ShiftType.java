package dev.drift.engine.model;

/** The family of a change of meaning; the names are the JSON report contract. */
public enum ShiftType {
    NUMBER, HEDGE, MODALITY, ENTITY, DATE, ATTRIBUTION, FRAMING, ALTERED_CLAIM, ADDITION, EDITORIAL, OMISSION, TENSE, ROLE
}
