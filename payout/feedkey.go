package payout

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
)

// FeedKey is the ed25519 key that signs the payout feed. Its private half never leaves the
// value: String, GoString and every fmt verb print only the key id.
type FeedKey struct {
	k *feedKey // behind a pointer, so that fmt's reflection prints an address, not bytes
}

type feedKey struct {
	private ed25519.PrivateKey
	id      string
}

// maxFeedKeyFile bounds what ReadFeedKeyFile reads.
const maxFeedKeyFile = 1 << 10

// ParseFeedKey reads a feed key from the contents of a key file: a 32-byte ed25519 seed in
// hex (64 digits, an optional 0x) or standard base64, with surrounding white space
// ignored. The error never repeats the input.
func ParseFeedKey(data []byte) (FeedKey, error) {
	text := bytes.TrimSpace(data)
	seed := make([]byte, ed25519.SeedSize)
	defer clear(seed)
	switch {
	case len(text) == 2*ed25519.SeedSize+2 && (bytes.HasPrefix(text, []byte("0x")) || bytes.HasPrefix(text, []byte("0X"))):
		text = text[2:]
		fallthrough
	case len(text) == 2*ed25519.SeedSize:
		if _, err := hex.Decode(seed, text); err != nil {
			return FeedKey{}, fmt.Errorf("%w: 64 characters but not hex", ErrBadFeedKey)
		}
	case len(text) == base64.StdEncoding.EncodedLen(ed25519.SeedSize):
		buf := make([]byte, base64.StdEncoding.DecodedLen(len(text)))
		defer clear(buf)
		n, err := base64.StdEncoding.Decode(buf, text)
		if err != nil || n != ed25519.SeedSize {
			return FeedKey{}, fmt.Errorf("%w: 44 characters but not the base64 of 32 bytes", ErrBadFeedKey)
		}
		copy(seed, buf)
	default:
		return FeedKey{}, fmt.Errorf("%w: want a 32-byte ed25519 seed in hex (64 digits) or base64 (44 characters), got %d characters", ErrBadFeedKey, len(text))
	}
	return newFeedKey(ed25519.NewKeyFromSeed(seed)), nil
}

// ReadFeedKeyFile reads a feed key file (see ParseFeedKey). The file must be a regular
// file that neither group nor others may access.
func ReadFeedKeyFile(path string) (FeedKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return FeedKey{}, fmt.Errorf("feed key: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return FeedKey{}, fmt.Errorf("feed key: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return FeedKey{}, fmt.Errorf("%w: %s is not a regular file", ErrBadFeedKey, path)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return FeedKey{}, fmt.Errorf("%w: %s has mode %04o, which grants group or others access (chmod 600 it)", ErrBadFeedKey, path, perm)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFeedKeyFile+1))
	defer clear(data)
	if err != nil {
		return FeedKey{}, fmt.Errorf("feed key %s: %w", path, err)
	}
	if len(data) > maxFeedKeyFile {
		return FeedKey{}, fmt.Errorf("%w: %s is larger than %d bytes", ErrBadFeedKey, path, maxFeedKeyFile)
	}
	k, err := ParseFeedKey(data)
	if err != nil {
		return FeedKey{}, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// CreateFeedKeyFile generates a new feed key from random and writes its seed, in hex, to a
// new file at path with mode 0600, synced to disk. It refuses to replace an existing file
// (the error wraps fs.ErrExist).
func CreateFeedKeyFile(path string, random io.Reader) (FeedKey, error) {
	seed := make([]byte, ed25519.SeedSize)
	defer clear(seed)
	if _, err := io.ReadFull(random, seed); err != nil {
		return FeedKey{}, fmt.Errorf("generate feed key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return FeedKey{}, fmt.Errorf("create feed key file: %w", err)
	}
	text := make([]byte, hex.EncodedLen(len(seed))+1)
	defer clear(text)
	hex.Encode(text, seed)
	text[len(text)-1] = '\n'
	_, err = f.Write(text)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path) // a partial key file is worth nothing
		return FeedKey{}, fmt.Errorf("write feed key file %s: %w", path, err)
	}
	return newFeedKey(ed25519.NewKeyFromSeed(seed)), nil
}

func newFeedKey(private ed25519.PrivateKey) FeedKey {
	return FeedKey{k: &feedKey{private: private, id: KeyID(private.Public().(ed25519.PublicKey))}}
}

// Public returns the key's public half, which payout systems use to verify the feed.
func (k FeedKey) Public() ed25519.PublicKey {
	if k.k == nil {
		return nil
	}
	return bytes.Clone(k.k.private[ed25519.SeedSize:])
}

// ID returns the key id (see KeyID), or "" for the zero FeedKey.
func (k FeedKey) ID() string {
	if k.k == nil {
		return ""
	}
	return k.k.id
}

// String names the key by its id only.
func (k FeedKey) String() string { return "feed key " + k.ID() }

// GoString names the key by its id only.
func (k FeedKey) GoString() string { return k.String() }

// Format prints the key's id whatever the verb, so no formatting reveals the key.
func (k FeedKey) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, k.String()) }

// KeyID returns the id of a feed public key: "ed25519:" and the first 16 lowercase hex
// digits of the SHA-256 of the 32-byte public key.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return "ed25519:" + hex.EncodeToString(sum[:8])
}

// ParsePublicKey reads a feed public key written as 64 hex digits (an optional 0x).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	text := s
	if len(text) > 2 && (text[:2] == "0x" || text[:2] == "0X") {
		text = text[2:]
	}
	pub, err := hex.DecodeString(text)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%w: public key %q: want 32 bytes as 64 hex digits", ErrBadFeedKey, s)
	}
	return pub, nil
}
