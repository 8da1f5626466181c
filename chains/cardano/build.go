package cardano

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"

	"github.com/blockfrost/blockfrost-go"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/signer"
)

// utxo is one spendable output of ours.
type utxo struct {
	in   txIn
	coin uint64
}

// chainView is what Build reads before choosing inputs.
type chainView struct {
	slot       uint64
	minFeeA    uint64
	minFeeB    uint64
	keyDeposit uint64
	coinsPerB  uint64
	maxTxSize  int
	acc        account
}

// Build implements chains.Builder for the actions in the package doc.
func (a *Adapter) Build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	u, err := a.build(ctx, act)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("build %s: %w", act.Kind, err)
	}
	return u, nil
}

func (a *Adapter) build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	if err := ctx.Err(); err != nil {
		return chains.Unsigned{}, err
	}
	if !a.info.Supports(act.Kind) {
		return chains.Unsigned{}, fmt.Errorf("%q: %w", act.Kind, chains.ErrUnsupported)
	}
	if act.Amount.Sign() < 0 || act.Amount.Big().BitLen() > 63 {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "amount %s out of range", act.Amount)
	}
	o, err := parseOwner(act.Owner, a.network)
	if err != nil {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "owner: %v", err)
	}
	if len(a.custody) > 0 && !a.custody[o.base] {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "owner %s is not a configured custody address", o.base)
	}
	amount := act.Amount.Big().Uint64()
	switch act.Kind {
	case signer.ActionDelegate, signer.ActionTransfer:
		if amount == 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonBelowMinimum, "amount is zero")
		}
	}
	var pool hash28
	switch act.Kind {
	case signer.ActionDelegate, signer.ActionRegister:
		if pool, err = a.checkPool(ctx, act.Validator); err != nil {
			return chains.Unsigned{}, err
		}
	case signer.ActionRedelegate:
		if pool, err = a.checkPool(ctx, act.ToValidator); err != nil {
			return chains.Unsigned{}, err
		}
	}
	v, err := a.view(ctx, o, act.Kind == signer.ActionClaim || act.Kind == signer.ActionRegister || act.Kind == signer.ActionDelegate)
	if err != nil {
		return chains.Unsigned{}, err
	}
	buffer, err := a.utxos(ctx, o.enterprise, v.slot)
	if err != nil {
		return chains.Unsigned{}, err
	}
	p := plan{view: v, owner: o, fundFrom: buffer, ttl: a.set.TTLSlots}
	registered := v.acc.known && v.acc.Active
	var curPool *hash28
	if registered && v.acc.PoolID != nil {
		if h, err := parsePoolID(*v.acc.PoolID); err == nil {
			curPool = &h
		}
	}
	hasDRep := registered && v.acc.DRepID != nil
	addCerts := func() {
		if !registered {
			p.certs = append(p.certs, cert{kind: certReg, cred: o.stake, coin: v.keyDeposit})
			p.deposit = v.keyDeposit
		}
		p.certs = append(p.certs, cert{kind: certStakeDelegation, cred: o.stake, pool: pool})
		if !hasDRep {
			p.certs = append(p.certs, cert{kind: certVoteDeleg, cred: o.stake, drep: a.drepKind})
		}
	}
	switch act.Kind {
	case signer.ActionDelegate:
		addCerts()
		p.pay = &txOut{addr: rawBase(o), coin: amount}
	case signer.ActionRegister:
		if registered && hasDRep && curPool != nil && *curPool == pool {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "%s is already registered, delegated to %s and vote-delegated", o.stakeAddr, poolText(pool))
		}
		addCerts()
	case signer.ActionRedelegate:
		if !registered || curPool == nil {
			return chains.Unsigned{}, &chains.PrerequisiteError{Need: chains.Action{Kind: signer.ActionRegister, Owner: act.Owner, Validator: act.ToValidator}, Detail: "the stake key is not registered and delegated"}
		}
		if *curPool == pool {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "already delegated to %s", poolText(pool))
		}
		p.certs = []cert{{kind: certStakeDelegation, cred: o.stake, pool: pool}}
	case signer.ActionUndelegate:
		if act.Validator != "" && curPool != nil {
			if h, err := parsePoolID(act.Validator); err != nil || h != *curPool {
				return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "the stake key is delegated to %s, not %s", poolText(*curPool), act.Validator)
			}
		}
		staked, err := a.utxos(ctx, o.base, v.slot)
		if err != nil {
			return chains.Unsigned{}, err
		}
		total := sum(staked)
		if amount == 0 {
			amount = total
		}
		if amount == 0 || total < amount {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInsufficientFunds, "%d lovelace at the base address, asked %d", total, amount)
		}
		p.stakeFrom, p.stakeNeed = staked, amount
		p.pay = &txOut{addr: rawEnterprise(o), coin: amount}
	case signer.ActionClaim:
		if !v.acc.known || v.acc.reward.IsZero() {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonNothingToClaim, "reward balance of %s is zero", o.stakeAddr)
		}
		if !hasDRep {
			return chains.Unsigned{}, &chains.PrerequisiteError{
				Need:   chains.Action{Kind: signer.ActionRegister, Owner: act.Owner, Validator: derefOr(v.acc.PoolID, act.Validator)},
				Detail: "Conway refuses withdrawals from a stake key without a DRep vote delegation",
			}
		}
		p.withdraw = &withdrawal{addr: o.rewardAddr(), amount: v.acc.reward.Big().Uint64()}
	case signer.ActionTransfer:
		dest, err := rawAddress(act.Validator, a.network)
		if err != nil {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "destination: %v", err)
		}
		if bytes.Equal(dest, rawEnterprise(o)) || bytes.Equal(dest, rawBase(o)) {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "a transfer to our own address is a delegate or undelegate")
		}
		p.pay = &txOut{addr: dest, coin: amount}
	}
	b, err := p.balance()
	if err != nil {
		return chains.Unsigned{}, err
	}
	if b.fee > a.set.MaxFee {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonFeeTooLow, "fee %d above the configured cap %d", b.fee, a.set.MaxFee)
	}
	raw, err := b.encode()
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("encode: %w", err)
	}
	in, err := a.Decoder()(raw)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("our own body does not decode: %w", err)
	}
	if in.Action != act.Kind || (act.Kind != signer.ActionClaim && act.Kind != signer.ActionRegister && act.Kind != signer.ActionRedelegate && in.Amount.Big().Uint64() != amount) {
		return chains.Unsigned{}, fmt.Errorf("our own body reads as %s of %s, built %s of %d", in.Action, in.Amount, act.Kind, amount)
	}
	if in.From == "" {
		in.From = o.base
	}
	return chains.Unsigned{Chain: Name, Payload: raw, Intent: in, Seq: b.ttl}, nil
}

