package payout

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func signedExample(t testing.TB) SignedBatch {
	t.Helper()
	sb, err := Sign(workedExample(t), testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	return sb
}

func TestFileSink(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sink := NewFileSink(filepath.Join(dir, "export"))
	sb := signedExample(t)
	if err := sink.Deliver(ctx, sb); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "export", "SOL", "2025-03-01.json")
	if sink.Path("SOL", "2025-03-01") != path {
		t.Fatalf("Path = %s, want %s", sink.Path("SOL", "2025-03-01"), path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseSignedBatch(data)
	if err != nil || Verify(back, testKey(t).Public()) != nil {
		t.Fatalf("exported file does not verify: %v", err)
	}
	before, _ := os.Stat(path)

	// The same batch again is a no-op.
	if err := sink.Deliver(ctx, sb); err != nil {
		t.Fatalf("second delivery: %v", err)
	}
	// A different batch for the same token and day is refused, and the file stays.
	changed := workedExample(t)
	changed.Totals.FeeBps = 999
	other, err := Sign(changed, testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	err = sink.Deliver(ctx, other)
	if !errors.Is(err, ErrDelivered) || !contains(err, "holds manifest hash "+sb.ManifestHash) {
		t.Fatalf("deliver a different batch: %v, want ErrDelivered naming the held hash", err)
	}
	after, _ := os.Stat(path)
	if again, _ := os.ReadFile(path); string(again) != string(data) || !after.ModTime().Equal(before.ModTime()) {
		t.Fatal("the delivered file was changed")
	}
	// A file that is not a batch at all is not overwritten either.
	junk := sink.Path("SOL", "2025-03-02")
	if err := os.WriteFile(junk, []byte("junk"), 0o600); err != nil {
		t.Fatal(err)
	}
	changed.Day = "2025-03-02"
	changed.Key = "payout/SOL/2025-03-02"
	other, _ = Sign(changed, testKey(t))
	if err := sink.Deliver(ctx, other); !errors.Is(err, ErrDelivered) || !contains(err, "content that is not a signed batch") {
		t.Fatalf("deliver over a foreign file: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Fatalf("export directory holds %d entries, want 2 (no temporary files left)", len(entries))
	}
}

func TestFileSinkRefuses(t *testing.T) {
	dir := t.TempDir()
	blocked := filepath.Join(dir, "blocked")
	if err := os.WriteFile(blocked, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		giveDir string
		giveCtx context.Context
		edit    func(sb *SignedBatch)
		wantErr error
		wantMsg string
	}{
		{"token as a path", dir, context.Background(), func(sb *SignedBatch) { sb.Token = "../SOL" }, ErrMalformed, `token "../SOL"`},
		{"day as a path", dir, context.Background(), func(sb *SignedBatch) { sb.Day = "../../x" }, ErrMalformed, `day "../../x"`},
		{"directory is a file", blocked, context.Background(), func(*SignedBatch) {}, nil, "not a directory"},
		{"cancelled", dir, cancelled, func(*SignedBatch) {}, context.Canceled, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb := signedExample(t)
			tt.edit(&sb)
			err := NewFileSink(tt.giveDir).Deliver(tt.giveCtx, sb)
			if err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) || !contains(err, tt.wantMsg) {
				t.Fatalf("Deliver = %v, want %v with %q", err, tt.wantErr, tt.wantMsg)
			}
		})
	}
}
