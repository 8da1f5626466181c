package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/softstake/staker/store"
)

// JetStreamConsumer takes events from a NATS JetStream stream into the feed, through a
// durable pull consumers, so that a restart resumes where the last one stopped. Each message
// is one event in the JSON form of event.go: a balance event on a subject matching
// BalanceSubject, an activation event on one matching ActivationSubject.
//
// A message is acknowledged only once the store has accepted it or found it a duplicate.
// A malformed message, or one the store refuses for what it is (an id used for other
// content, an event in a closed day), is terminated (never redelivered) and logged with its
// subject and stream sequence. When the store fails otherwise, the messages are negatively
// acknowledged for redelivery after RetryDelay.
type JetStreamConsumer struct {
	// JetStream is the connection's JetStream context.
	JetStream jetstream.JetStream
	// Recorder stores the events.
	Recorder Recorder
	// Stream names the (existing) stream holding the subjects.
	Stream string
	// Durable prefixes the names of the durable consumers; empty means "staker-ingest".
	Durable string
	// BalanceSubject and ActivationSubject filter the stream; empty means
	// "staker.balances.>" and "staker.activations".
	BalanceSubject    string
	ActivationSubject string
	// Batch is how many messages are fetched and stored together; zero means 256.
	Batch int
	// RetryDelay is how long a message waits for redelivery after a store failure; zero
	// means 5 seconds.
	RetryDelay time.Duration
	// Logger receives terminated messages and store failures; nil discards them.
	Logger *slog.Logger
}

// Run consumes until ctx is cancelled, and then returns nil. It returns an error only when
// a consumer cannot be created; fetch failures (NATS unreachable) are logged and retried.
// It keeps two durable consumers, Durable+"-balances" and Durable+"-activations", one per
// subject filter (servers before 2.10 allow one filter per consumer).
func (c *JetStreamConsumer) Run(ctx context.Context) error {
	c.defaults()
	var consumers []jetstream.Consumer
	for _, part := range []struct{ name, subject string }{{"balances", c.BalanceSubject}, {"activations", c.ActivationSubject}} {
		durable := c.Durable + "-" + part.name
		cons, err := c.JetStream.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
			Durable:       durable,
			FilterSubject: part.subject,
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       time.Minute,
			MaxAckPending: 4 * c.Batch,
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("jetstream consumer %s on %s: %w", durable, c.Stream, err)
		}
		consumers = append(consumers, cons)
	}
	var wg sync.WaitGroup
	for _, cons := range consumers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.consume(ctx, cons)
		}()
	}
	wg.Wait()
	return nil
}

