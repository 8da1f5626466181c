package solana

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/mr-tron/base58"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Addresses the decoder accepts, as raw keys.
var (
	keySystem       = key32("11111111111111111111111111111111")
	keyStake        = key32("Stake11111111111111111111111111111111111111")
	keyStakeConfig  = key32("StakeConfig11111111111111111111111111111111")
	keyClock        = key32("SysvarC1ock11111111111111111111111111111111")
	keyRent         = key32("SysvarRent111111111111111111111111111111111")
	keyStakeHistory = key32("SysvarStakeHistory1111111111111111111111111")
)

type pubkey [32]byte

func (k pubkey) String() string { return base58.Encode(k[:]) }

func key32(s string) pubkey {
	b, err := base58.Decode(s)
	if err != nil || len(b) != 32 {
		panic("bad key " + s)
	}
	return pubkey(b)
}

// maxReserve bounds the lamports a decoded payload may put into a new stake account besides
// the stake itself (the rent-exempt reserve is 2,282,880 lamports on every cluster).
const maxReserve = 10_000_000

// msg is a decoded legacy message.
type msg struct {
	signers, roSigned, roUnsigned int
	keys                          []pubkey
	blockhash                     pubkey
	ixs                           []ix
}

// ix is one instruction with its accounts resolved to keys.
type ix struct {
	program  pubkey
	accounts []pubkey
	data     []byte
}

type cursor struct {
	b   []byte
	off int
	err error
}

func (c *cursor) bytes(n int) []byte {
	if c.err != nil {
		return nil
	}
	if n < 0 || c.off+n > len(c.b) {
		c.err = fmt.Errorf("truncated at byte %d", c.off)
		return nil
	}
	s := c.b[c.off : c.off+n]
	c.off += n
	return s
}

func (c *cursor) byte1() int {
	if s := c.bytes(1); s != nil {
		return int(s[0])
	}
	return 0
}

// shortvec reads a compact-u16 length.
func (c *cursor) shortvec() int {
	v := 0
	for i := range 3 {
		b := c.byte1()
		if c.err != nil {
			return 0
		}
		v |= (b & 0x7f) << (7 * i)
		if b&0x80 == 0 {
			if i > 0 && b == 0 {
				c.err = errors.New("non-minimal length")
			}
			return v
		}
	}
	c.err = errors.New("length longer than 3 bytes")
	return 0
}

// parseMessage decodes a legacy message; versioned messages are refused.
func parseMessage(b []byte) (*msg, error) {
	if len(b) > 0 && b[0]&0x80 != 0 {
		return nil, errors.New("versioned message: this adapter builds legacy messages only")
	}
	c := &cursor{b: b}
	m := &msg{signers: c.byte1(), roSigned: c.byte1(), roUnsigned: c.byte1()}
	n := c.shortvec()
	for range n {
		var k pubkey
		copy(k[:], c.bytes(32))
		if c.err != nil {
			return nil, c.err
		}
		m.keys = append(m.keys, k)
	}
	copy(m.blockhash[:], c.bytes(32))
	ni := c.shortvec()
	for range ni {
		p := c.byte1()
		na := c.shortvec()
		var in ix
		idx := c.bytes(na)
		in.data = append([]byte(nil), c.bytes(c.shortvec())...)
		if c.err != nil {
			return nil, c.err
		}
		if p >= len(m.keys) {
			return nil, fmt.Errorf("program index %d out of range", p)
		}
		in.program = m.keys[p]
		for _, i := range idx {
			if int(i) >= len(m.keys) {
				return nil, fmt.Errorf("account index %d out of range", i)
			}
			in.accounts = append(in.accounts, m.keys[i])
		}
		m.ixs = append(m.ixs, in)
	}
	if c.err != nil {
		return nil, c.err
	}
	if c.off != len(b) {
		return nil, fmt.Errorf("%d trailing bytes", len(b)-c.off)
	}
	if m.signers < 1 || m.signers > len(m.keys) || m.roSigned >= m.signers || m.roUnsigned > len(m.keys)-m.signers {
		return nil, errors.New("header does not fit the account keys")
	}
	return m, nil
}

// data reads little-endian instruction data.
type data struct{ cursor }

func (d *data) u32() uint32 {
	if s := d.bytes(4); s != nil {
		return binary.LittleEndian.Uint32(s)
	}
	return 0
}

func (d *data) u64() uint64 {
	if s := d.bytes(8); s != nil {
		return binary.LittleEndian.Uint64(s)
	}
	return 0
}

func (d *data) key() pubkey {
	var k pubkey
	copy(k[:], d.bytes(32))
	return k
}

func (d *data) end() error {
	if d.err != nil {
		return d.err
	}
	if d.off != len(d.b) {
		return fmt.Errorf("%d trailing bytes of instruction data", len(d.b)-d.off)
	}
	return nil
}

