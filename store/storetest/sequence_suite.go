package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// sequenceTests are the conformance tests of transaction sequence numbers.
var sequenceTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"SequenceReservation", testSequenceReservation},
	{"SequenceConcurrent", testSequenceConcurrent},
	{"SentTransactions", testSentTransactions},
}

func testSequenceReservation(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	tests := []struct {
		name    string
		chain   string
		account string
		key     string
		floor   uint64
		want    uint64
	}{
		{name: "first from the chain's count", chain: "56", account: "0xa", key: "intent-1", floor: 7, want: 7},
		{name: "next above the last", chain: "56", account: "0xa", key: "intent-2", floor: 7, want: 8},
		{name: "same key same number", chain: "56", account: "0xa", key: "intent-1", floor: 9, want: 7},
		{name: "floor above the last wins", chain: "56", account: "0xa", key: "intent-3", floor: 20, want: 20},
		{name: "floor below the last is ignored", chain: "56", account: "0xa", key: "intent-4", floor: 0, want: 21},
		{name: "other account counts alone", chain: "56", account: "0xb", key: "intent-1", floor: 0, want: 0},
		{name: "other chain counts alone", chain: "146", account: "0xa", key: "intent-9", floor: 3, want: 3},
	}
	for _, tt := range tests {
		got, err := s.ReserveSeq(ctx, tt.chain, tt.account, tt.key, tt.floor)
		if err != nil || got != tt.want {
			t.Errorf("%s: ReserveSeq = %d, %v; want %d", tt.name, got, err, tt.want)
		}
	}
}

func testSequenceConcurrent(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []interface {
		ReserveSeq(context.Context, string, string, string, uint64) (uint64, error)
	}{Open(t, dsn), Open(t, dsn)}
	const n = 40 // 20 keys, each reserved twice from different handles
	var wg sync.WaitGroup
	var mu sync.Mutex
	byKey := map[string]uint64{}
	seen := map[uint64]string{}
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprintf("k%d", i%20)
			seq, err := stores[i%2].ReserveSeq(context.Background(), "1", "0xa", key, 5)
			if err != nil {
				t.Errorf("reserve %s: %v", key, err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if prev, ok := byKey[key]; ok && prev != seq {
				t.Errorf("key %s got %d and %d", key, prev, seq)
			}
			if other, ok := seen[seq]; ok && other != key {
				t.Errorf("sequence %d handed to %s and %s", seq, other, key)
			}
			byKey[key], seen[seq] = seq, key
		}(i)
	}
	wg.Wait()
	for seq := uint64(5); seq < 25; seq++ {
		if _, ok := seen[seq]; !ok {
			t.Errorf("sequence %d skipped: %v", seq, seen)
		}
	}
}

func testSentTransactions(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	for _, id := range []string{"0xfirst", "0xreplacement", "0xfirst"} {
		if err := s.RecordSent(ctx, "56", "0xa", 7, id); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.SentWith(ctx, "56", "0xa", 7)
	if err != nil || fmt.Sprint(got) != "[0xfirst 0xreplacement]" {
		t.Fatalf("SentWith = %v, %v", got, err)
	}
	if got, err := s.SentWith(ctx, "56", "0xa", 8); err != nil || len(got) != 0 {
		t.Fatalf("SentWith(8) = %v, %v", got, err)
	}
}