func derefOr(p *string, def string) string {
	if p != nil {
		return *p
	}
	return def
}

// checkPool checks a pool id against the allowlist and the chain: it must exist and not be
// retiring or retired.
func (a *Adapter) checkPool(ctx context.Context, id string) (hash28, error) {
	h, err := parsePoolID(id)
	if err != nil {
		return h, chains.Rejected(chains.ReasonInvalid, "%v", err)
	}
	if len(a.allowed) > 0 && !a.allowed[hex.EncodeToString(h[:])] {
		return h, chains.Rejected(chains.ReasonInvalid, "pool %s is not on the validator allowlist", poolText(h))
	}
	p, err := a.bf.Pool(ctx, poolText(h))
	if err = a.classify(ctx, "pool", err); err != nil {
		if errors.Is(err, errNotFound) {
			return h, chains.Rejected(chains.ReasonValidatorInactive, "pool %s is not registered", poolText(h))
		}
		return h, err
	}
	if len(p.Retirement) > 0 {
		return h, chains.Rejected(chains.ReasonValidatorInactive, "pool %s is retiring or retired", poolText(h))
	}
	return h, nil
}

// view reads the tip, the protocol parameters and the stake account.
func (a *Adapter) view(ctx context.Context, o owner, withDRep bool) (chainView, error) {
	var v chainView
	tip, err := a.bf.BlockLatest(ctx)
	if err != nil {
		return v, a.classify(ctx, "tip", err)
	}
	if tip.Slot < 0 {
		return v, &chains.RetryableError{Err: errors.New("negative tip slot")}
	}
	v.slot = uint64(tip.Slot)
	pp, err := a.bf.LatestEpochParameters(ctx)
	if err != nil {
		return v, a.classify(ctx, "protocol parameters", err)
	}
	kd, err := lovelace(pp.KeyDeposit, "key deposit")
	if err != nil {
		return v, err
	}
	coins := pp.CoinsPerUtxOWord
	if pp.CoinsPerUTxOSize != nil {
		coins = *pp.CoinsPerUTxOSize
	}
	cb, err := lovelace(coins, "coins per UTxO byte")
	if err != nil {
		return v, err
	}
	if pp.MinFeeA <= 0 || pp.MinFeeB <= 0 || pp.MaxTxSize <= 0 {
		return v, &chains.RetryableError{Err: fmt.Errorf("absurd fee parameters a=%d b=%d max size %d", pp.MinFeeA, pp.MinFeeB, pp.MaxTxSize)}
	}
	v.minFeeA, v.minFeeB, v.maxTxSize = uint64(pp.MinFeeA), uint64(pp.MinFeeB), pp.MaxTxSize
	v.keyDeposit, v.coinsPerB = kd.Big().Uint64(), cb.Big().Uint64()
	if v.acc, err = a.readAccount(ctx, o.stakeAddr, withDRep); err != nil {
		return v, err
	}
	return v, nil
}