// op is one recognized instruction.
type op struct {
	kind     string // "create", "transfer", "initialize", "delegate", "split", "withdraw", "deactivate", "merge"
	a, b, c  pubkey // accounts, by kind (see recognize)
	lamports uint64
	seed     string
	base     pubkey
	space    uint64
}

func need(in ix, n int, what string) error {
	if len(in.accounts) != n {
		return fmt.Errorf("%s with %d accounts, want %d", what, len(in.accounts), n)
	}
	return nil
}

// recognize reads one instruction of the shapes Build makes, checking its sysvars.
func recognize(in ix) (op, error) {
	d := &data{cursor{b: in.data}}
	tag := d.u32()
	var o op
	var err error
	switch {
	case in.program == keySystem && tag == 3:
		o = op{kind: "create", base: d.key()}
		n := d.u64()
		if n > 32 {
			return op{}, fmt.Errorf("seed of %d bytes", n)
		}
		o.seed = string(d.bytes(int(n)))
		o.lamports, o.space = d.u64(), d.u64()
		o.c = d.key() // owner program
		if err = need(in, 3, "CreateAccountWithSeed"); err == nil {
			o.a, o.b = in.accounts[0], in.accounts[1] // funder, created
			if in.accounts[2] != o.base {
				err = errors.New("CreateAccountWithSeed base account differs from its base")
			}
		}
	case in.program == keySystem && tag == 2:
		o = op{kind: "transfer", lamports: d.u64()}
		if err = need(in, 2, "Transfer"); err == nil {
			o.a, o.b = in.accounts[0], in.accounts[1]
		}
	case in.program == keyStake && tag == 0:
		o = op{kind: "initialize"}
		staker, withdrawer := d.key(), d.key()
		ts, epoch, custodian := d.u64(), d.u64(), d.key()
		if ts != 0 || epoch != 0 || (custodian != keySystem) {
			return op{}, errors.New("Initialize with a lockup")
		}
		if staker != withdrawer {
			return op{}, errors.New("Initialize with different staker and withdrawer")
		}
		if err = need(in, 2, "Initialize"); err == nil {
			o.a, o.b = in.accounts[0], staker
			if in.accounts[1] != keyRent {
				err = errors.New("Initialize without the rent sysvar")
			}
		}
	case in.program == keyStake && tag == 2:
		o = op{kind: "delegate"}
		if err = need(in, 6, "DelegateStake"); err == nil {
			acc := in.accounts
			o.a, o.b, o.c = acc[0], acc[1], acc[5] // stake, vote, authority
			if acc[2] != keyClock || acc[3] != keyStakeHistory || acc[4] != keyStakeConfig {
				err = errors.New("DelegateStake with wrong sysvars")
			}
		}
	case in.program == keyStake && tag == 3:
		o = op{kind: "split", lamports: d.u64()}
		if err = need(in, 3, "Split"); err == nil {
			o.a, o.b, o.c = in.accounts[0], in.accounts[1], in.accounts[2]
		}
	case in.program == keyStake && tag == 4:
		o = op{kind: "withdraw", lamports: d.u64()}
		if err = need(in, 5, "Withdraw"); err == nil {
			acc := in.accounts
			o.a, o.b, o.c = acc[0], acc[1], acc[4] // stake, recipient, authority
			if acc[2] != keyClock || acc[3] != keyStakeHistory {
				err = errors.New("Withdraw with wrong sysvars")
			}
		}
	case in.program == keyStake && tag == 5:
		o = op{kind: "deactivate"}
		if err = need(in, 3, "Deactivate"); err == nil {
			o.a, o.c = in.accounts[0], in.accounts[2]
			if in.accounts[1] != keyClock {
				err = errors.New("Deactivate without the clock sysvar")
			}
		}
	case in.program == keyStake && tag == 7:
		o = op{kind: "merge"}
		if err = need(in, 5, "Merge"); err == nil {
			acc := in.accounts
			o.a, o.b, o.c = acc[0], acc[1], acc[4] // destination, source, authority
			if acc[2] != keyClock || acc[3] != keyStakeHistory {
				err = errors.New("Merge with wrong sysvars")
			}
		}
	case in.program == keySystem || in.program == keyStake:
		return op{}, fmt.Errorf("instruction %d of program %s is not one this adapter builds", tag, in.program)
	default:
		return op{}, fmt.Errorf("program %s is not one this adapter uses", in.program)
	}
	if err != nil {
		return op{}, err
	}
	if err := d.end(); err != nil {
		return op{}, fmt.Errorf("%s: %w", o.kind, err)
	}
	return o, nil
}

// seeded derives the address of an account created with a seed.
func seeded(base pubkey, seed string, owner pubkey) pubkey {
	h := sha256.New()
	h.Write(base[:])
	h.Write([]byte(seed))
	h.Write(owner[:])
	return pubkey(h.Sum(nil))
}

