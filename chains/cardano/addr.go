package cardano

import (
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"golang.org/x/crypto/blake2b"
)

// hash28 is a key hash or pool id.
type hash28 [28]byte

// owner is a custody base address and what derives from it.
type owner struct {
	network    byte
	payment    hash28
	stake      hash28
	base       string // bech32 base address
	enterprise string // bech32 enterprise address of the payment key (the buffer)
	stakeAddr  string // bech32 reward address of the stake key
}

// parseOwner reads a key/key base address on network.
func parseOwner(s string, network byte) (owner, error) {
	hrp, raw, err := bech32Decode(s)
	if err != nil {
		return owner{}, fmt.Errorf("not a bech32 address: %w", err)
	}
	if len(raw) != 57 || raw[0]>>4 != 0 {
		return owner{}, errors.New("not a base address with key payment and stake credentials (CIP-19 type 0)")
	}
	if raw[0]&0x0f != network || hrp != addrHRP(network) {
		return owner{}, fmt.Errorf("address is for network %d, want %d", raw[0]&0x0f, network)
	}
	var o owner
	o.network = network
	copy(o.payment[:], raw[1:29])
	copy(o.stake[:], raw[29:57])
	return newOwner(o.payment, o.stake, network), nil
}

func newOwner(payment, stake hash28, network byte) owner {
	o := owner{network: network, payment: payment, stake: stake}
	o.base = mustBech32(addrHRP(network), append(append([]byte{network}, payment[:]...), stake[:]...))
	o.enterprise = mustBech32(addrHRP(network), append([]byte{0x60 | network}, payment[:]...))
	o.stakeAddr = mustBech32(stakeHRP(network), o.rewardAddr())
	return o
}

// rewardAddr is the raw reward address of the stake key.
func (o owner) rewardAddr() []byte { return append([]byte{0xe0 | o.network}, o.stake[:]...) }

// signers returns the key hashes that must witness a transaction of the owner: the
// payment key, and the stake key when withStake (once when both are the same key).
func (o owner) signers(withStake bool) []hash28 {
	if !withStake || o.stake == o.payment {
		return []hash28{o.payment}
	}
	return []hash28{o.payment, o.stake}
}

func addrHRP(network byte) string {
	if network == 1 {
		return "addr"
	}
	return "addr_test"
}

func stakeHRP(network byte) string {
	if network == 1 {
		return "stake"
	}
	return "stake_test"
}

// rawAddress decodes a bech32 Shelley payment address (base, pointer or enterprise) on
// network into its bytes.
func rawAddress(s string, network byte) ([]byte, error) {
	hrp, raw, err := bech32Decode(s)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", s, err)
	}
	if hrp != addrHRP(network) || len(raw) < 29 || raw[0]&0x0f != network || raw[0]>>4 > 7 {
		return nil, fmt.Errorf("address %q is not a payment address on network %d", s, network)
	}
	switch t := raw[0] >> 4; {
	case t <= 3 && len(raw) != 57, t >= 6 && len(raw) != 29:
		return nil, fmt.Errorf("address %q has the wrong length", s)
	}
	return raw, nil
}

// addressText renders raw address bytes (payment or reward) in bech32.
func addressText(raw []byte) (string, error) {
	if len(raw) < 29 {
		return "", errors.New("address too short")
	}
	network := raw[0] & 0x0f
	if raw[0]>>4 >= 14 {
		return bech32Encode(stakeHRP(network), raw)
	}
	if raw[0]>>4 > 7 {
		return "", fmt.Errorf("address header %#x is not simulated or supported", raw[0])
	}
	return bech32Encode(addrHRP(network), raw)
}

// parsePoolID accepts a pool id in bech32 (pool1…) or as 56 hex digits.
func parsePoolID(s string) (hash28, error) {
	var h hash28
	var raw []byte
	if hrp, b, err := bech32Decode(s); err == nil && hrp == "pool" {
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

func poolText(h hash28) string { return mustBech32("pool", h[:]) }

// keyHash is the BLAKE2b-224 of an ed25519 verification key.
func keyHash(vkey []byte) hash28 {
	d, _ := blake2b.New(28, nil)
	d.Write(vkey)
	var h hash28
	copy(h[:], d.Sum(nil))
	return h
}

func bech32Encode(hrp string, data []byte) (string, error) {
	conv, err := bech32.ConvertBits(data, 8, 5, true)
	if err != nil {
		return "", err
	}
	return bech32.Encode(hrp, conv)
}

func mustBech32(hrp string, data []byte) string {
	s, err := bech32Encode(hrp, data)
	if err != nil {
		panic(err) // fixed-size inputs always convert
	}
	return s
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
