package payout

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/softstake/staker/money"
)

// SignedBatch is a batch with its manifest hash and the feed key's signature of it. It is
// what is stored, exported and served, as the JSON of MarshalJSON (README.md, "JSON").
type SignedBatch struct {
	Batch
	ManifestHash string // lowercase hex SHA-256 of the batch's canonical form
	KeyID        string // the id of the feed key that signed it, see KeyID
	Signature    []byte // ed25519 signature of SignedMessage(ManifestHash)
}

// SignedMessage returns the bytes the feed key signs for a batch whose manifest hash is
// hash: "staker-payout-batch/v1 manifest sha256:" followed by the 64 hex digits.
func SignedMessage(hash string) []byte {
	return []byte(FormatV1 + " manifest sha256:" + hash)
}

// Sign validates b, hashes its canonical form and signs the hash with key. It fails with
// the error of Validate, so a batch that Verify would refuse is never signed.
func Sign(b Batch, key FeedKey) (SignedBatch, error) {
	if key.k == nil {
		return SignedBatch{}, fmt.Errorf("sign batch %s: %w: no key", b.Key, ErrBadFeedKey)
	}
	if err := b.Validate(); err != nil {
		return SignedBatch{}, err
	}
	hash := ManifestHash(b)
	return SignedBatch{
		Batch:        b,
		ManifestHash: hash,
		KeyID:        key.k.id,
		Signature:    ed25519.Sign(key.k.private, SignedMessage(hash)),
	}, nil
}

// Verify checks a signed batch against the feed public key pub: the batch is well formed
// and its totals add up (ErrMalformed, ErrTotals), its content hashes to the manifest hash
// it carries (ErrHashMismatch), it names pub's key id (ErrWrongKey) and the signature is
// pub's (ErrBadSignature). The error names what is wrong.
func Verify(sb SignedBatch, pub ed25519.PublicKey) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("verify batch %s: %w: public key of %d bytes, want %d", sb.Key, ErrBadFeedKey, len(pub), ed25519.PublicKeySize)
	}
	if err := sb.Validate(); err != nil {
		return err
	}
	if got := ManifestHash(sb.Batch); got != sb.ManifestHash {
		return fmt.Errorf("batch %s: %w: it carries %q, its content hashes to %s", sb.Key, ErrHashMismatch, sb.ManifestHash, got)
	}
	if id := KeyID(pub); sb.KeyID != id {
		return fmt.Errorf("batch %s: %w: signed by %q, checked against %s", sb.Key, ErrWrongKey, sb.KeyID, id)
	}
	if !ed25519.Verify(pub, SignedMessage(sb.ManifestHash), sb.Signature) {
		return fmt.Errorf("batch %s: %w by %s", sb.Key, ErrBadSignature, sb.KeyID)
	}
	return nil
}

// MarshalJSON encodes the signed batch in the JSON form of README.md. The output is
// deterministic: the same signed batch always encodes to the same bytes.
func (sb SignedBatch) MarshalJSON() ([]byte, error) {
	return sb.AppendJSON(make([]byte, 0, 512+48*len(sb.Lines))), nil
}

