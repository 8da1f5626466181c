package cardano

import (
	"bytes"
	"cmp"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/Salvionied/apollo/serialization"
	"github.com/Salvionied/apollo/serialization/Address"
	"github.com/Salvionied/apollo/serialization/Certificate"
	"github.com/Salvionied/apollo/serialization/TransactionBody"
	"github.com/Salvionied/apollo/serialization/TransactionInput"
	"github.com/Salvionied/apollo/serialization/TransactionOutput"
	"github.com/Salvionied/apollo/serialization/Value"
	"github.com/Salvionied/apollo/serialization/Withdrawal"
	"github.com/fxamacker/cbor/v2"
	"golang.org/x/crypto/blake2b"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Certificate kinds this adapter writes (Conway CDDL numbers).
const (
	certStakeDelegation = 2
	certReg             = 7
	certVoteDeleg       = 9
)

// DRep kinds without a credential (Conway CDDL: drep = ... / [2] / [3]).
const (
	drepAlwaysAbstain = 2
	drepNoConfidence  = 3
)

type txIn struct {
	id [32]byte
	ix uint32
}

func (in txIn) String() string { return hex.EncodeToString(in.id[:]) + "#" + fmt.Sprint(in.ix) }

func cmpIn(a, b txIn) int {
	if c := bytes.Compare(a.id[:], b.id[:]); c != 0 {
		return c
	}
	return cmp.Compare(a.ix, b.ix)
}

type txOut struct {
	addr []byte
	coin uint64
}

type cert struct {
	kind uint64
	cred hash28
	pool hash28 // kind 2
	drep uint64 // kind 9: drepAlwaysAbstain or drepNoConfidence
	coin uint64 // kind 7: deposit
}

type withdrawal struct {
	addr   []byte // 29-byte reward address
	amount uint64
}

// body is a transaction body of the shapes this adapter builds.
type body struct {
	inputs   []txIn
	outputs  []txOut
	fee      uint64
	ttl      uint64
	certs    []cert
	withdraw *withdrawal
	signers  []hash28
}

// encode renders the body with apollo's serialization types (canonical CBOR). The vote
// delegation certificate is our own type: apollo v1.5.0 encodes always-abstain and
// always-no-confidence as a bare integer where the Conway CDDL has a one-element array.
func (b body) encode() ([]byte, error) {
	tb := TransactionBody.TransactionBody{Fee: int64(b.fee), Ttl: int64(b.ttl)}
	for _, in := range b.inputs {
		tb.Inputs = append(tb.Inputs, TransactionInput.TransactionInput{TransactionId: bytes.Clone(in.id[:]), Index: int(in.ix)})
	}
	for _, out := range b.outputs {
		text, err := addressText(out.addr)
		if err != nil {
			return nil, err
		}
		addr, err := Address.DecodeAddress(text)
		if err != nil {
			return nil, fmt.Errorf("address %s: %w", text, err)
		}
		tb.Outputs = append(tb.Outputs, TransactionOutput.SimpleTransactionOutput(addr, Value.PureLovelaceValue(int64(out.coin))))
	}
	if len(b.certs) > 0 {
		certs := Certificate.Certificates{}
		for _, c := range b.certs {
			cred := Certificate.Credential{Code: 0, Hash: serialization.ConstrainedBytes{Payload: bytes.Clone(c.cred[:])}}
			switch c.kind {
			case certReg:
				certs = append(certs, Certificate.RegCert{Stake: cred, Coin: int64(c.coin)})
			case certStakeDelegation:
				certs = append(certs, Certificate.StakeDelegation{Stake: cred, PoolKeyHash: serialization.PubKeyHash(c.pool)})
			case certVoteDeleg:
				certs = append(certs, voteDelegCert{cred: cred, drep: c.drep})
			default:
				return nil, fmt.Errorf("certificate kind %d not built", c.kind)
			}
		}
		tb.Certificates = &certs
	}
	if b.withdraw != nil {
		w := Withdrawal.New()
		var key [29]byte
		copy(key[:], b.withdraw.addr)
		if err := w.Add(key, int(b.withdraw.amount)); err != nil {
			return nil, err
		}
		tb.Withdrawals = &w
	}
	for _, s := range b.signers {
		tb.RequiredSigners = append(tb.RequiredSigners, serialization.PubKeyHash(s))
	}
	return tb.MarshalCBOR()
}

// voteDelegCert is vote_deleg_cert = (9, stake_credential, drep) with drep [2] or [3].
type voteDelegCert struct {
	cred Certificate.Credential
	drep uint64
}

func (v voteDelegCert) Kind() int                                            { return certVoteDeleg }
func (v voteDelegCert) StakeCredential() *Certificate.Credential             { return &v.cred }
func (v voteDelegCert) DrepCredential() *Certificate.Credential              { return nil }
func (v voteDelegCert) AuthCommitteeHotCredential() *Certificate.Credential  { return nil }
func (v voteDelegCert) AuthCommitteeColdCredential() *Certificate.Credential { return nil }
func (v voteDelegCert) MarshalCBOR() ([]byte, error) {
	return cbor.Marshal([]any{uint64(certVoteDeleg), []any{uint64(0), v.cred.Hash.Payload}, []any{v.drep}})
}

var decMode = func() cbor.DecMode {
	dm, err := cbor.DecOptions{DupMapKey: cbor.DupMapKeyEnforcedAPF, MaxNestedLevels: 8}.DecMode()
	if err != nil {
		panic(err)
	}
	return dm
}()

// errPayload marks a payload the decoder refuses.
var errPayload = errors.New("cardano payload refused")

func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errPayload, fmt.Sprintf(format, args...))
}

