package cardanosim

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/fxamacker/cbor/v2"
	"golang.org/x/crypto/blake2b"
)

// The simulator decodes transactions with its own reading of the Conway CDDL, never with a
// transaction-builder library's types: a body it cannot read exactly is refused, as the
// node refuses it with a DeserialiseFailure.

// Hash28 is a BLAKE2b-224 digest: a key hash, script hash or pool id.
type Hash28 [28]byte

// Hash32 is a BLAKE2b-256 digest: a transaction id or block hash.
type Hash32 [32]byte

// TxIn names one transaction output.
type TxIn struct {
	ID    Hash32
	Index uint32
}

func (in TxIn) String() string { return fmt.Sprintf("%x#%d", in.ID[:], in.Index) }

// TxOut is an unspent output: raw address bytes and lovelace. Multi-asset values are not
// simulated.
type TxOut struct {
	Addr []byte
	Coin uint64
	// size is the output's CBOR encoding size, for the minimum-UTxO rule.
	size int
}

// Credential is a stake or payment credential: a key hash or a script hash.
type Credential struct {
	Script bool
	Hash   Hash28
}

// DRep kinds, as the Conway CDDL numbers them.
const (
	DRepKey           = 0
	DRepScript        = 1
	DRepAlwaysAbstain = 2
	DRepNoConfidence  = 3
)

// DRep is a vote delegation target.
type DRep struct {
	Kind uint64
	Hash Hash28 // for DRepKey and DRepScript
}

// Certificate kinds the simulator executes (Conway CDDL numbers).
const (
	CertStakeRegistration   = 0
	CertStakeDeregistration = 1
	CertStakeDelegation     = 2
	CertReg                 = 7
	CertUnreg               = 8
	CertVoteDeleg           = 9
	CertStakeVoteDeleg      = 10
	CertStakeRegDeleg       = 11
	CertVoteRegDeleg        = 12
	CertStakeVoteRegDeleg   = 13
)

// Cert is one decoded certificate.
type Cert struct {
	Kind    uint64
	Cred    Credential
	Pool    *Hash28
	DRep    *DRep
	Deposit *uint64 // explicit deposit or refund (kinds 7, 8, 11, 12, 13)
}

// Withdrawal is one reward withdrawal.
type Withdrawal struct {
	Network byte
	Cred    Credential
	Amount  uint64
}

// VKeyWitness is one ed25519 witness.
type VKeyWitness struct {
	VKey []byte
	Sig  []byte
}

// Tx is a decoded transaction.
type Tx struct {
	Raw      []byte
	BodyRaw  []byte
	ID       Hash32
	Inputs   []TxIn
	Outputs  []TxOut
	Fee      uint64
	TTL      *uint64
	Start    *uint64
	Certs    []Cert
	Withdraw []Withdrawal
	Signers  []Hash28
	Network  *uint64
	Witness  []VKeyWitness
	IsValid  bool
}

var decMode = func() cbor.DecMode {
	dm, err := cbor.DecOptions{DupMapKey: cbor.DupMapKeyEnforcedAPF, MaxNestedLevels: 16}.DecMode()
	if err != nil {
		panic(err)
	}
	return dm
}()

// decodeError is a transaction the simulator cannot read.
type decodeError struct{ msg string }

func (e *decodeError) Error() string { return "DeserialiseFailure: " + e.msg }

func bad(format string, args ...any) error { return &decodeError{fmt.Sprintf(format, args...)} }

func unmarshal(raw []byte, v any, what string) error {
	if err := decMode.Unmarshal(raw, v); err != nil {
		return bad("%s: %v", what, err)
	}
	return nil
}

// setItems reads a CDDL set: an array, optionally under tag 258.
func setItems(raw []byte, what string) ([]cbor.RawMessage, error) {
	if bytes.HasPrefix(raw, []byte{0xd9, 0x01, 0x02}) {
		raw = raw[3:]
	}
	var items []cbor.RawMessage
	if err := unmarshal(raw, &items, what); err != nil {
		return nil, err
	}
	return items, nil
}

func hash28(raw []byte, what string) (Hash28, error) {
	var b []byte
	var h Hash28
	if err := unmarshal(raw, &b, what); err != nil {
		return h, err
	}
	if len(b) != len(h) {
		return h, bad("%s: %d bytes, want 28", what, len(b))
	}
	copy(h[:], b)
	return h, nil
}

