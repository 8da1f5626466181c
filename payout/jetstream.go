package payout

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// MinDuplicateWindow is the shortest JetStream de-duplication window the sink accepts: a
// batch published again within it is stored once.
const MinDuplicateWindow = 24 * time.Hour

// Headers the JetStream sink sets on every message besides Nats-Msg-Id.
const (
	HeaderBatchKey     = "Staker-Batch-Key"
	HeaderManifestHash = "Staker-Manifest-Hash"
)

// ErrTooLarge means a batch's JSON is larger than the NATS server accepts in one message.
var ErrTooLarge = errors.New("batch too large for one message")

// JetStreamConfig configures the JetStream sink. The zero value means the defaults.
type JetStreamConfig struct {
	// Stream is the stream's name; default "STAKER_PAYOUTS".
	Stream string
	// SubjectPrefix is the subject prefix; each batch is published on <prefix>.<TOKEN>.
	// Default "staker.payouts".
	SubjectPrefix string
	// Duplicates is the stream's de-duplication window when the sink creates it; at
	// least MinDuplicateWindow, default 48h.
	Duplicates time.Duration
}

func (c JetStreamConfig) withDefaults() (JetStreamConfig, error) {
	if c.Stream == "" {
		c.Stream = "STAKER_PAYOUTS"
	}
	if c.SubjectPrefix == "" {
		c.SubjectPrefix = "staker.payouts"
	}
	if c.Duplicates == 0 {
		c.Duplicates = 48 * time.Hour
	}
	if c.Duplicates < MinDuplicateWindow {
		return c, fmt.Errorf("jetstream sink: duplicate window %s is below %s", c.Duplicates, MinDuplicateWindow)
	}
	return c, nil
}

// JetStreamSink publishes each batch's JSON to a JetStream stream on <prefix>.<TOKEN>,
// with the batch key as the message de-duplication id (Nats-Msg-Id): a batch published
// twice within the stream's duplicate window is stored once.
type JetStreamSink struct {
	nc      *nats.Conn
	js      jetstream.JetStream
	cfg     JetStreamConfig
	subject string // the stream's subject filter, <prefix>.>
}

// NewJetStreamSink returns a sink publishing over nc. It creates the stream if it does
// not exist (file storage, subjects <prefix>.>, the configured duplicate window); an
// existing stream must cover the subjects and de-duplicate for at least
// MinDuplicateWindow, and is never changed.
func NewJetStreamSink(ctx context.Context, nc *nats.Conn, cfg JetStreamConfig) (*JetStreamSink, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream sink: %w", err)
	}
	s := &JetStreamSink{nc: nc, js: js, cfg: cfg, subject: cfg.SubjectPrefix + ".>"}
	stream, err := js.Stream(ctx, cfg.Stream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = js.CreateStream(ctx, jetstream.StreamConfig{
			Name:        cfg.Stream,
			Description: "staker payout batches, one message per batch",
			Subjects:    []string{s.subject},
			Storage:     jetstream.FileStorage,
			Duplicates:  cfg.Duplicates,
		})
		if err != nil {
			return nil, fmt.Errorf("jetstream sink: create stream %s: %w", cfg.Stream, err)
		}
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("jetstream sink: stream %s: %w", cfg.Stream, err)
	}
	got := stream.CachedInfo().Config
	if !slices.Contains(got.Subjects, s.subject) {
		return nil, fmt.Errorf("jetstream sink: stream %s has subjects %v, not %s", cfg.Stream, got.Subjects, s.subject)
	}
	if got.Duplicates < MinDuplicateWindow {
		return nil, fmt.Errorf("jetstream sink: stream %s de-duplicates for %s, want at least %s", cfg.Stream, got.Duplicates, MinDuplicateWindow)
	}
	return s, nil
}

// Name returns "jetstream".
func (s *JetStreamSink) Name() string { return "jetstream" }

// Subject returns the subject batches of token are published on.
func (s *JetStreamSink) Subject(token string) string { return s.cfg.SubjectPrefix + "." + token }

// Deliver publishes sb and waits for the stream's acknowledgement. A duplicate (the key
// was published before) is acknowledged too and is a success. A batch whose JSON exceeds
// the server's maximum payload fails with ErrTooLarge.
func (s *JetStreamSink) Deliver(ctx context.Context, sb SignedBatch) error {
	if err := sb.validateHeader(); err != nil {
		return fmt.Errorf("publish batch %q: %w: %w", sb.Key, ErrMalformed, err)
	}
	data := sb.AppendJSON(nil)
	msg := nats.NewMsg(s.Subject(sb.Token))
	msg.Data = data
	msg.Header.Set(HeaderBatchKey, sb.Key)
	msg.Header.Set(HeaderManifestHash, sb.ManifestHash)
	if max := s.nc.MaxPayload(); int64(len(data))+512 > max {
		return fmt.Errorf("publish batch %s: %w: %d bytes of JSON, the server takes at most %d per message", sb.Key, ErrTooLarge, len(data), max)
	}
	if _, err := s.js.PublishMsg(ctx, msg, jetstream.WithMsgID(sb.Key), jetstream.WithExpectStream(s.cfg.Stream)); err != nil {
		return fmt.Errorf("publish batch %s: %w", sb.Key, err)
	}
	return nil
}

// Interface guards
var (
	_ Sink = (*JetStreamSink)(nil)
	_ Sink = (*FileSink)(nil)
)
