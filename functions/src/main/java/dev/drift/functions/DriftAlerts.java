package dev.drift.functions;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends each analysis's alert at most once: a redelivered event, a re-run or the scheduled batch finds the same
 * analysis and sends nothing again. The analysis's run item in the table carries the alert's state; a claim on it
 * (a conditional write only one caller wins) comes before publishing, and a claim whose holder died before sending is
 * taken over after {@link #LEASE}. A holder that dies after publishing and before confirming can cause one repeat
 * after the lease; the analysis id travels with each message so a subscriber can drop it.
 */
public final class DriftAlerts {
    /** Longer than a worker invocation may run (420 s), so a live holder never loses its claim. */
    static final Duration LEASE = Duration.ofMinutes(8);

    private final ResultStore results;
    private final AlertClaims claims;
    private final AlertPublisher publisher;
    private final AlertRule rule;
    private final String resultsBucket;
    private final Clock clock;

    public DriftAlerts(ResultStore results, AlertClaims claims, AlertPublisher publisher, AlertRule rule,
                       String resultsBucket, Clock clock) {
        this.results = results;
        this.claims = claims;
        this.publisher = publisher;
        this.rule = rule;
        this.resultsBucket = resultsBucket;
        this.clock = clock;
    }

    /** After an analysis is stored (or found stored): its alert, when it alerts and this call sent it. */
    public Optional<DriftAlert> afterAnalysis(DriftPipeline.Outcome outcome) {
        AnalysisRecord r = outcome.record();
        if (outcome.effect() == DriftPipeline.Outcome.Effect.SUPERSEDED || r.status() != AnalysisRecord.Status.OK
                || r.scores() == null) {
            return Optional.empty();
        }
        // The record counts its findings: none to read back when it has none (the score alone decides).
        List<Finding> findings = r.findings() == 0 ? List.of() : results.findings(r.reprintKey(), r.analysisId());
        Optional<DriftAlert> alert = DriftAlert.of(r, findings, rule, resultsBucket);
        if (alert.isEmpty()) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        long now = clock.instant().getEpochSecond();
        AlertClaims.Claim claim = claims.claimAlert(r.reprintKey(), r.analysisId(), token, now, now - LEASE.toSeconds());
        if (claim == AlertClaims.Claim.DONE) {
            return Optional.empty();
        }
        if (claim == AlertClaims.Claim.HELD) {
            // Another delivery is sending it now; failing makes this event come back after the lease if it died.
            throw new IllegalStateException("the alert of " + r.reprintKey() + " is being sent by another invocation");
        }
        String messageId;
        try {
            messageId = publisher.publish(alert.get());
        } catch (RuntimeException e) {
            claims.releaseAlert(r.reprintKey(), r.analysisId(), token);
            throw e;
        }
        claims.confirmAlert(r.reprintKey(), r.analysisId(), token, messageId);
        return alert;
    }
}