func dec(raw []byte, v any, what string) error {
	if err := decMode.Unmarshal(raw, v); err != nil {
		return refuse("%s: %v", what, err)
	}
	return nil
}

// decodeBody parses a body with our own reading of the CDDL, accepting only the fields
// and shapes this adapter writes.
func decodeBody(raw []byte) (body, error) {
	var b body
	var m map[uint64]cbor.RawMessage
	if err := dec(raw, &m, "body"); err != nil {
		return b, err
	}
	for k := range m {
		if !slices.Contains([]uint64{0, 1, 2, 3, 4, 5, 14}, k) {
			return b, refuse("body field %d is never written by this adapter", k)
		}
	}
	for _, k := range []uint64{0, 1, 2, 3, 14} {
		if m[k] == nil {
			return b, refuse("body lacks field %d", k)
		}
	}
	var ins [][]cbor.RawMessage
	if err := dec(m[0], &ins, "inputs"); err != nil {
		return b, err
	}
	for _, in := range ins {
		var id []byte
		var ix uint32
		if len(in) != 2 || dec(in[0], &id, "input id") != nil || dec(in[1], &ix, "input index") != nil || len(id) != 32 {
			return b, refuse("malformed input")
		}
		b.inputs = append(b.inputs, txIn{id: [32]byte(id), ix: ix})
	}
	var outs [][]cbor.RawMessage
	if err := dec(m[1], &outs, "outputs"); err != nil {
		return b, err
	}
	for _, o := range outs {
		var out txOut
		if len(o) != 2 || dec(o[0], &out.addr, "output address") != nil || dec(o[1], &out.coin, "output amount") != nil {
			return b, refuse("output is not [address, lovelace]")
		}
		b.outputs = append(b.outputs, out)
	}
	if err := dec(m[2], &b.fee, "fee"); err != nil {
		return b, err
	}
	if err := dec(m[3], &b.ttl, "ttl"); err != nil {
		return b, err
	}
	if m[4] != nil {
		var certs [][]cbor.RawMessage
		if err := dec(m[4], &certs, "certificates"); err != nil {
			return b, err
		}
		for _, c := range certs {
			ct, err := decodeCert(c)
			if err != nil {
				return b, err
			}
			b.certs = append(b.certs, ct)
		}
	}
	if m[5] != nil {
		var w map[cbor.ByteString]uint64
		if err := dec(m[5], &w, "withdrawals"); err != nil {
			return b, err
		}
		if len(w) != 1 {
			return b, refuse("%d withdrawals, want one", len(w))
		}
		for k, v := range w {
			b.withdraw = &withdrawal{addr: []byte(k), amount: v}
		}
		if len(b.withdraw.addr) != 29 || b.withdraw.addr[0]>>4 != 14 {
			return b, refuse("withdrawal from a non-key reward address")
		}
	}
	var signers [][]byte
	if err := dec(m[14], &signers, "required signers"); err != nil {
		return b, err
	}
	for _, s := range signers {
		if len(s) != 28 {
			return b, refuse("required signer of %d bytes", len(s))
		}
		b.signers = append(b.signers, hash28(s))
	}
	return b, nil
}

