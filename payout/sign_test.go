package payout

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/softstake/staker/money"
)

func TestSignedJSONGolden(t *testing.T) {
	sb, err := Sign(workedExample(t), testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := sb.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/sol-2025-03-01.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != strings.TrimSuffix(string(want), "\n") {
		t.Fatalf("signed JSON:\n%s\nwant:\n%s", got, want)
	}
	// What a payout system does: parse the file and verify it with the published key.
	pub, err := ParsePublicKey(hex.EncodeToString(testKey(t).Public()))
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseSignedBatch(want)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(back, pub); err != nil {
		t.Fatalf("Verify(golden) = %v", err)
	}
	if again, _ := back.MarshalJSON(); !bytes.Equal(again, got) {
		t.Fatalf("JSON round trip changed the bytes:\n%s\n%s", again, got)
	}
}

func TestVerifyRefuses(t *testing.T) {
	key := testKey(t)
	other, err := ParseFeedKey(bytes.Repeat([]byte("02"), 32))
	if err != nil {
		t.Fatal(err)
	}
	otherSigned := func(t *testing.T) SignedBatch {
		sb, err := Sign(workedExample(t), other)
		if err != nil {
			t.Fatal(err)
		}
		return sb
	}
	tests := []struct {
		name    string
		edit    func(t *testing.T, sb *SignedBatch)
		givePub ed25519.PublicKey
		wantErr error
		wantMsg string
	}{
		{"line amount moved between users", func(_ *testing.T, sb *SignedBatch) {
			sb.Lines[0].Amount = money.NewAmount(12604421)
			sb.Lines[1].Amount = money.NewAmount(6633908)
		}, nil, ErrHashMismatch, "its content hashes to"},
		{"user renamed", func(_ *testing.T, sb *SignedBatch) { sb.Lines[0].User = "alicf" }, nil, ErrHashMismatch, "manifest hash mismatch"},
		{"day moved", func(_ *testing.T, sb *SignedBatch) { sb.Day = "2025-03-02" }, nil, ErrHashMismatch, ""},
		{"hash replaced to match", func(_ *testing.T, sb *SignedBatch) {
			sb.Totals.FeeBps = 900
			sb.ManifestHash = ManifestHash(sb.Batch)
		}, nil, ErrBadSignature, "bad feed signature by ed25519:"},
		{"signature flipped", func(_ *testing.T, sb *SignedBatch) { sb.Signature[5] ^= 1 }, nil, ErrBadSignature, ""},
		{"signature truncated", func(_ *testing.T, sb *SignedBatch) { sb.Signature = sb.Signature[:10] }, nil, ErrBadSignature, ""},
		{"totals do not add up", func(_ *testing.T, sb *SignedBatch) {
			sb.Totals.Treasury = money.NewAmount(53071253)
		}, nil, ErrTotals, "fee 10000000 + treasury 53071253 + lines 36928746 = 99999999, reward is 100000000"},
		{"line dropped", func(_ *testing.T, sb *SignedBatch) { sb.Lines = sb.Lines[1:] }, nil, ErrTotals, "totals count 4 lines, the batch has 3"},
		{"another key's batch", func(t *testing.T, sb *SignedBatch) { *sb = otherSigned(t) }, nil, ErrWrongKey, `signed by "` + other.ID() + `", checked against ` + key.ID()},
		{"another key's signature under our id", func(t *testing.T, sb *SignedBatch) {
			o := otherSigned(t)
			sb.Signature = o.Signature
		}, nil, ErrBadSignature, ""},
		{"short public key", func(*testing.T, *SignedBatch) {}, ed25519.PublicKey{1, 2, 3}, ErrBadFeedKey, "public key of 3 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sb, err := Sign(workedExample(t), key)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(sb, key.Public()); err != nil {
				t.Fatalf("untouched batch: %v", err)
			}
			tt.edit(t, &sb)
			pub := key.Public()
			if tt.givePub != nil {
				pub = tt.givePub
			}
			err = Verify(sb, pub)
			if !errors.Is(err, tt.wantErr) || !contains(err, tt.wantMsg) {
				t.Fatalf("Verify() = %v, want %v with %q", err, tt.wantErr, tt.wantMsg)
			}
		})
	}
}

func TestSignRefusesInvalid(t *testing.T) {
	b := workedExample(t)
	b.Lines[0].Amount = money.NewAmount(1)
	if _, err := Sign(b, testKey(t)); !errors.Is(err, ErrTotals) {
		t.Fatalf("Sign(bad totals) = %v, want ErrTotals", err)
	}
	if _, err := Sign(workedExample(t), FeedKey{}); !errors.Is(err, ErrBadFeedKey) {
		t.Fatalf("Sign(zero key) = %v, want ErrBadFeedKey", err)
	}
}

func TestParseSignedBatchRefuses(t *testing.T) {
	good, err := os.ReadFile("testdata/sol-2025-03-01.json")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(old, new string) []byte {
		if !bytes.Contains(good, []byte(old)) {
			t.Fatalf("golden JSON has no %q", old)
		}
		return bytes.Replace(good, []byte(old), []byte(new), 1)
	}
	tests := []struct {
		name    string
		give    []byte
		wantMsg string
	}{
		{"not JSON", []byte("payout"), "invalid character"},
		{"unknown field", edit(`"key_id"`, `"extra":1,"key_id"`), `unknown field "extra"`},
		{"other format", edit(FormatV1, "staker-payout-batch/v2"), `format "staker-payout-batch/v2"`},
		{"bare number amount", edit(`"reward":"100000000"`, `"reward":100000000`), "cannot unmarshal number"},
		{"amount not base units", edit(`"fee":"10000000"`, `"fee":"0.01"`), "totals.fee: "},
		{"line amount not base units", edit(`"amount":"6633907"`, `"amount":"6e6"`), "line 2: amount: "},
		{"missing total", edit(`"fee":"10000000",`, ``), "totals.fee is missing"},
		{"missing line amount", edit(`,"amount":"12604422"`, ``), "line 1 has no amount"},
		{"bad signature encoding", edit(`"signature":"`, `"signature":"zz`), "signature is not 64 bytes in hex"},
		{"trailing data", append(bytes.Clone(good), []byte(`{}`)...), "data after the batch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSignedBatch(tt.give)
			if !errors.Is(err, ErrMalformed) || !contains(err, tt.wantMsg) {
				t.Fatalf("ParseSignedBatch() = %v, want ErrMalformed with %q", err, tt.wantMsg)
			}
		})
	}
}

