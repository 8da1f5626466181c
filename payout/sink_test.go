package payout

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/softstake/staker/store/storetest"
)

// flakySink records deliveries and fails the ones listed in fail.
type flakySink struct {
	got  []string
	fail map[string]bool
}

func (f *flakySink) Name() string { return "flaky" }

func (f *flakySink) Deliver(_ context.Context, sb SignedBatch) error {
	if f.fail[sb.Key] {
		return errors.New("sink unavailable")
	}
	f.got = append(f.got, sb.Key)
	return nil
}

func TestDeliverPending(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	var keys []string
	for i := 0; i < 4; i++ {
		sb := dayBatch(t, "SOL", i)
		if _, _, err := s.SaveBatch(ctx, sb.Stored()); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, sb.Key)
	}
	sink := &flakySink{fail: map[string]bool{keys[2]: true}}
	n, err := DeliverPending(ctx, s, sink)
	if n != 2 || !contains(err, "deliver "+keys[2]+" to flaky: sink unavailable") {
		t.Fatalf("DeliverPending = %d, %v; want 2 and the failure of %s", n, err, keys[2])
	}
	if fmt.Sprint(sink.got) != fmt.Sprint(keys[:2]) {
		t.Fatalf("delivered %v, want %v (nothing after the failure)", sink.got, keys[:2])
	}
	sink.fail = nil
	if n, err := DeliverPending(ctx, s, sink); n != 2 || err != nil {
		t.Fatalf("retry = %d, %v; want the 2 left", n, err)
	}
	if fmt.Sprint(sink.got) != fmt.Sprint(keys) {
		t.Fatalf("delivered %v, want %v, each once, in order", sink.got, keys)
	}
	if n, err := DeliverPending(ctx, s, sink); n != 0 || err != nil {
		t.Fatalf("nothing pending = %d, %v", n, err)
	}
	// Another sink has its own deliveries.
	files := NewFileSink(t.TempDir())
	if n, err := DeliverPending(ctx, s, files); n != 4 || err != nil {
		t.Fatalf("file sink = %d, %v; want 4", n, err)
	}
}

func TestFromStored(t *testing.T) {
	sb := signedExample(t)
	stored := sb.Stored()
	back, err := FromStored(stored)
	if err != nil || back.ManifestHash != sb.ManifestHash || Verify(back, testKey(t).Public()) != nil {
		t.Fatalf("FromStored = %v", err)
	}
	tests := []struct {
		name    string
		edit    func(b *[]byte, hash *string)
		wantMsg string
	}{
		{"row hash differs", func(_ *[]byte, h *string) { *h = "other" }, "the row says other"},
		{"body not a batch", func(b *[]byte, _ *string) { *b = []byte("{}") }, "format"},
	}
	for _, tt := range tests {
		s := sb.Stored()
		tt.edit(&s.Body, &s.Hash)
		if _, err := FromStored(s); !errors.Is(err, ErrMalformed) || !contains(err, tt.wantMsg) {
			t.Errorf("%s: FromStored = %v, want ErrMalformed with %q", tt.name, err, tt.wantMsg)
		}
	}
}
