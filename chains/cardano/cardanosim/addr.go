package cardanosim

import (
	"encoding/hex"
	"fmt"

	"github.com/btcsuite/btcd/btcutil/bech32"
)

// encodeAddress renders raw Shelley address bytes in bech32 (CIP-19 prefixes).
func encodeAddress(raw []byte) (string, error) {
	a, err := parseAddress(raw)
	if err != nil {
		return "", err
	}
	hrp := "addr"
	if a.Type >= 14 {
		hrp = "stake"
	}
	if a.Network == 0 {
		hrp += "_test"
	}
	return bech32Encode(hrp, raw)
}

// decodeAddress reads a bech32 Shelley address into raw bytes.
func decodeAddress(s string) ([]byte, error) {
	_, raw, err := bech32Decode(s)
	if err != nil {
		return nil, err
	}
	if _, err := parseAddress(raw); err != nil {
		return nil, fmt.Errorf("address %q: %w", s, err)
	}
	return raw, nil
}

// stakeCred returns the key credential of a bech32 reward address.
func stakeCred(s string) (Hash28, error) {
	raw, err := decodeAddress(s)
	if err != nil {
		return Hash28{}, err
	}
	a, _ := parseAddress(raw)
	if a.Stake == nil || a.Payment != nil || a.Stake.Script {
		return Hash28{}, fmt.Errorf("%q is not a key reward address", s)
	}
	return a.Stake.Hash, nil
}

// stakeAddress renders a key credential as a reward address on network.
func stakeAddress(cred Hash28, network byte) string {
	s, _ := bech32Encode(map[bool]string{true: "stake", false: "stake_test"}[network == 1], append([]byte{0xe0 | network}, cred[:]...))
	return s
}

func poolBech32(id Hash28) string {
	s, _ := bech32Encode("pool", id[:])
	return s
}

// parsePoolID accepts a pool id in bech32 (pool1…) or hex.
func parsePoolID(s string) (Hash28, error) {
	var h Hash28
	var raw []byte
	if hrp, b, err := bech32Decode(s); err == nil {
		if hrp != "pool" {
			return h, fmt.Errorf("%q is not a pool id", s)
		}
		raw = b
	} else if b, err := hex.DecodeString(s); err == nil {
		raw = b
	}
	if len(raw) != len(h) {
		return h, fmt.Errorf("%q is not a pool id", s)
	}
	copy(h[:], raw)
	return h, nil
}

func parseHash32(s string) (Hash32, error) {
	var h Hash32
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("%q is not a transaction hash", s)
	}
	copy(h[:], b)
	return h, nil
}

func drepID(d *DRep) *string {
	if d == nil {
		return nil
	}
	var s string
	switch d.Kind {
	case DRepAlwaysAbstain:
		s = "drep_always_abstain"
	case DRepNoConfidence:
		s = "drep_always_no_confidence"
	case DRepKey:
		s, _ = bech32Encode("drep", d.Hash[:])
	default:
		s, _ = bech32Encode("drep_script", d.Hash[:])
	}
	return &s
}

func bech32Encode(hrp string, data []byte) (string, error) {
	conv, err := bech32.ConvertBits(data, 8, 5, true)
	if err != nil {
		return "", err
	}
	return bech32.Encode(hrp, conv)
}

func bech32Decode(s string) (string, []byte, error) {
	hrp, data, err := bech32.DecodeNoLimit(s)
	if err != nil {
		return "", nil, err
	}
	raw, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil {
		return "", nil, err
	}
	return hrp, raw, nil
}