func decodeCert(c []cbor.RawMessage) (cert, error) {
	var ct cert
	if len(c) < 2 || dec(c[0], &ct.kind, "certificate kind") != nil {
		return ct, refuse("malformed certificate")
	}
	var cred []cbor.RawMessage
	var credKind uint64
	var credHash []byte
	if dec(c[1], &cred, "credential") != nil || len(cred) != 2 || dec(cred[0], &credKind, "credential kind") != nil ||
		credKind != 0 || dec(cred[1], &credHash, "credential hash") != nil || len(credHash) != 28 {
		return ct, refuse("certificate %d: credential is not a key hash", ct.kind)
	}
	ct.cred = hash28(credHash)
	switch ct.kind {
	case certReg:
		if len(c) != 3 || dec(c[2], &ct.coin, "deposit") != nil {
			return ct, refuse("malformed registration certificate")
		}
	case certStakeDelegation:
		var pool []byte
		if len(c) != 3 || dec(c[2], &pool, "pool") != nil || len(pool) != 28 {
			return ct, refuse("malformed delegation certificate")
		}
		ct.pool = hash28(pool)
	case certVoteDeleg:
		var drep []uint64
		if len(c) != 3 || dec(c[2], &drep, "drep") != nil || len(drep) != 1 || (drep[0] != drepAlwaysAbstain && drep[0] != drepNoConfidence) {
			return ct, refuse("vote delegation to anything but always-abstain or always-no-confidence")
		}
		ct.drep = drep[0]
	default:
		return ct, refuse("certificate kind %d is never written by this adapter", ct.kind)
	}
	return ct, nil
}

// nonce is the body's spent inputs, sorted: what makes it unique on chain.
func (b body) nonce() string {
	ins := slices.Clone(b.inputs)
	slices.SortFunc(ins, cmpIn)
	parts := make([]string, len(ins))
	for i, in := range ins {
		parts[i] = in.String()
	}
	return strings.Join(parts, ",")
}

