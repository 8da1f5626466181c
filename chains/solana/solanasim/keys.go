package solanasim

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"

	"github.com/mr-tron/base58"
)

// Pubkey is a 32-byte account address.
type Pubkey [32]byte

// String returns the base58 form of k.
func (k Pubkey) String() string { return base58.Encode(k[:]) }

// ParsePubkey parses a base58 account address.
func ParsePubkey(s string) (Pubkey, error) {
	var k Pubkey
	b, err := base58.Decode(s)
	if err != nil {
		return k, fmt.Errorf("address %q: %w", s, err)
	}
	if len(b) != len(k) {
		return k, fmt.Errorf("address %q: %d bytes, want 32", s, len(b))
	}
	copy(k[:], b)
	return k, nil
}

func mustKey(s string) Pubkey {
	k, err := ParsePubkey(s)
	if err != nil {
		panic(err)
	}
	return k
}

// Well-known program and sysvar addresses, as on every Solana cluster.
var (
	SystemProgram      = Pubkey{}
	StakeProgram       = mustKey("Stake11111111111111111111111111111111111111")
	VoteProgram        = mustKey("Vote111111111111111111111111111111111111111")
	StakeConfig        = mustKey("StakeConfig11111111111111111111111111111111")
	ClockSysvar        = mustKey("SysvarC1ock11111111111111111111111111111111")
	RentSysvar         = mustKey("SysvarRent111111111111111111111111111111111")
	StakeHistorySysvar = mustKey("SysvarStakeHistory1111111111111111111111111")
)

// maxSeedLen is the longest seed CreateAccountWithSeed accepts.
const maxSeedLen = 32

// errSeedTooLong is returned by CreateWithSeed for seeds over 32 bytes.
var errSeedTooLong = errors.New("seed longer than 32 bytes")

// CreateWithSeed derives the address of an account created with a seed: the SHA-256 of the
// base address, the seed and the owner program.
func CreateWithSeed(base Pubkey, seed string, owner Pubkey) (Pubkey, error) {
	if len(seed) > maxSeedLen {
		return Pubkey{}, errSeedTooLong
	}
	h := sha256.New()
	h.Write(base[:])
	h.Write([]byte(seed))
	h.Write(owner[:])
	var k Pubkey
	copy(k[:], h.Sum(nil))
	return k, nil
}

func sortedKeys(seq func(func(Pubkey) bool)) []Pubkey {
	var out []Pubkey
	for k := range seq {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b Pubkey) int { return bytes.Compare(a[:], b[:]) })
	return out
}
