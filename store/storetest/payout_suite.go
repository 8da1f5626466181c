package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/store"
)

// payoutTests are the conformance tests of payout batches and their deliveries.
var payoutTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"BatchSaveAndRead", testBatchSaveAndRead},
	{"BatchIdempotentSave", testBatchIdempotentSave},
	{"BatchConflictingSave", testBatchConflictingSave},
	{"BatchInvalidSave", testBatchInvalidSave},
	{"BatchConcurrentSave", testBatchConcurrentSave},
	{"BatchPagingWhileSaving", testBatchPagingWhileSaving},
	{"BatchDeliveries", testBatchDeliveries},
	{"BatchFencedWrites", testBatchFencedWrites},
}

// Batch returns a stored batch of token for day whose body and hash are derived from
// content, so that the same content gives the same hash.
func Batch(token, day, content string) store.StoredBatch {
	return store.StoredBatch{
		Key: "payout/" + token + "/" + day, Token: token, Day: day,
		Hash: fmt.Sprintf("hash-of-%s", content), Body: []byte(`{"content":"` + content + `"}`),
	}
}

func saveBatch(t testing.TB, s store.Store, b store.StoredBatch) store.StoredBatch {
	t.Helper()
	stored, created, err := s.SaveBatch(context.Background(), b)
	if err != nil {
		t.Fatalf("save batch %s: %v", b.Key, err)
	}
	if !created {
		t.Fatalf("save batch %s: not created", b.Key)
	}
	return stored
}

func batchKeys(bs []store.StoredBatch) string {
	var out []string
	for _, b := range bs {
		out = append(out, fmt.Sprintf("%d:%s", b.Seq, b.Key))
	}
	return fmt.Sprint(out)
}