func TestJSONStringEscaping(t *testing.T) {
	tests := []struct{ give, want string }{
		{`plain`, `"plain"`},
		{`quo"te\back`, `"quo\"te\\back"`},
		{"tab\tnl\n", `"tab\u0009nl\u000a"`},
		{"ünï", `"ünï"`},
		{"bad\xff", `"bad\ufffd"`},
	}
	for _, tt := range tests {
		if got := string(appendJSONString(nil, tt.give)); got != tt.want {
			t.Errorf("appendJSONString(%q) = %s, want %s", tt.give, got, tt.want)
		}
	}
}

func TestParseFeedKey(t *testing.T) {
	seed := bytes.Repeat([]byte{0xab}, 32)
	want := ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
	tests := []struct {
		name    string
		give    string
		wantErr string
	}{
		{"hex", hex.EncodeToString(seed), ""},
		{"hex with 0x and a newline", "0x" + hex.EncodeToString(seed) + "\n", ""},
		{"base64", "  " + base64.StdEncoding.EncodeToString(seed) + "\r\n", ""},
		{"not hex", strings.Repeat("zz", 32), "64 characters but not hex"},
		{"not base64", strings.Repeat("*", 44), "44 characters but not the base64 of 32 bytes"},
		{"too short", "abcd", "got 4 characters"},
		{"64-byte key", hex.EncodeToString(ed25519.NewKeyFromSeed(seed)), "got 128 characters"},
		{"empty", "", "got 0 characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ParseFeedKey([]byte(tt.give))
			if tt.wantErr != "" {
				if !errors.Is(err, ErrBadFeedKey) || !contains(err, tt.wantErr) {
					t.Fatalf("error = %v, want ErrBadFeedKey with %q", err, tt.wantErr)
				}
				if len(tt.give) >= 8 && strings.Contains(err.Error(), tt.give[:8]) {
					t.Fatalf("error repeats the key file: %v", err)
				}
				return
			}
			if err != nil || !k.Public().Equal(want) || k.ID() != KeyID(want) {
				t.Fatalf("ParseFeedKey() = %v, %v; want the key of the seed", k, err)
			}
		})
	}
}

func TestFeedKeyNeverPrinted(t *testing.T) {
	k := testKey(t)
	seedHex := strings.Repeat("01", 32)
	secret := hex.EncodeToString(k.k.private)
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%x", "%X", "%d", "%q"} {
		for _, arg := range []any{k, &k, struct{ K FeedKey }{k}} {
			out := fmt.Sprintf(verb, arg)
			if strings.Contains(out, seedHex[:16]) || strings.Contains(out, secret[:16]) || strings.Contains(out, "[1 1 1") {
				t.Errorf("Sprintf(%s) leaks the key: %s", verb, out)
			}
		}
	}
	if got := k.String(); got != "feed key "+KeyID(k.Public()) || !strings.HasPrefix(k.ID(), "ed25519:") || len(k.ID()) != 8+16 {
		t.Fatalf("String() = %q", got)
	}
}

func TestFeedKeyFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.key")
	random := bytes.NewReader(bytes.Repeat([]byte{7}, 32))
	k, err := CreateFeedKeyFile(path, random)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v; want 0600", fi.Mode(), err)
	}
	back, err := ReadFeedKeyFile(path)
	if err != nil || !back.Public().Equal(k.Public()) {
		t.Fatalf("ReadFeedKeyFile = %v, %v; want %v", back, err, k)
	}
	if _, err := CreateFeedKeyFile(path, bytes.NewReader(make([]byte, 32))); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second CreateFeedKeyFile = %v, want fs.ErrExist", err)
	}
	if again, _ := ReadFeedKeyFile(path); !again.Public().Equal(k.Public()) {
		t.Fatal("the existing key file was replaced")
	}
	if _, err := CreateFeedKeyFile(filepath.Join(dir, "short.key"), bytes.NewReader([]byte{1, 2})); err == nil {
		t.Fatal("CreateFeedKeyFile with 2 random bytes succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "short.key")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a failed generation left a file: %v", err)
	}

	open := filepath.Join(dir, "open.key")
	if err := os.WriteFile(open, []byte(strings.Repeat("01", 32)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, give, wantErr string
	}{
		{"readable by others", open, "has mode 0644"},
		{"a directory", dir, "is not a regular file"},
		{"missing", filepath.Join(dir, "none.key"), "no such file"},
	}
	for _, tt := range tests {
		if _, err := ReadFeedKeyFile(tt.give); !contains(err, tt.wantErr) {
			t.Errorf("%s: ReadFeedKeyFile = %v, want %q", tt.name, err, tt.wantErr)
		}
	}
	if _, err := ParsePublicKey("0x" + hex.EncodeToString(k.Public())); err != nil {
		t.Fatal(err)
	}
	if _, err := ParsePublicKey("abcd"); !errors.Is(err, ErrBadFeedKey) {
		t.Fatalf("ParsePublicKey(abcd) = %v", err)
	}
}