// utxos lists the lovelace-only UTxOs at addr, leaving out inputs of transactions we
// broadcast that may still land.
func (a *Adapter) utxos(ctx context.Context, addr string, slot uint64) ([]utxo, error) {
	var out []utxo
	for page := 1; ; page++ {
		us, err := a.bf.AddressUTXOs(ctx, addr, blockfrost.APIQueryParams{Count: pageSize, Page: page})
		if err = a.classify(ctx, "utxos of "+addr, err); err != nil {
			if errors.Is(err, errNotFound) {
				return nil, nil
			}
			return nil, err
		}
		for _, u := range us {
			id, err := hex.DecodeString(u.TxHash)
			if err != nil || len(id) != 32 || u.OutputIndex < 0 {
				return nil, &chains.RetryableError{Err: fmt.Errorf("utxo %s#%d malformed", u.TxHash, u.OutputIndex)}
			}
			if len(u.Amount) != 1 || u.Amount[0].Unit != "lovelace" {
				continue // tokens are never touched
			}
			coin, err := lovelace(u.Amount[0].Quantity, "utxo")
			if err != nil {
				return nil, err
			}
			in := txIn{id: [32]byte(id), ix: uint32(u.OutputIndex)}
			a.mu.Lock()
			ttl, pending := a.spent[in]
			if pending && slot >= ttl {
				delete(a.spent, in)
				pending = false
			}
			a.mu.Unlock()
			if !pending {
				out = append(out, utxo{in: in, coin: coin.Big().Uint64()})
			}
		}
		if len(us) < pageSize {
			return out, nil
		}
	}
}

func sum(us []utxo) uint64 {
	var s uint64
	for _, u := range us {
		s += u.coin
	}
	return s
}

func rawBase(o owner) []byte {
	return append(append([]byte{o.network}, o.payment[:]...), o.stake[:]...)
}

func rawEnterprise(o owner) []byte { return append([]byte{0x60 | o.network}, o.payment[:]...) }

// plan is a transaction to balance: what it pays, certifies and withdraws, and where its
// inputs come from.
type plan struct {
	view      chainView
	owner     owner
	pay       *txOut
	certs     []cert
	deposit   uint64
	withdraw  *withdrawal
	stakeFrom []utxo // base address inputs, covering stakeNeed; change returns there
	stakeNeed uint64
	fundFrom  []utxo // buffer inputs, covering everything else; change returns there
	ttl       uint64 // slots of validity after the tip
}

// minCoin is the minimum lovelace of an output to addr (Babbage: (160 + size) per byte).
func (p *plan) minCoin(addr []byte, coin uint64) uint64 {
	size := 2 + len(addr) + 2 + cborUintLen(coin)
	return (160 + uint64(size)) * p.view.coinsPerB
}

func cborUintLen(v uint64) int {
	switch {
	case v < 24:
		return 1
	case v <= 0xff:
		return 2
	case v <= 0xffff:
		return 3
	case v <= 0xffffffff:
		return 5
	}
	return 9
}

// pick takes inputs, largest first, until they cover need.
func pick(from []utxo, need uint64) ([]utxo, uint64, bool) {
	sorted := slices.Clone(from)
	slices.SortFunc(sorted, func(x, y utxo) int {
		if c := cmp.Compare(y.coin, x.coin); c != 0 {
			return c
		}
		return cmpIn(x.in, y.in)
	})
	var got uint64
	for i, u := range sorted {
		if got >= need && i > 0 {
			return sorted[:i], got, true
		}
		got += u.coin
	}
	return sorted, got, got >= need && len(sorted) > 0
}