// DecodeTx decodes a Conway transaction: [body, witness set, is_valid, auxiliary data].
func DecodeTx(raw []byte) (*Tx, error) {
	var parts []cbor.RawMessage
	if err := unmarshal(raw, &parts, "transaction"); err != nil {
		return nil, err
	}
	if len(parts) != 4 {
		return nil, bad("transaction has %d parts, want 4", len(parts))
	}
	tx := &Tx{Raw: raw, BodyRaw: parts[0], ID: Hash32(blake2b.Sum256(parts[0]))}
	if err := tx.decodeBody(parts[0]); err != nil {
		return nil, err
	}
	if err := tx.decodeWitnesses(parts[1]); err != nil {
		return nil, err
	}
	if err := unmarshal(parts[2], &tx.IsValid, "is_valid"); err != nil {
		return nil, err
	}
	if !bytes.Equal(parts[3], []byte{0xf6}) {
		return nil, bad("auxiliary data is not simulated")
	}
	return tx, nil
}

func (tx *Tx) decodeBody(raw []byte) error {
	var body map[uint64]cbor.RawMessage
	if err := unmarshal(raw, &body, "transaction body"); err != nil {
		return err
	}
	for k, v := range body {
		var err error
		switch k {
		case 0:
			err = tx.decodeInputs(v)
		case 1:
			err = tx.decodeOutputs(v)
		case 2:
			err = unmarshal(v, &tx.Fee, "fee")
		case 3:
			tx.TTL = new(uint64)
			err = unmarshal(v, tx.TTL, "ttl")
		case 4:
			err = tx.decodeCerts(v)
		case 5:
			err = tx.decodeWithdrawals(v)
		case 8:
			tx.Start = new(uint64)
			err = unmarshal(v, tx.Start, "validity interval start")
		case 14:
			err = tx.decodeSigners(v)
		case 15:
			tx.Network = new(uint64)
			err = unmarshal(v, tx.Network, "network id")
			if err == nil && *tx.Network > 1 {
				err = bad("network id %d", *tx.Network)
			}
		default:
			err = bad("transaction body field %d is not simulated", k)
		}
		if err != nil {
			return err
		}
	}
	for _, k := range []uint64{0, 1, 2} {
		if _, ok := body[k]; !ok {
			return bad("transaction body lacks field %d", k)
		}
	}
	return nil
}

func (tx *Tx) decodeInputs(raw []byte) error {
	items, err := setItems(raw, "inputs")
	if err != nil {
		return err
	}
	seen := map[TxIn]bool{}
	for _, it := range items {
		var pair []cbor.RawMessage
		if err := unmarshal(it, &pair, "input"); err != nil {
			return err
		}
		if len(pair) != 2 {
			return bad("input has %d fields", len(pair))
		}
		var id []byte
		var ix uint32
		if err := unmarshal(pair[0], &id, "input id"); err != nil {
			return err
		}
		if err := unmarshal(pair[1], &ix, "input index"); err != nil {
			return err
		}
		if len(id) != 32 {
			return bad("input id of %d bytes", len(id))
		}
		in := TxIn{ID: Hash32(id), Index: ix}
		if seen[in] {
			return bad("input %s twice", in)
		}
		seen[in] = true
		tx.Inputs = append(tx.Inputs, in)
	}
	return nil
}

func (tx *Tx) decodeOutputs(raw []byte) error {
	var items []cbor.RawMessage
	if err := unmarshal(raw, &items, "outputs"); err != nil {
		return err
	}
	for _, it := range items {
		out, err := decodeOutput(it)
		if err != nil {
			return err
		}
		tx.Outputs = append(tx.Outputs, out)
	}
	return nil
}

