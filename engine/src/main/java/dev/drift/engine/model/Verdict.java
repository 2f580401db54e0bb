package dev.drift.engine.model;

/** How a reprint's quotation renders its source. */
public enum Verdict { VERBATIM, PARAPHRASED, ALTERED, PROMOTED, FABRICATED }