// checkCreate checks a CreateAccountWithSeed that makes a stake account of from's.
func checkCreate(o op, from pubkey) error {
	switch {
	case o.a != from || o.base != from:
		return errors.New("stake account funded or based on another account than the signer")
	case o.c != keyStake || o.space != stakeAccountSize:
		return errors.New("created account is not a stake account")
	case seeded(o.base, o.seed, o.c) != o.b:
		return errors.New("created account does not match its seed")
	case o.lamports > maxReserve:
		return fmt.Errorf("%d lamports put into the new account beyond the stake", o.lamports)
	}
	return nil
}

// decodeIntent reads the action, target and amount of a payload Build made. The signer
// (the only one) is From; the recent blockhash is Nonce.
func decodeIntent(payload []byte) (signer.Intent, error) {
	m, err := parseMessage(payload)
	if err != nil {
		return signer.Intent{}, fmt.Errorf("solana message: %w", err)
	}
	if m.signers != 1 || m.roSigned != 0 {
		return signer.Intent{}, fmt.Errorf("message needs %d signatures, this adapter signs with one key", m.signers)
	}
	if len(m.ixs) == 0 {
		return signer.Intent{}, errors.New("message without instructions")
	}
	from := m.keys[0]
	ops := make([]op, len(m.ixs))
	kinds := ""
	for i, in := range m.ixs {
		if ops[i], err = recognize(in); err != nil {
			return signer.Intent{}, err
		}
		if i > 0 {
			kinds += ","
		}
		kinds += ops[i].kind
		if ops[i].c != from && (ops[i].kind == "delegate" || ops[i].kind == "split" || ops[i].kind == "withdraw" ||
			ops[i].kind == "deactivate" || ops[i].kind == "merge") {
			return signer.Intent{}, fmt.Errorf("%s authorized by %s, not the signer %s", ops[i].kind, ops[i].c, from)
		}
	}
	in := signer.Intent{From: from.String(), Nonce: m.blockhash.String(), Amount: money.Zero}
	switch kinds {
	case "create,transfer,initialize,delegate":
		c, t, i, d := ops[0], ops[1], ops[2], ops[3]
		if err := checkCreate(c, from); err != nil {
			return signer.Intent{}, err
		}
		if t.a != from || t.b != c.b || i.a != c.b || i.b != from || d.a != c.b {
			return signer.Intent{}, errors.New("delegation does not fund, initialize and delegate the created account for the signer")
		}
		in.Action, in.To, in.Amount = signer.ActionDelegate, d.b.String(), money.NewAmountUint64(t.lamports)
	case "create,split,deactivate", "create,split":
		c, s := ops[0], ops[1]
		if err := checkCreate(c, from); err != nil {
			return signer.Intent{}, err
		}
		if s.b != c.b || s.a == c.b {
			return signer.Intent{}, errors.New("split does not move stake into the created account")
		}
		in.Action, in.To, in.Amount = signer.ActionSplit, s.a.String(), money.NewAmountUint64(s.lamports)
		if len(ops) == 3 {
			if ops[2].a != c.b {
				return signer.Intent{}, errors.New("deactivates another account than the split one")
			}
			in.Action = signer.ActionUndelegate
		}
	case "deactivate":
		in.Action, in.To = signer.ActionUndelegate, ops[0].a.String()
	case "withdraw":
		w := ops[0]
		if w.b != from {
			return signer.Intent{}, fmt.Errorf("withdraws to %s, not to the signer %s", w.b, from)
		}
		in.Action, in.To, in.Amount = signer.ActionWithdraw, w.a.String(), money.NewAmountUint64(w.lamports)
	default:
		dst := ops[0].a
		seen := map[pubkey]bool{dst: true}
		for _, o := range ops {
			if o.kind != "merge" || o.a != dst || seen[o.b] {
				return signer.Intent{}, fmt.Errorf("instructions %s are not a transaction this adapter builds", kinds)
			}
			seen[o.b] = true
		}
		in.Action, in.To = signer.ActionMerge, dst.String()
	}
	return in, nil
}

// Decoder returns the signer's decoder of this adapter's payloads.
func (a *Adapter) Decoder() signer.Decoder {
	info := a.info
	return func(payload []byte) (signer.Intent, error) {
		in, err := decodeIntent(payload)
		if err != nil {
			return signer.Intent{}, err
		}
		in.Chain, in.ChainID, in.Token = info.Chain, info.ChainID, info.Token.Symbol
		return in, nil
	}
}

// errNotOurs wraps a decoding failure of a payload handed to Attach or Broadcast.
func errNotOurs(err error) error { return chains.Rejected(chains.ReasonInvalid, "%v", err) }