// intent reads what a body does. It is the decoder's judgement, and Build checks that the
// body it made says what the action asked.
func (a *Adapter) intent(b body) (signer.Intent, error) {
	in := signer.Intent{Chain: Name, ChainID: a.info.ChainID, Token: a.info.Token.Symbol, Nonce: b.nonce()}
	if len(b.inputs) == 0 || len(b.outputs) == 0 {
		return in, refuse("no inputs or no outputs")
	}
	if b.fee > a.set.MaxFee {
		return in, refuse("fee %d above the cap %d", b.fee, a.set.MaxFee)
	}
	if len(b.signers) == 0 || len(b.signers) > 2 {
		return in, refuse("%d required signers", len(b.signers))
	}
	pay := b.signers[0]
	enterprise := append([]byte{0x60 | a.network}, pay[:]...)
	// The stake key: the second signer, else the credential of the certificates or the
	// withdrawal (then the same key as the payment key), else a base output of ours.
	var stake *hash28
	if len(b.signers) == 2 {
		s := b.signers[1]
		stake = &s
	}
	for _, c := range b.certs {
		if stake == nil {
			s := c.cred
			stake = &s
		}
		if c.cred != *stake {
			return in, refuse("certificate for another stake key")
		}
	}
	if b.withdraw != nil {
		var s hash28
		copy(s[:], b.withdraw.addr[1:])
		if stake == nil {
			stake = &s
		}
		if s != *stake || b.withdraw.addr[0] != 0xe0|a.network {
			return in, refuse("withdrawal from another reward account or network")
		}
	}
	if (len(b.certs) > 0 || b.withdraw != nil) && len(b.signers) == 1 && *stake != pay {
		return in, refuse("stake key %x is not a required signer", stake[:])
	}
	isBase := func(addr []byte) bool {
		return len(addr) == 57 && addr[0] == a.network && bytes.Equal(addr[1:29], pay[:]) && (stake == nil || bytes.Equal(addr[29:], stake[:]))
	}
	if stake == nil {
		for _, o := range b.outputs {
			if isBase(o.addr) {
				s := hash28(o.addr[29:])
				stake = &s
				break
			}
		}
	}
	own := func(addr []byte) bool { return bytes.Equal(addr, enterprise) || isBase(addr) }
	if stake != nil {
		in.From = newOwner(pay, *stake, a.network).base
	}
	first := b.outputs[0]
	for i, o := range b.outputs {
		if len(o.addr) < 29 || o.addr[0]&0x0f != a.network {
			return in, refuse("output %d pays to another network", i)
		}
		if i > 0 && !own(o.addr) {
			return in, refuse("output %d (change) leaves custody", i)
		}
	}
	var deposits uint64
	var pool *hash28
	var regOrVote bool
	for _, c := range b.certs {
		switch c.kind {
		case certReg:
			deposits += c.coin
			regOrVote = true
		case certVoteDeleg:
			regOrVote = true
		case certStakeDelegation:
			if pool != nil {
				return in, refuse("two delegation certificates")
			}
			p := c.pool
			pool = &p
		}
	}
	switch {
	case b.withdraw != nil:
		if len(b.certs) > 0 || !own(first.addr) {
			return in, refuse("a withdrawal goes alone, into custody")
		}
		in.Action, in.Amount = signer.ActionClaim, money.NewAmountUint64(b.withdraw.amount)
		in.To, _ = addressText(b.withdraw.addr)
	case len(b.certs) > 0 && isBase(first.addr) && stake != nil:
		if pool == nil {
			return in, refuse("a delegation without a delegation certificate")
		}
		in.Action, in.Amount, in.To = signer.ActionDelegate, money.NewAmountUint64(first.coin), poolText(*pool)
	case len(b.certs) > 0:
		if !own(first.addr) {
			return in, refuse("certificates with a payment out of custody")
		}
		switch {
		case regOrVote:
			in.Action, in.Amount = signer.ActionRegister, money.NewAmountUint64(deposits)
			if pool == nil {
				return in, refuse("registration without a delegation certificate")
			}
			in.To = poolText(*pool)
		default:
			in.Action, in.Amount, in.To = signer.ActionRedelegate, money.Zero, poolText(*pool)
		}
	case bytes.Equal(first.addr, enterprise):
		in.Action, in.Amount = signer.ActionUndelegate, money.NewAmountUint64(first.coin)
		in.To, _ = addressText(first.addr)
	case isBase(first.addr):
		return in, refuse("a payment into stake without a delegation certificate")
	default:
		in.Action, in.Amount = signer.ActionTransfer, money.NewAmountUint64(first.coin)
		to, err := addressText(first.addr)
		if err != nil {
			return in, refuse("destination: %v", err)
		}
		in.To = to
	}
	return in, nil
}

// Decoder implements chains.Builder: it reads a body this adapter built back into its
// intent, and refuses anything else.
func (a *Adapter) Decoder() signer.Decoder {
	return func(payload []byte) (signer.Intent, error) {
		b, err := decodeBody(payload)
		if err != nil {
			return signer.Intent{}, err
		}
		return a.intent(b)
	}
}

