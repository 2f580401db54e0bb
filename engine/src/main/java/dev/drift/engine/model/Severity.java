package dev.drift.engine.model;

/** How much a shift changes what a reader takes away. */
public enum Severity { LOW, MEDIUM, HIGH }