// decodeOutput reads a legacy [address, amount] or a post-Alonzo {0: address, 1: amount}
// output holding lovelace only.
func decodeOutput(raw []byte) (TxOut, error) {
	out := TxOut{size: len(raw)}
	var addrRaw, valRaw cbor.RawMessage
	if len(raw) > 0 && raw[0]>>5 == 5 { // a map
		var m map[uint64]cbor.RawMessage
		if err := unmarshal(raw, &m, "output"); err != nil {
			return out, err
		}
		for k := range m {
			if k > 1 {
				return out, bad("output field %d (datum, script) is not simulated", k)
			}
		}
		addrRaw, valRaw = m[0], m[1]
		if addrRaw == nil || valRaw == nil {
			return out, bad("output lacks address or amount")
		}
	} else {
		var arr []cbor.RawMessage
		if err := unmarshal(raw, &arr, "output"); err != nil {
			return out, err
		}
		if len(arr) != 2 {
			return out, bad("legacy output with %d fields (datum hash is not simulated)", len(arr))
		}
		addrRaw, valRaw = arr[0], arr[1]
	}
	if err := unmarshal(addrRaw, &out.Addr, "output address"); err != nil {
		return out, err
	}
	if _, err := parseAddress(out.Addr); err != nil {
		return out, bad("output address: %v", err)
	}
	if err := unmarshal(valRaw, &out.Coin, "output amount (multi-asset values are not simulated)"); err != nil {
		return out, err
	}
	return out, nil
}

func decodeCredential(raw []byte) (Credential, error) {
	var c Credential
	var pair []cbor.RawMessage
	if err := unmarshal(raw, &pair, "credential"); err != nil {
		return c, err
	}
	if len(pair) != 2 {
		return c, bad("credential has %d fields", len(pair))
	}
	var kind uint64
	if err := unmarshal(pair[0], &kind, "credential kind"); err != nil {
		return c, err
	}
	if kind > 1 {
		return c, bad("credential kind %d", kind)
	}
	h, err := hash28(pair[1], "credential hash")
	if err != nil {
		return c, err
	}
	return Credential{Script: kind == 1, Hash: h}, nil
}

// decodeDRep reads drep = [0, addr_keyhash] / [1, script_hash] / [2] / [3]. A bare
// integer is not a drep.
func decodeDRep(raw []byte) (DRep, error) {
	var d DRep
	var arr []cbor.RawMessage
	if err := unmarshal(raw, &arr, "drep"); err != nil {
		return d, err
	}
	if len(arr) == 0 {
		return d, bad("empty drep")
	}
	if err := unmarshal(arr[0], &d.Kind, "drep kind"); err != nil {
		return d, err
	}
	switch d.Kind {
	case DRepKey, DRepScript:
		if len(arr) != 2 {
			return d, bad("drep %d with %d fields", d.Kind, len(arr))
		}
		h, err := hash28(arr[1], "drep hash")
		if err != nil {
			return d, err
		}
		d.Hash = h
	case DRepAlwaysAbstain, DRepNoConfidence:
		if len(arr) != 1 {
			return d, bad("drep %d with %d fields", d.Kind, len(arr))
		}
	default:
		return d, bad("drep kind %d", d.Kind)
	}
	return d, nil
}

// certShapes lists each certificate's fields after the kind: c credential, p pool,
// d drep, $ coin.
var certShapes = map[uint64]string{
	CertStakeRegistration:   "c",
	CertStakeDeregistration: "c",
	CertStakeDelegation:     "cp",
	CertReg:                 "c$",
	CertUnreg:               "c$",
	CertVoteDeleg:           "cd",
	CertStakeVoteDeleg:      "cpd",
	CertStakeRegDeleg:       "cp$",
	CertVoteRegDeleg:        "cd$",
	CertStakeVoteRegDeleg:   "cpd$",
}

func (tx *Tx) decodeCerts(raw []byte) error {
	items, err := setItems(raw, "certificates")
	if err != nil {
		return err
	}
	for _, it := range items {
		var arr []cbor.RawMessage
		if err := unmarshal(it, &arr, "certificate"); err != nil {
			return err
		}
		if len(arr) == 0 {
			return bad("empty certificate")
		}
		var c Cert
		if err := unmarshal(arr[0], &c.Kind, "certificate kind"); err != nil {
			return err
		}
		shape, ok := certShapes[c.Kind]
		if !ok {
			return bad("certificate kind %d is not simulated", c.Kind)
		}
		if len(arr) != len(shape)+1 {
			return bad("certificate %d has %d fields, want %d", c.Kind, len(arr)-1, len(shape))
		}
		for i, f := range shape {
			v := arr[i+1]
			switch f {
			case 'c':
				c.Cred, err = decodeCredential(v)
			case 'p':
				var h Hash28
				h, err = hash28(v, "pool key hash")
				c.Pool = &h
			case 'd':
				var d DRep
				d, err = decodeDRep(v)
				c.DRep = &d
			case '$':
				c.Deposit = new(uint64)
				err = unmarshal(v, c.Deposit, "certificate coin")
			}
			if err != nil {
				return err
			}
		}
		tx.Certs = append(tx.Certs, c)
	}
	return nil
}