// Attach implements chains.Builder with one signature: enough when one key is both the
// payment and (where needed) the stake key. Otherwise use AttachWitnesses.
func (a *Adapter) Attach(u chains.Unsigned, sig signer.Signature) (chains.Signed, error) {
	return a.AttachWitnesses(u, sig)
}

// AttachWitnesses combines the body with one ed25519 signature per required key (payment
// and, for certificates and withdrawals, stake) into the transaction to broadcast. Each
// signature must verify over the BLAKE2b-256 of the body and come from a key the body
// names in required_signers; every such key must have signed. It does no I/O.
func (a *Adapter) AttachWitnesses(u chains.Unsigned, sigs ...signer.Signature) (chains.Signed, error) {
	if u.Chain != Name {
		return chains.Signed{}, fmt.Errorf("attach: payload is for %q: %w", u.Chain, chains.ErrMisconfigured)
	}
	b, err := decodeBody(u.Payload)
	if err != nil {
		return chains.Signed{}, fmt.Errorf("attach: %w", err)
	}
	id := blake2b.Sum256(u.Payload)
	type witness struct{ vkey, sig []byte }
	got := map[hash28]witness{}
	for _, s := range sigs {
		if len(s.PublicKey) != ed25519.PublicKeySize || len(s.Bytes) != ed25519.SignatureSize {
			return chains.Signed{}, fmt.Errorf("attach: not an ed25519 signature: %w", chains.ErrMisconfigured)
		}
		h := keyHash(s.PublicKey)
		if !slices.Contains(b.signers, h) {
			return chains.Signed{}, fmt.Errorf("attach: key %x is not a required signer: %w", h[:], chains.ErrMisconfigured)
		}
		if !ed25519.Verify(s.PublicKey, id[:], s.Bytes) {
			return chains.Signed{}, fmt.Errorf("attach: signature by %x does not verify over the body hash: %w", h[:], chains.ErrMisconfigured)
		}
		got[h] = witness{bytes.Clone(s.PublicKey), bytes.Clone(s.Bytes)}
	}
	ws := make([]witness, 0, len(got))
	for _, h := range b.signers {
		w, ok := got[h]
		if !ok {
			return chains.Signed{}, fmt.Errorf("attach: required key %x has not signed (use AttachWitnesses with every key): %w", h[:], chains.ErrMisconfigured)
		}
		ws = append(ws, w)
		delete(got, h)
	}
	slices.SortFunc(ws, func(x, y witness) int { return bytes.Compare(x.vkey, y.vkey) })
	pairs := make([][]any, len(ws))
	for i, w := range ws {
		pairs[i] = []any{w.vkey, w.sig}
	}
	raw, err := assemble(u.Payload, pairs)
	if err != nil {
		return chains.Signed{}, fmt.Errorf("attach: %w", err)
	}
	from := u.Intent.From
	return chains.Signed{Chain: Name, Raw: raw, Ref: chains.TxRef{ID: hex.EncodeToString(id[:]), Sender: from, Seq: b.ttl}}, nil
}

// assemble builds transaction = [body, {0: vkeywitnesses}, true, null] around the body
// bytes exactly as signed.
func assemble(bodyRaw []byte, witnesses [][]any) ([]byte, error) {
	return cbor.Marshal([]any{cbor.RawMessage(bodyRaw), map[uint64]any{0: witnesses}, true, nil})
}

// txSize is the size of the transaction around bodyRaw with n vkey witnesses.
func txSize(bodyRaw []byte, n int) (int, error) {
	ws := make([][]any, n)
	for i := range ws {
		ws[i] = []any{make([]byte, ed25519.PublicKeySize), make([]byte, ed25519.SignatureSize)}
	}
	raw, err := assemble(bodyRaw, ws)
	return len(raw), err
}
