package payout

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"

	"github.com/softstake/staker/money"
)

// FormatV1 names version 1 of the canonical form; it is the canonical form's first line
// and the JSON's "format".
const FormatV1 = "staker-payout-batch/v1"

// AppendCanonical appends the canonical byte form of b (README.md, "Canonical form") to dst
// and returns the extended buffer. It does not validate b: call Validate first, as Sign does.
func AppendCanonical(dst []byte, b Batch) []byte {
	dst = appendHeader(dst, b)
	for _, l := range b.Lines {
		dst = appendLine(dst, l)
	}
	return dst
}

// ManifestHash returns the lowercase hex SHA-256 of the canonical form of b. It streams
// the form through the hash, so a large batch is never held twice in memory.
func ManifestHash(b Batch) string {
	h := sha256.New()
	buf := appendHeader(make([]byte, 0, hashChunk+256), b)
	for _, l := range b.Lines {
		buf = appendLine(buf, l)
		if len(buf) >= hashChunk {
			buf = flush(h, buf)
		}
	}
	flush(h, buf)
	return hex.EncodeToString(h.Sum(nil))
}

// hashChunk is how many bytes of the canonical form ManifestHash buffers before hashing.
const hashChunk = 64 << 10

func flush(h hash.Hash, buf []byte) []byte {
	h.Write(buf) // a hash.Hash never returns an error
	return buf[:0]
}

func appendHeader(dst []byte, b Batch) []byte {
	t := b.Totals
	dst = append(dst, FormatV1...)
	dst = append(dst, '\n')
	dst = appendField(dst, "key", b.Key)
	dst = appendField(dst, "token", b.Token)
	dst = appendField(dst, "day", b.Day)
	dst = appendField(dst, "policy", t.Policy)
	dst = appendField(dst, "fee_bps", strconv.FormatUint(uint64(t.FeeBps), 10))
	dst = appendAmountField(dst, "reward", t.Reward)
	dst = appendAmountField(dst, "fee", t.Fee)
	dst = appendAmountField(dst, "treasury", t.Treasury)
	dst = appendAmountField(dst, "distributable", t.Distributable)
	dst = appendAmountField(dst, "sum_effective", t.SumEffective)
	return appendField(dst, "lines", strconv.Itoa(t.Lines))
}

func appendField(dst []byte, name, value string) []byte {
	dst = append(dst, name...)
	dst = append(dst, ' ')
	dst = append(dst, value...)
	return append(dst, '\n')
}

func appendAmountField(dst []byte, name string, a money.Amount) []byte {
	dst = append(dst, name...)
	dst = append(dst, ' ')
	dst = appendAmount(dst, a)
	return append(dst, '\n')
}

func appendLine(dst []byte, l Line) []byte {
	dst = append(dst, l.User...)
	dst = append(dst, ' ')
	dst = appendAmount(dst, l.Amount)
	return append(dst, '\n')
}

// appendAmount appends a in decimal base units: no sign, no leading zeros, "0" for zero.
func appendAmount(dst []byte, a money.Amount) []byte {
	return append(dst, a.String()...)
}