func (tx *Tx) decodeWithdrawals(raw []byte) error {
	var m map[cbor.ByteString]uint64
	if err := unmarshal(raw, &m, "withdrawals"); err != nil {
		return err
	}
	for k, v := range m {
		a := []byte(k)
		if len(a) != 29 || (a[0]>>4 != 14 && a[0]>>4 != 15) {
			return bad("withdrawal key is not a reward address")
		}
		var h Hash28
		copy(h[:], a[1:])
		tx.Withdraw = append(tx.Withdraw, Withdrawal{Network: a[0] & 0x0f, Cred: Credential{Script: a[0]>>4 == 15, Hash: h}, Amount: v})
	}
	return nil
}

func (tx *Tx) decodeSigners(raw []byte) error {
	items, err := setItems(raw, "required signers")
	if err != nil {
		return err
	}
	for _, it := range items {
		h, err := hash28(it, "required signer")
		if err != nil {
			return err
		}
		tx.Signers = append(tx.Signers, h)
	}
	return nil
}

func (tx *Tx) decodeWitnesses(raw []byte) error {
	var m map[uint64]cbor.RawMessage
	if err := unmarshal(raw, &m, "witness set"); err != nil {
		return err
	}
	for k, v := range m {
		if k != 0 {
			return bad("witness set field %d (scripts, bootstrap, redeemers) is not simulated", k)
		}
		items, err := setItems(v, "vkey witnesses")
		if err != nil {
			return err
		}
		for _, it := range items {
			var w []cbor.RawMessage
			if err := unmarshal(it, &w, "vkey witness"); err != nil {
				return err
			}
			if len(w) != 2 {
				return bad("vkey witness with %d fields", len(w))
			}
			var vw VKeyWitness
			if err := unmarshal(w[0], &vw.VKey, "vkey"); err != nil {
				return err
			}
			if err := unmarshal(w[1], &vw.Sig, "signature"); err != nil {
				return err
			}
			if len(vw.VKey) != 32 || len(vw.Sig) != 64 {
				return bad("vkey witness of %d/%d bytes", len(vw.VKey), len(vw.Sig))
			}
			tx.Witness = append(tx.Witness, vw)
		}
	}
	return nil
}

// address is a parsed Shelley address.
type address struct {
	Type    byte // CIP-19 header type
	Network byte
	Payment *Credential // nil for reward addresses
	Stake   *Credential // nil for enterprise and pointer addresses
}

var errAddress = errors.New("malformed address")

// parseAddress reads a CIP-19 Shelley address (types 0-7, 14, 15). Byron addresses are
// not simulated.
func parseAddress(b []byte) (address, error) {
	if len(b) == 0 {
		return address{}, errAddress
	}
	a := address{Type: b[0] >> 4, Network: b[0] & 0x0f}
	cred := func(off int, script bool) *Credential {
		var h Hash28
		copy(h[:], b[off:off+28])
		return &Credential{Script: script, Hash: h}
	}
	switch a.Type {
	case 0, 1, 2, 3:
		if len(b) != 57 {
			return a, errAddress
		}
		a.Payment = cred(1, a.Type&1 == 1)
		a.Stake = cred(29, a.Type&2 == 2)
	case 4, 5:
		if len(b) < 30 {
			return a, errAddress
		}
		a.Payment = cred(1, a.Type == 5)
	case 6, 7:
		if len(b) != 29 {
			return a, errAddress
		}
		a.Payment = cred(1, a.Type == 7)
	case 14, 15:
		if len(b) != 29 {
			return a, errAddress
		}
		a.Stake = cred(1, a.Type == 15)
	default:
		return a, errAddress
	}
	return a, nil
}
