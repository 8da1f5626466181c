package payout

import (
	"sync"
	"testing"
)

var (
	benchOnce  sync.Once
	benchBatch Batch
)

// millionLines is a valid batch of 1,000,000 lines, built once.
func millionLines(b *testing.B) Batch {
	benchOnce.Do(func() { benchBatch = largeBatch(b, 1_000_000) })
	if len(benchBatch.Lines) != 1_000_000 {
		b.Fatalf("batch has %d lines", len(benchBatch.Lines))
	}
	return benchBatch
}

func BenchmarkCanonical1M(b *testing.B) {
	batch := millionLines(b)
	buf := AppendCanonical(nil, batch)
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendCanonical(buf[:0], batch)
	}
}

func BenchmarkManifestHash1M(b *testing.B) {
	batch := millionLines(b)
	b.SetBytes(int64(len(AppendCanonical(nil, batch))))
	b.ReportAllocs()
	for b.Loop() {
		ManifestHash(batch)
	}
}

func BenchmarkSign1M(b *testing.B) {
	batch := millionLines(b)
	key := testKey(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Sign(batch, key); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerify1M(b *testing.B) {
	batch := millionLines(b)
	key := testKey(b)
	sb, err := Sign(batch, key)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Verify(sb, key.Public()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSON1M(b *testing.B) {
	batch := millionLines(b)
	sb, err := Sign(batch, testKey(b))
	if err != nil {
		b.Fatal(err)
	}
	buf := sb.AppendJSON(nil)
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		buf = sb.AppendJSON(buf[:0])
	}
}

func BenchmarkParseJSON1M(b *testing.B) {
	batch := millionLines(b)
	sb, err := Sign(batch, testKey(b))
	if err != nil {
		b.Fatal(err)
	}
	data := sb.AppendJSON(nil)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseSignedBatch(data); err != nil {
			b.Fatal(err)
		}
	}
}
