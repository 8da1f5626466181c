package ingest_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"github.com/softstake/staker/internal/natstest"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// testStream connects to the test NATS (STAKER_TEST_NATS_URL, default the local one; an
// unreachable server fails the test) and creates a stream of its own, deleted at the end.
// It returns the JetStream context, the stream name and its subject prefix.
func testStream(t *testing.T) (jetstream.JetStream, string, string) {
	t.Helper()
	nc := natstest.Conn(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	suffix := hex.EncodeToString(b[:])
	name, prefix := "INGEST_TEST_"+suffix, "ingesttest"+suffix
	ctx := context.Background()
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: name, Subjects: []string{prefix + ".>"}, Storage: jetstream.MemoryStorage}); err != nil {
		t.Fatalf("create stream: %v", err)
	}
	t.Cleanup(func() {
		if err := js.DeleteStream(context.Background(), name); err != nil {
			t.Errorf("delete stream %s: %v", name, err)
		}
	})
	return js, name, prefix
}

func publish(t *testing.T, js jetstream.JetStream, subject, data string) {
	t.Helper()
	if _, err := js.Publish(context.Background(), subject, []byte(data)); err != nil {
		t.Fatalf("publish %s: %v", subject, err)
	}
}

// syncBuffer is a log sink safe for the consumer's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// flakyRecorder fails its first calls the way an unreachable database does.
type flakyRecorder struct {
	ingest.Recorder
	mu       sync.Mutex
	failures int
}

var errDown = errors.New("database unreachable")

func (f *flakyRecorder) RecordBalances(ctx context.Context, events []store.BalanceEvent) (store.IngestResult, error) {
	f.mu.Lock()
	down := f.failures > 0
	if down {
		f.failures--
	}
	f.mu.Unlock()
	if down {
		return store.IngestResult{}, errDown
	}
	return f.Recorder.RecordBalances(ctx, events)
}

// runConsumer runs c until the test ends.
func runConsumer(t *testing.T, c *ingest.JetStreamConsumer) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("consumer: %v", err)
		}
	})
}

// eventually waits for cond.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestJetStreamConsumer(t *testing.T) {
	js, stream, prefix := testStream(t)
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	ctx := context.Background()
	if _, err := s.RecordBalances(ctx, []store.BalanceEvent{storetest.Bal("taken", "SOL", "zed", feedDay, 1)}); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	c := &ingest.JetStreamConsumer{
		JetStream: js, Recorder: s, Stream: stream, Durable: "ingest",
		BalanceSubject: prefix + ".balances.>", ActivationSubject: prefix + ".activations",
		Logger: slog.New(slog.NewTextHandler(&logs, nil)),
	}
	publish(t, js, prefix+".balances.SOL", goodBalance)
	publish(t, js, prefix+".balances.SOL", goodBalance) // redelivered by the producer: a duplicate
	publish(t, js, prefix+".balances.SOL", `{"id":"bad","token":"SOL"}`)
	publish(t, js, prefix+".balances.SOL", `{"id":"taken","token":"SOL","user_id":"zed","at":"2025-03-01T00:00:00Z","balance":"2"}`)
	publish(t, js, prefix+".balances.SOL", goodBalance2)
	publish(t, js, prefix+".activations", goodActivation)
	publish(t, js, prefix+".activations", `not json`)
	publish(t, js, prefix+".other", goodBalance)
	runConsumer(t, c)

	settled := func(name string, last uint64) func() bool {
		return func() bool {
			cons, err := js.Consumer(ctx, stream, name)
			if err != nil {
				return false
			}
			ci, err := cons.Info(ctx)
			return err == nil && ci.NumPending == 0 && ci.NumAckPending == 0 && ci.Delivered.Consumer == last
		}
	}
	eventually(t, "every balance message settled", settled("ingest-balances", 5))
	eventually(t, "every activation message settled", settled("ingest-activations", 2))
	want := "taken:zed@00:00:00.000000000=1 e2:bob@12:00:00.000000000=0 e1:alice@12:00:00.000000001=1500000000"
	if got := storetest.Changes(t, s, "SOL", feedDay); got != want {
		t.Fatalf("stored %s, want %s", got, want)
	}
	if got := storetest.Activations(t, s, feedDay); got != "a1:alice@-672h0m0s=on" {
		t.Fatalf("activations %s", got)
	}
	for _, want := range []string{
		`subject=` + prefix + `.balances.SOL err="event 0: user_id: missing" stream=` + stream + ` seq=3`,
		`subject=` + prefix + `.balances.SOL err="balance event \"taken\": event id already used for different content" stream=` + stream + ` seq=4`,
		`subject=` + prefix + `.activations err="event 0: not a JSON object" stream=` + stream + ` seq=7`,
	} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}
}

func TestJetStreamRedelivery(t *testing.T) {
	js, stream, prefix := testStream(t)
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	ctx := context.Background()
	rec := &flakyRecorder{Recorder: s, failures: 2}
	c := &ingest.JetStreamConsumer{
		JetStream: js, Recorder: rec, Stream: stream, Durable: "ingest",
		BalanceSubject: prefix + ".balances.>", ActivationSubject: prefix + ".activations",
		RetryDelay: 50 * time.Millisecond,
	}
	publish(t, js, prefix+".balances.SOL", goodBalance)
	runConsumer(t, c)
	eventually(t, "the event stored after redelivery", func() bool {
		return storetest.Changes(t, s, "SOL", feedDay) == "e1:alice@12:00:00.000000001=1500000000"
	})
	cons, err := js.Consumer(ctx, stream, "ingest-balances")
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, "the message acknowledged", func() bool {
		ci, err := cons.Info(ctx)
		return err == nil && ci.NumAckPending == 0 && ci.NumRedelivered == 0 && ci.AckFloor.Stream == 1
	})
	ci, err := cons.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ci.Delivered.Consumer < 3 {
		t.Fatalf("delivered %d times, want 3 (two failures, then stored)", ci.Delivered.Consumer)
	}
}
