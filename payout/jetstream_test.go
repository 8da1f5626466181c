package payout

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"github.com/softstake/staker/internal/natstest"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// natsConn connects to the test NATS; an unreachable server fails the test.
func natsConn(t *testing.T) *nats.Conn { return natstest.Conn(t) }

// testStream returns a stream name and subject prefix of the test's own, and deletes the
// stream when the test ends.
func testStream(t *testing.T) (name, prefix string) {
	t.Helper()
	nc := natsConn(t) // its own, so that closing the test's connection does not stop the clean-up
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	id := hex.EncodeToString(b[:])
	name, prefix = "PAYOUT_TEST_"+id, "test.payouts."+id
	t.Cleanup(func() {
		js, err := jetstream.New(nc)
		if err != nil {
			t.Error(err)
			return
		}
		if err := js.DeleteStream(context.Background(), name); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			t.Errorf("delete stream %s: %v", name, err)
		}
	})
	return name, prefix
}

func TestJetStreamSinkPublishesOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	nc := natsConn(t)
	name, prefix := testStream(t)
	sink, err := NewJetStreamSink(ctx, nc, JetStreamConfig{Stream: name, SubjectPrefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	sb := signedExample(t)
	for i := 0; i < 2; i++ {
		if err := sink.Deliver(ctx, sb); err != nil {
			t.Fatalf("publish %d: %v", i+1, err)
		}
	}
	// A second sink on the existing stream (a restarted daemon) publishes into it too.
	again, err := NewJetStreamSink(ctx, nc, JetStreamConfig{Stream: name, SubjectPrefix: prefix})
	if err != nil {
		t.Fatalf("sink on the existing stream: %v", err)
	}
	if err := again.Deliver(ctx, sb); err != nil {
		t.Fatal(err)
	}
	js, _ := jetstream.New(nc)
	stream, err := js.Stream(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 1 || info.Config.Duplicates < MinDuplicateWindow {
		t.Fatalf("stream holds %d messages with duplicate window %s; want 1 and at least %s", info.State.Msgs, info.Config.Duplicates, MinDuplicateWindow)
	}
	msg, err := stream.GetMsg(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Subject != prefix+".SOL" || msg.Header.Get(jetstream.MsgIDHeader) != sb.Key ||
		msg.Header.Get(HeaderBatchKey) != sb.Key || msg.Header.Get(HeaderManifestHash) != sb.ManifestHash {
		t.Fatalf("message on %s with headers %v", msg.Subject, msg.Header)
	}
	got, err := ParseSignedBatch(msg.Data)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(got, testKey(t).Public()); err != nil {
		t.Fatalf("published batch does not verify: %v", err)
	}

	// Another day is another message.
	next := workedExample(t)
	next.Day, next.Key = "2025-03-02", "payout/SOL/2025-03-02"
	nextSigned, err := Sign(next, testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.Deliver(ctx, nextSigned); err != nil {
		t.Fatal(err)
	}
	if info, _ := stream.Info(ctx); info.State.Msgs != 2 {
		t.Fatalf("after another day the stream holds %d messages, want 2", info.State.Msgs)
	}
}

func TestJetStreamSinkRefuses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	nc := natsConn(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	shortName, shortPrefix := testStream(t)
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: shortName, Subjects: []string{shortPrefix + ".>"}, Duplicates: time.Minute}); err != nil {
		t.Fatal(err)
	}
	otherName, otherPrefix := testStream(t)
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: otherName, Subjects: []string{otherPrefix + ".x"}, Duplicates: 48 * time.Hour}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		give    JetStreamConfig
		wantMsg string
	}{
		{"short window asked", JetStreamConfig{Stream: "X", Duplicates: time.Hour}, "duplicate window 1h0m0s is below 24h0m0s"},
		{"existing stream with a short window", JetStreamConfig{Stream: shortName, SubjectPrefix: shortPrefix}, "de-duplicates for 1m0s, want at least 24h0m0s"},
		{"existing stream on other subjects", JetStreamConfig{Stream: otherName, SubjectPrefix: otherPrefix}, "not " + otherPrefix + ".>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := NewJetStreamSink(ctx, nc, tt.give); !contains(err, tt.wantMsg) {
				t.Fatalf("NewJetStreamSink = %v, want %q", err, tt.wantMsg)
			}
		})
	}

	name, prefix := testStream(t)
	sink, err := NewJetStreamSink(ctx, nc, JetStreamConfig{Stream: name, SubjectPrefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	big, err := Sign(largeBatch(t, int(nc.MaxPayload()/20)), testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.Deliver(ctx, big); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("publish %d lines: %v, want ErrTooLarge", len(big.Lines), err)
	}
	bad := signedExample(t)
	bad.Token = "SOL.>"
	if err := sink.Deliver(ctx, bad); !errors.Is(err, ErrMalformed) {
		t.Fatalf("publish with a wildcard token: %v, want ErrMalformed", err)
	}
	nc.Close()
	if err := sink.Deliver(ctx, signedExample(t)); err == nil {
		t.Fatal("publish on a closed connection succeeded")
	}
}