func testBatchSaveAndRead(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	when := time.Date(2026, 11, 21, 0, 5, 0, 123456000, time.UTC)
	s, err := store.Open(ctx, newDSN(t), store.Options{Now: func() time.Time { return when }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	first := saveBatch(t, s, Batch("SOL", "2026-11-20", "a"))
	if first.Seq != 1 || !first.CreatedAt.Equal(when) {
		t.Fatalf("first batch = seq %d at %s, want 1 at %s", first.Seq, first.CreatedAt, when)
	}
	saveBatch(t, s, Batch("ADA", "2026-11-20", "b"))
	saveBatch(t, s, Batch("SOL", "2026-11-21", "c"))

	got, err := s.BatchByKey(ctx, "payout/ADA/2026-11-20")
	if err != nil {
		t.Fatal(err)
	}
	want := Batch("ADA", "2026-11-20", "b")
	if got.Seq != 2 || got.Token != "ADA" || got.Day != "2026-11-20" || got.Hash != want.Hash ||
		!bytes.Equal(got.Body, want.Body) || !got.CreatedAt.Equal(when) {
		t.Fatalf("BatchByKey = %+v", got)
	}
	if _, err := s.BatchByKey(ctx, "payout/SOL/1999-01-01"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("BatchByKey(unknown) = %v, want ErrNotFound", err)
	}
	tests := []struct {
		name      string
		giveToken string
		giveAfter int64
		giveLimit int
		want      string
	}{
		{"all", "", 0, 10, "[1:payout/SOL/2026-11-20 2:payout/ADA/2026-11-20 3:payout/SOL/2026-11-21]"},
		{"page", "", 0, 2, "[1:payout/SOL/2026-11-20 2:payout/ADA/2026-11-20]"},
		{"next page", "", 2, 2, "[3:payout/SOL/2026-11-21]"},
		{"past the end", "", 3, 2, "[]"},
		{"one token", "SOL", 0, 10, "[1:payout/SOL/2026-11-20 3:payout/SOL/2026-11-21]"},
		{"one token after", "SOL", 1, 10, "[3:payout/SOL/2026-11-21]"},
		{"a token without batches", "TON", 0, 10, "[]"},
	}
	for _, tt := range tests {
		got, err := s.BatchesAfter(ctx, tt.giveToken, tt.giveAfter, tt.giveLimit)
		if err != nil || batchKeys(got) != tt.want {
			t.Errorf("%s: BatchesAfter(%q, %d, %d) = %s, %v; want %s", tt.name, tt.giveToken, tt.giveAfter, tt.giveLimit, batchKeys(got), err, tt.want)
		}
	}
	if _, err := s.BatchesAfter(ctx, "", 0, 0); err == nil {
		t.Fatal("BatchesAfter with limit 0 succeeded")
	}
}

func testBatchIdempotentSave(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	first := saveBatch(t, s, Batch("SOL", "2026-11-20", "a"))
	for i := 0; i < 3; i++ {
		again, created, err := s.SaveBatch(ctx, Batch("SOL", "2026-11-20", "a"))
		if err != nil || created || again.Seq != first.Seq || !bytes.Equal(again.Body, first.Body) || !again.CreatedAt.Equal(first.CreatedAt) {
			t.Fatalf("save again %d = %+v, %v, %v; want the first batch, not created", i, again, created, err)
		}
	}
	// A repeated save consumes no sequence number.
	if next := saveBatch(t, s, Batch("SOL", "2026-11-21", "b")); next.Seq != 2 {
		t.Fatalf("next batch has seq %d, want 2", next.Seq)
	}
}

func testBatchConflictingSave(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	saveBatch(t, s, Batch("SOL", "2026-11-20", "a"))
	_, _, err := s.SaveBatch(ctx, Batch("SOL", "2026-11-20", "changed"))
	var conflict *store.BatchConflictError
	if !errors.As(err, &conflict) || !errors.Is(err, store.ErrBatchConflict) || conflict.Key != "payout/SOL/2026-11-20" ||
		conflict.StoredHash != "hash-of-a" || conflict.GivenHash != "hash-of-changed" {
		t.Fatalf("conflicting save: %v, want a BatchConflictError naming both hashes", err)
	}
	got, err := s.BatchByKey(ctx, "payout/SOL/2026-11-20")
	if err != nil || got.Hash != "hash-of-a" {
		t.Fatalf("after the conflict the stored batch is %+v, %v", got, err)
	}
}

func testBatchInvalidSave(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	tests := []struct {
		name    string
		edit    func(b *store.StoredBatch)
		wantErr string
	}{
		{"no key", func(b *store.StoredBatch) { b.Key = "" }, "empty key"},
		{"no token", func(b *store.StoredBatch) { b.Token = "" }, "empty token"},
		{"no day", func(b *store.StoredBatch) { b.Day = "" }, "empty day"},
		{"no hash", func(b *store.StoredBatch) { b.Hash = "" }, "empty hash"},
		{"no body", func(b *store.StoredBatch) { b.Body = nil }, "empty body"},
	}
	for _, tt := range tests {
		b := Batch("SOL", "2026-11-20", "a")
		tt.edit(&b)
		if _, _, err := s.SaveBatch(ctx, b); err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.wantErr)) {
			t.Errorf("%s: SaveBatch = %v, want %q", tt.name, err, tt.wantErr)
		}
	}
	if got, err := s.BatchesAfter(ctx, "", 0, 10); err != nil || len(got) != 0 {
		t.Fatalf("refused batches were stored: %s, %v", batchKeys(got), err)
	}
}

// testBatchConcurrentSave: savers on two handles, with every batch saved twice, end with
// each batch stored once and the sequence numbers 1..n without gaps.
func testBatchConcurrentSave(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)}
	const batches = 20
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := map[string]int64{}
	start := make(chan struct{})
	for i := 0; i < 2*batches; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			b := Batch("SUI", fmt.Sprintf("2026-11-%02d", i%batches+1), "x")
			stored, isNew, err := stores[i%2].SaveBatch(context.Background(), b)
			if err != nil {
				t.Errorf("save %s: %v", b.Key, err)
				return
			}
			if isNew {
				mu.Lock()
				created[b.Key] = stored.Seq
				mu.Unlock()
			}
		}(i)
	}
	close(start)
	wg.Wait()
	if len(created) != batches {
		t.Fatalf("%d batches created, want %d", len(created), batches)
	}
	all, err := stores[0].BatchesAfter(context.Background(), "", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != batches {
		t.Fatalf("%d batches stored, want %d", len(all), batches)
	}
	for i, b := range all {
		if b.Seq != int64(i+1) || created[b.Key] != b.Seq {
			t.Fatalf("batch %d is %d:%s (its creator saw %d); want seq %d", i, b.Seq, b.Key, created[b.Key], i+1)
		}
	}
}

