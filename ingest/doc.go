// Package ingest owns the intake of balance and activation events from the feed (an HTTP
// endpoint, CSV files dropped in a watched folder, and a NATS JetStream consumer), all
// stored idempotently by event id through a Recorder, and the computation of a token's
// holdings for a day (each user's average balance and eligibility) from the stored events.
package ingest