// consume fetches and stores batches from one consumer until ctx is cancelled.
func (c *JetStreamConsumer) consume(ctx context.Context, cons jetstream.Consumer) {
	for ctx.Err() == nil {
		batch, err := cons.Fetch(c.Batch, jetstream.FetchMaxWait(time.Second))
		if err == nil {
			var msgs []jetstream.Msg
			for m := range batch.Messages() {
				msgs = append(msgs, m)
			}
			err = batch.Error()
			c.handle(ctx, msgs)
		}
		if err != nil && !errors.Is(err, jetstream.ErrNoMessages) && ctx.Err() == nil {
			c.Logger.WarnContext(ctx, "jetstream fetch failed, retrying", "stream", c.Stream, "consumer", cons.CachedInfo().Name, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}
}

func (c *JetStreamConsumer) defaults() {
	if c.Durable == "" {
		c.Durable = "staker-ingest"
	}
	if c.BalanceSubject == "" {
		c.BalanceSubject = "staker.balances.>"
	}
	if c.ActivationSubject == "" {
		c.ActivationSubject = "staker.activations"
	}
	if c.Batch <= 0 {
		c.Batch = 256
	}
	if c.RetryDelay <= 0 {
		c.RetryDelay = 5 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// handle stores one fetched batch: the balance events together and the activation events
// together, falling back to one message at a time when the store refuses a group.
func (c *JetStreamConsumer) handle(ctx context.Context, msgs []jetstream.Msg) {
	var (
		balMsgs, actMsgs []jetstream.Msg
		balances         []store.BalanceEvent
		activations      []store.ActivationEvent
	)
	for _, m := range msgs {
		switch {
		case subjectMatches(c.BalanceSubject, m.Subject()):
			e, ferr := parseBalanceJSON(m.Data())
			if ferr != nil {
				c.terminate(ctx, m, ferr)
				continue
			}
			balMsgs, balances = append(balMsgs, m), append(balances, e)
		case subjectMatches(c.ActivationSubject, m.Subject()):
			e, ferr := parseActivationJSON(m.Data())
			if ferr != nil {
				c.terminate(ctx, m, ferr)
				continue
			}
			actMsgs, activations = append(actMsgs, m), append(activations, e)
		default:
			c.terminate(ctx, m, errors.New("subject matches neither the balance nor the activation subject"))
		}
	}
	storeGroup(ctx, c, balMsgs, balances, c.Recorder.RecordBalances)
	storeGroup(ctx, c, actMsgs, activations, c.Recorder.RecordActivations)
}

// storeGroup records events (one per message) as one batch and settles the messages; when
// the store refuses the batch, it records them one by one so that only the culprits are
// terminated.
func storeGroup[E any](ctx context.Context, c *JetStreamConsumer, msgs []jetstream.Msg, events []E,
	record func(context.Context, []E) (store.IngestResult, error)) {
	if len(msgs) == 0 {
		return
	}
	_, err := record(ctx, events)
	switch {
	case err == nil:
		for _, m := range msgs {
			c.ack(ctx, m)
		}
		return
	case !refused(err):
		c.retry(ctx, msgs, err)
		return
	}
	for i, m := range msgs {
		_, err := record(ctx, events[i:i+1])
		switch {
		case err == nil:
			c.ack(ctx, m)
		case refused(err):
			c.terminate(ctx, m, err)
		default:
			c.retry(ctx, msgs[i:], err)
			return
		}
	}
}

func (c *JetStreamConsumer) ack(ctx context.Context, m jetstream.Msg) {
	if err := m.Ack(); err != nil {
		// The message comes again and is then a duplicate.
		c.Logger.WarnContext(ctx, "jetstream ack failed", msgAttrs(m, err)...)
	}
}

func (c *JetStreamConsumer) terminate(ctx context.Context, m jetstream.Msg, why error) {
	c.Logger.WarnContext(ctx, "jetstream message refused", msgAttrs(m, why)...)
	if err := m.Term(); err != nil {
		c.Logger.WarnContext(ctx, "jetstream term failed", msgAttrs(m, err)...)
	}
}

func (c *JetStreamConsumer) retry(ctx context.Context, msgs []jetstream.Msg, why error) {
	c.Logger.ErrorContext(ctx, "storing jetstream events failed, redelivery requested", "messages", len(msgs), "delay", c.RetryDelay, "err", why)
	for _, m := range msgs {
		if err := m.NakWithDelay(c.RetryDelay); err != nil {
			c.Logger.WarnContext(ctx, "jetstream nak failed", msgAttrs(m, err)...)
		}
	}
}

// msgAttrs are the log attributes naming a message.
func msgAttrs(m jetstream.Msg, err error) []any {
	attrs := []any{"subject", m.Subject(), "err", err}
	if md, mdErr := m.Metadata(); mdErr == nil {
		attrs = append(attrs, "stream", md.Stream, "seq", md.Sequence.Stream, "deliveries", md.NumDelivered)
	}
	return attrs
}

// subjectMatches reports whether a NATS subject matches a filter with the wildcards "*"
// (one token) and ">" (one or more tokens, last).
func subjectMatches(filter, subject string) bool {
	ft, st := strings.Split(filter, "."), strings.Split(subject, ".")
	for i, f := range ft {
		if f == ">" {
			return len(st) > i
		}
		if i >= len(st) || (f != "*" && f != st[i]) {
			return false
		}
	}
	return len(ft) == len(st)
}