// testBatchPagingWhileSaving: a reader paging through the batches while others are saved
// sees every batch exactly once, in order.
func testBatchPagingWhileSaving(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	writer, reader := Open(t, dsn), Open(t, dsn)
	ctx := context.Background()
	const batches = 60
	done := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < batches; i += 3 {
				if _, _, err := writer.SaveBatch(ctx, Batch("TON", fmt.Sprintf("day-%03d", i), "x")); err != nil {
					t.Errorf("save %d: %v", i, err)
					return
				}
			}
		}(w)
	}
	go func() { wg.Wait(); close(done) }()
	var seen []int64
	after := int64(0)
	finished := false
	for !finished {
		select {
		case <-done:
			finished = true // one more pass reads what the last savers wrote
		default:
		}
		for {
			page, err := reader.BatchesAfter(ctx, "", after, 7)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range page {
				seen = append(seen, b.Seq)
				after = b.Seq
			}
			if len(page) < 7 {
				break
			}
		}
	}
	if len(seen) != batches {
		t.Fatalf("the reader saw %d batches, want %d: %v", len(seen), batches, seen)
	}
	for i, seq := range seen {
		if seq != int64(i+1) {
			t.Fatalf("the reader saw %v: skipped or repeated at position %d", seen, i)
		}
	}
}

func testBatchDeliveries(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	for _, day := range []string{"2026-11-20", "2026-11-21", "2026-11-22"} {
		saveBatch(t, s, Batch("BNB", day, day))
	}
	undelivered := func(sink string) string {
		t.Helper()
		bs, err := s.Undelivered(ctx, sink)
		if err != nil {
			t.Fatal(err)
		}
		return batchKeys(bs)
	}
	all := "[1:payout/BNB/2026-11-20 2:payout/BNB/2026-11-21 3:payout/BNB/2026-11-22]"
	if got := undelivered("jetstream"); got != all {
		t.Fatalf("undelivered before any delivery = %s", got)
	}
	for i := 0; i < 2; i++ { // marking twice is harmless
		if err := s.MarkDelivered(ctx, "payout/BNB/2026-11-21", "jetstream"); err != nil {
			t.Fatalf("mark delivered (%d): %v", i, err)
		}
	}
	if got := undelivered("jetstream"); got != "[1:payout/BNB/2026-11-20 3:payout/BNB/2026-11-22]" {
		t.Fatalf("undelivered to jetstream = %s", got)
	}
	if got := undelivered("file"); got != all {
		t.Fatalf("a delivery to jetstream counted for file: %s", got)
	}
	if err := s.MarkDelivered(ctx, "payout/BNB/1999-01-01", "jetstream"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("mark an unknown batch delivered: %v, want ErrNotFound", err)
	}
	if err := s.MarkDelivered(ctx, "payout/BNB/2026-11-20", ""); err == nil {
		t.Fatal("mark delivered to an empty sink succeeded")
	}
}

func testBatchFencedWrites(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := openLeased(t, newDSN)
	fenced := s.Fenced
	if _, _, err := s.SaveBatch(fenced, Batch("SOL", "2026-11-20", "a")); err != nil {
		t.Fatalf("save while holding the lease: %v", err)
	}
	s.takeOver(t)
	if _, _, err := s.SaveBatch(fenced, Batch("SOL", "2026-11-21", "b")); !errors.Is(err, store.ErrFenced) {
		t.Fatalf("save by the old leader: %v, want ErrFenced", err)
	}
	if err := s.MarkDelivered(fenced, "payout/SOL/2026-11-20", "file"); !errors.Is(err, store.ErrFenced) {
		t.Fatalf("mark delivered by the old leader: %v, want ErrFenced", err)
	}
	if bs, err := s.BatchesAfter(ctx, "", 0, 10); err != nil || len(bs) != 1 {
		t.Fatalf("after the fenced writes: %s, %v", batchKeys(bs), err)
	}
	if bs, err := s.Undelivered(ctx, "file"); err != nil || len(bs) != 1 {
		t.Fatalf("the old leader marked a delivery: %s, %v", batchKeys(bs), err)
	}
}