// balance chooses inputs and change and settles the fee at exactly the minimum for the
// transaction's size (plus any change too small to keep).
func (p *plan) balance() (body, error) {
	if p.pay != nil {
		if m := p.minCoin(p.pay.addr, p.pay.coin); p.pay.coin < m {
			return body{}, chains.Rejected(chains.ReasonBelowMinimum, "%d lovelace is below the minimum UTxO value %d", p.pay.coin, m)
		}
	}
	withStake := len(p.certs) > 0 || p.withdraw != nil
	b := body{ttl: p.view.slot + p.ttl, certs: p.certs, withdraw: p.withdraw, signers: p.owner.signers(withStake)}
	var stakeIns []utxo
	var stakeChange uint64
	if p.stakeNeed > 0 {
		ins, got, ok := pick(p.stakeFrom, p.stakeNeed)
		if !ok {
			return body{}, chains.Rejected(chains.ReasonInsufficientFunds, "base address holds less than %d", p.stakeNeed)
		}
		stakeIns, stakeChange = ins, got-p.stakeNeed
		if stakeChange > 0 && stakeChange < p.minCoin(rawBase(p.owner), stakeChange) {
			return body{}, chains.Rejected(chains.ReasonBelowMinimum, "would leave %d lovelace at the base address, below the minimum UTxO value", stakeChange)
		}
	}
	var withdrawn uint64
	if p.withdraw != nil {
		withdrawn = p.withdraw.amount
	}
	fee := p.view.minFeeB + p.view.minFeeA*300
	for range 8 {
		// The buffer covers the payment (unless it comes from stake), deposits and fee,
		// less what is withdrawn, and keeps a change output at least at the minimum.
		need := p.deposit + fee
		if p.pay != nil && p.stakeNeed == 0 {
			need += p.pay.coin
		}
		need = max(need, withdrawn) - withdrawn
		entMin := p.minCoin(rawEnterprise(p.owner), 0)
		fund, got, ok := pick(p.fundFrom, need+entMin)
		if !ok {
			// No change output: the inputs must cover need exactly or with dust.
			fund, got, ok = pick(p.fundFrom, need)
			if !ok {
				return body{}, chains.Rejected(chains.ReasonInsufficientFunds, "the buffer %s holds %d lovelace, needs %d plus a change output", p.owner.enterprise, sum(p.fundFrom), need)
			}
		}
		// Value: inputs + withdrawal = outputs + fee + deposit.
		in := got + withdrawn + sum(stakeIns)
		out := fee + p.deposit
		b.inputs, b.outputs = nil, nil
		if p.pay != nil {
			b.outputs = append(b.outputs, *p.pay)
			out += p.pay.coin
		}
		if stakeChange > 0 {
			b.outputs = append(b.outputs, txOut{addr: rawBase(p.owner), coin: stakeChange})
			out += stakeChange
		}
		if in < out {
			return body{}, chains.Rejected(chains.ReasonInsufficientFunds, "inputs %d do not cover %d", in, out)
		}
		rest := in - out
		dust := uint64(0)
		if rest >= p.minCoin(rawEnterprise(p.owner), rest) {
			b.outputs = append(b.outputs, txOut{addr: rawEnterprise(p.owner), coin: rest})
		} else {
			dust = rest // too small to keep: it goes to the fee
		}
		if len(b.outputs) == 0 {
			return body{}, chains.Rejected(chains.ReasonInsufficientFunds, "nothing left for a change output")
		}
		for _, u := range append(slices.Clone(stakeIns), fund...) {
			b.inputs = append(b.inputs, u.in)
		}
		slices.SortFunc(b.inputs, cmpIn)
		b.fee = fee + dust
		raw, err := b.encode()
		if err != nil {
			return body{}, err
		}
		size, err := txSize(raw, len(b.signers))
		if err != nil {
			return body{}, err
		}
		if size > p.view.maxTxSize {
			return body{}, chains.Rejected(chains.ReasonInvalid, "transaction of %d bytes exceeds %d (too many inputs)", size, p.view.maxTxSize)
		}
		minFee := p.view.minFeeA*uint64(size) + p.view.minFeeB
		if minFee == fee {
			return b, nil
		}
		fee = minFee
	}
	return body{}, errors.New("fee did not settle")
}