// AppendJSON appends the JSON of MarshalJSON to dst.
func (sb SignedBatch) AppendJSON(dst []byte) []byte {
	t := sb.Totals
	dst = append(dst, `{"format":`...)
	dst = appendJSONString(dst, FormatV1)
	dst = append(dst, `,"key":`...)
	dst = appendJSONString(dst, sb.Key)
	dst = append(dst, `,"token":`...)
	dst = appendJSONString(dst, sb.Token)
	dst = append(dst, `,"day":`...)
	dst = appendJSONString(dst, sb.Day)
	dst = append(dst, `,"totals":{"reward":"`...)
	dst = appendAmount(dst, t.Reward)
	dst = append(dst, `","fee":"`...)
	dst = appendAmount(dst, t.Fee)
	dst = append(dst, `","treasury":"`...)
	dst = appendAmount(dst, t.Treasury)
	dst = append(dst, `","distributable":"`...)
	dst = appendAmount(dst, t.Distributable)
	dst = append(dst, `","sum_effective":"`...)
	dst = appendAmount(dst, t.SumEffective)
	dst = append(dst, `","lines":`...)
	dst = strconv.AppendInt(dst, int64(t.Lines), 10)
	dst = append(dst, `,"fee_bps":`...)
	dst = strconv.AppendUint(dst, uint64(t.FeeBps), 10)
	dst = append(dst, `,"policy":`...)
	dst = appendJSONString(dst, t.Policy)
	dst = append(dst, `},"lines":[`...)
	for i, l := range sb.Lines {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"user":`...)
		dst = appendJSONString(dst, l.User)
		dst = append(dst, `,"amount":"`...)
		dst = appendAmount(dst, l.Amount)
		dst = append(dst, `"}`...)
	}
	dst = append(dst, `],"manifest_hash":`...)
	dst = appendJSONString(dst, sb.ManifestHash)
	dst = append(dst, `,"key_id":`...)
	dst = appendJSONString(dst, sb.KeyID)
	dst = append(dst, `,"signature":"`...)
	dst = hex.AppendEncode(dst, sb.Signature)
	return append(dst, `"}`...)
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD, as with
// encoding/json.
func appendJSONString(dst []byte, s string) []byte {
	const digits = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		default:
			dst = append(dst, '\\', 'u', '0', '0', digits[c>>4], digits[c&0xf])
		}
		i++
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// signedJSON is the JSON form as decoded. Amounts are decoded as strings and parsed here,
// so that an error names the field.
type signedJSON struct {
	Format string `json:"format"`
	Key    string `json:"key"`
	Token  string `json:"token"`
	Day    string `json:"day"`
	Totals struct {
		Reward        *string `json:"reward"`
		Fee           *string `json:"fee"`
		Treasury      *string `json:"treasury"`
		Distributable *string `json:"distributable"`
		SumEffective  *string `json:"sum_effective"`
		Lines         *int    `json:"lines"`
		FeeBps        *uint32 `json:"fee_bps"`
		Policy        string  `json:"policy"`
	} `json:"totals"`
	Lines []struct {
		User   string  `json:"user"`
		Amount *string `json:"amount"`
	} `json:"lines"`
	ManifestHash string `json:"manifest_hash"`
	KeyID        string `json:"key_id"`
	Signature    string `json:"signature"`
}

// UnmarshalJSON decodes the JSON form of README.md. It refuses unknown fields, a missing
// total or amount, an amount that is not a string of base units, another format, and a
// signature that is not 64 bytes in hex; it does not verify anything (see Verify).
func (sb *SignedBatch) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var j signedJSON
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: data after the batch", ErrMalformed)
	}
	if j.Format != FormatV1 {
		return fmt.Errorf("%w: format %q, want %q", ErrMalformed, j.Format, FormatV1)
	}
	t := j.Totals
	if t.Lines == nil || t.FeeBps == nil {
		return fmt.Errorf("%w: batch %q: totals.lines or totals.fee_bps is missing", ErrMalformed, j.Key)
	}
	totals := Totals{Lines: *t.Lines, FeeBps: *t.FeeBps, Policy: t.Policy}
	for _, f := range []struct {
		name string
		text *string
		to   *money.Amount
	}{
		{"reward", t.Reward, &totals.Reward}, {"fee", t.Fee, &totals.Fee}, {"treasury", t.Treasury, &totals.Treasury},
		{"distributable", t.Distributable, &totals.Distributable}, {"sum_effective", t.SumEffective, &totals.SumEffective},
	} {
		if f.text == nil {
			return fmt.Errorf("%w: batch %q: totals.%s is missing", ErrMalformed, j.Key, f.name)
		}
		a, err := money.ParseBaseUnits(*f.text)
		if err != nil {
			return fmt.Errorf("%w: batch %q: totals.%s: %w", ErrMalformed, j.Key, f.name, err)
		}
		*f.to = a
	}
	sig, err := hex.DecodeString(j.Signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return fmt.Errorf("%w: batch %q: signature is not %d bytes in hex", ErrMalformed, j.Key, ed25519.SignatureSize)
	}
	lines := make([]Line, len(j.Lines))
	for i, l := range j.Lines {
		if l.Amount == nil {
			return fmt.Errorf("%w: batch %q: line %d has no amount", ErrMalformed, j.Key, i+1)
		}
		a, err := money.ParseBaseUnits(*l.Amount)
		if err != nil {
			return fmt.Errorf("%w: batch %q: line %d: amount: %w", ErrMalformed, j.Key, i+1, err)
		}
		lines[i] = Line{User: l.User, Amount: a}
	}
	*sb = SignedBatch{
		Batch:        Batch{Key: j.Key, Token: j.Token, Day: j.Day, Totals: totals, Lines: lines},
		ManifestHash: j.ManifestHash,
		KeyID:        j.KeyID,
		Signature:    sig,
	}
	return nil
}

// ParseSignedBatch decodes a signed batch from its JSON form (see UnmarshalJSON). It does
// not verify it.
func ParseSignedBatch(data []byte) (SignedBatch, error) {
	var sb SignedBatch
	if err := sb.UnmarshalJSON(data); err != nil {
		return SignedBatch{}, err
	}
	return sb, nil
}
