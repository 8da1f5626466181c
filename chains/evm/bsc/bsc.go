// Package bsc owns the BNB adapter: BSC native staking through the StakeHub system contract
// (0x…2002) and each validator's StakeCredit. Delegating buys shares; rewards compound into
// the credit pool once a day with no claim, so realized yield is the growth of our pooled
// BNB net of our own flows; undelegating (by shares) queues a request that is claimable
// after the unbond period; redelegating is instant. It registers itself as "bsc".
//
// Amount conventions of the intents it builds: delegate carries the BNB value; undelegate
// and redelegate carry StakeCredit shares (what the call moves); withdraw (claim) carries
// zero, the call naming no amount.
package bsc

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/evm"
	"github.com/softstake/staker/chains/evm/contract"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// StakeHubAddress is the StakeHub system contract on every BSC network.
var StakeHubAddress = common.HexToAddress("0x0000000000000000000000000000000000002002")

// Settings are the adapter's `settings:` keys.
type Settings struct {
	evm.Settings `yaml:",inline"`
	// StakeHub overrides the StakeHub address (default StakeHubAddress).
	StakeHub string `yaml:"stake_hub"`
}

// Adapter is the BSC staking adapter.
type Adapter struct {
	// The shared engine supplies Decoder, Attach, Broadcast, Status, Replace, Fill and
	// Head: they are the same on every EVM chain.
	*evm.Engine
	hubAt  common.Address
	hub    *contract.IStakeHub
	credit *contract.IStakeCredit
	info   chains.Info
}

func init() { chains.Register("bsc", New) }

var (
	hubABI    = evm.ABIOf(contract.NewIStakeHub())
	creditABI = evm.ABIOf(contract.NewIStakeCredit())
	reverts   = evm.NewRevertMap([]*abi.ABI{hubABI, creditABI}, map[string]chains.Reason{
		"ValidatorNotExisted":      chains.ReasonValidatorInactive,
		"OnlySelfDelegation":       chains.ReasonValidatorInactive,
		"DelegationAmountTooSmall": chains.ReasonBelowMinimum,
		"NoClaimableUnbondRequest": chains.ReasonNothingToClaim,
		"ZeroShares":               chains.ReasonInvalid,
		"SameValidator":            chains.ReasonInvalid,
		"InBlackList":              chains.ReasonInvalid,
		"StakeHubPaused":           chains.ReasonPaused,
		"paused":                   chains.ReasonPaused,
		"insufficient shares":      chains.ReasonInsufficientFunds,
	})
)

// New dials the node named in cfg and returns the adapter.
func New(ctx context.Context, cfg chains.Config, opts chains.Options) (chains.Adapter, error) {
	var set Settings
	if err := cfg.DecodeSettings(&set); err != nil {
		return nil, err
	}
	a := &Adapter{hubAt: StakeHubAddress, hub: contract.NewIStakeHub(), credit: contract.NewIStakeCredit()}
	if set.StakeHub != "" {
		if !common.IsHexAddress(set.StakeHub) {
			return nil, fmt.Errorf("bsc settings stake_hub %q is not an address: %w", set.StakeHub, chains.ErrMisconfigured)
		}
		a.hubAt = common.HexToAddress(set.StakeHub)
	}
	e, err := evm.Dial(ctx, cfg, opts, evm.Params{
		Chain:         "bsc",
		Networks:      map[string]uint64{"mainnet": 56, "testnet": 97},
		FinalityDepth: 15,
		Reverts:       reverts,
		Decode:        a.decode,
		Contracts:     func() []common.Address { return []common.Address{a.hubAt} },
		FeeInToken:    true,
	}, set.Settings)
	if err != nil {
		return nil, err
	}
	a.Engine = e
	period, err := evm.Read(ctx, e, a.hubAt, a.hub.PackUnbondPeriod(), nil, a.hub.UnpackUnbondPeriod)
	if err != nil {
		e.Close()
		return nil, fmt.Errorf("bsc: unbond period: %w", err)
	}
	minimum, err := evm.Read(ctx, e, a.hubAt, a.hub.PackMinDelegationBNBChange(), nil, a.hub.UnpackMinDelegationBNBChange)
	if err != nil {
		e.Close()
		return nil, fmt.Errorf("bsc: minimum delegation: %w", err)
	}
	a.info = e.Info()
	if a.info.MinAction, err = money.FromBig(minimum); err != nil {
		e.Close()
		return nil, fmt.Errorf("bsc: minimum delegation: %w", err)
	}
	a.info.Unbonding = time.Duration(period.Int64()) * time.Second
	a.info.UnbondingRule = fmt.Sprintf("%s after undelegating (StakeHub.unbondPeriod)", a.info.Unbonding)
	a.info.Harvest = chains.HarvestCompound
	a.info.Actions = []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionRedelegate, signer.ActionWithdraw}
	return a, nil
}

// Info describes the chain.
func (a *Adapter) Info() chains.Info { return a.info }

// decode reads the intent of a StakeHub call.
func (a *Adapter) decode(tx *types.Transaction) (signer.Intent, error) {
	c, err := evm.DecodeCall(tx, map[common.Address]*abi.ABI{a.hubAt: hubABI})
	if err != nil {
		return signer.Intent{}, err
	}
	var in signer.Intent
	var op common.Address
	var amount *big.Int
	switch c.Method {
	case "delegate":
		in.Action, amount = signer.ActionDelegate, tx.Value()
		op, err = c.Address("operatorAddress")
	case "undelegate":
		in.Action = signer.ActionUndelegate
		if op, err = c.Address("operatorAddress"); err == nil {
			amount, err = c.Uint("shares")
		}
	case "redelegate":
		in.Action = signer.ActionRedelegate
		if op, err = c.Address("dstValidator"); err == nil {
			amount, err = c.Uint("shares")
		}
	case "claim":
		in.Action, amount = signer.ActionWithdraw, new(big.Int)
		op, err = c.Address("operatorAddress")
	default:
		return signer.Intent{}, fmt.Errorf("StakeHub.%s is not an action this adapter builds", c.Method)
	}
	if err != nil {
		return signer.Intent{}, err
	}
	if c.Method != "delegate" && tx.Value().Sign() != 0 {
		return signer.Intent{}, fmt.Errorf("StakeHub.%s with value %s", c.Method, tx.Value())
	}
	in.To = op.Hex()
	if in.Amount, err = evm.Amount(amount); err != nil {
		return signer.Intent{}, err
	}
	return in, nil
}

// validator is what Validators and Positions read of one validator.
type validator struct {
	op, credit common.Address
}

func (a *Adapter) list(ctx context.Context) ([]validator, error) {
	const page = 100
	var out []validator
	for offset := int64(0); ; offset += page {
		r, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidators(big.NewInt(offset), big.NewInt(page)), nil, a.hub.UnpackGetValidators)
		if err != nil {
			return nil, fmt.Errorf("validators from %d: %w", offset, err)
		}
		if len(r.OperatorAddrs) != len(r.CreditAddrs) {
			return nil, fmt.Errorf("validators page of %d operators and %d credits: %w", len(r.OperatorAddrs), len(r.CreditAddrs), chains.ErrMisconfigured)
		}
		for i := range r.OperatorAddrs {
			out = append(out, validator{r.OperatorAddrs[i], r.CreditAddrs[i]})
		}
		if len(r.OperatorAddrs) == 0 || int64(len(out)) >= r.TotalLength.Int64() {
			return out, nil
		}
	}
}

// Validators returns the validator set with commission, jail status and pooled stake.
func (a *Adapter) Validators(ctx context.Context) ([]chains.Validator, error) {
	vals, err := a.list(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]chains.Validator, 0, len(vals))
	for _, v := range vals {
		basic, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorBasicInfo(v.op), nil, a.hub.UnpackGetValidatorBasicInfo)
		if err != nil {
			return nil, fmt.Errorf("validator %s: %w", v.op.Hex(), err)
		}
		comm, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorCommission(v.op), nil, a.hub.UnpackGetValidatorCommission)
		if err != nil {
			return nil, fmt.Errorf("validator %s commission: %w", v.op.Hex(), err)
		}
		desc, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorDescription(v.op), nil, a.hub.UnpackGetValidatorDescription)
		if err != nil {
			return nil, fmt.Errorf("validator %s description: %w", v.op.Hex(), err)
		}
		pooled, err := evm.Read(ctx, a.Engine, v.credit, a.credit.PackTotalPooledBNB(), nil, a.credit.UnpackTotalPooledBNB)
		if err != nil {
			return nil, fmt.Errorf("validator %s pool: %w", v.op.Hex(), err)
		}
		stake, err := evm.Amount(pooled)
		if err != nil {
			return nil, err
		}
		st, detail := chains.ValidatorActive, "credit "+v.credit.Hex()
		if basic.Jailed {
			st = chains.ValidatorJailed
			detail += fmt.Sprintf(", jailed until %s", time.Unix(basic.JailUntil.Int64(), 0).UTC().Format(time.RFC3339))
		}
		if comm.Rate > 10000 {
			return nil, fmt.Errorf("validator %s commission %d > 10000: %w", v.op.Hex(), comm.Rate, chains.ErrMisconfigured)
		}
		out = append(out, chains.Validator{ID: v.op.Hex(), Name: desc.Moniker, CommissionBps: uint32(comm.Rate),
			Status: st, TotalStake: stake, Detail: detail})
	}
	return out, nil
}

// Positions returns the owner's pooled BNB, unbonding requests and matured claimable BNB
// per validator.
func (a *Adapter) Positions(ctx context.Context, owner string) ([]chains.Position, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	vals, err := a.list(ctx)
	if err != nil {
		return nil, err
	}
	now, err := a.Engine.HeaderTime(ctx)
	if err != nil {
		return nil, err
	}
	var out []chains.Position
	for _, v := range vals {
		p, err := a.position(ctx, v, who, now)
		if err != nil {
			return nil, fmt.Errorf("position with %s: %w", v.op.Hex(), err)
		}
		if !p.Bonded.IsZero() || len(p.Unbonding) > 0 || !p.Withdrawable.IsZero() {
			out = append(out, p)
		}
	}
	return out, nil
}

func (a *Adapter) position(ctx context.Context, v validator, who common.Address, now time.Time) (chains.Position, error) {
	p := chains.Position{Validator: v.op.Hex()}
	pooled, err := evm.Read(ctx, a.Engine, v.credit, a.credit.PackGetPooledBNB(who), nil, a.credit.UnpackGetPooledBNB)
	if err != nil {
		return p, err
	}
	if p.Bonded, err = evm.Amount(pooled); err != nil {
		return p, err
	}
	n, err := evm.Read(ctx, a.Engine, v.credit, a.credit.PackPendingUnbondRequest(who), nil, a.credit.UnpackPendingUnbondRequest)
	if err != nil {
		return p, err
	}
	for i := int64(0); i < n.Int64(); i++ {
		r, err := evm.Read(ctx, a.Engine, v.credit, a.credit.PackUnbondRequest(who, big.NewInt(i)), nil, a.credit.UnpackUnbondRequest)
		if err != nil {
			return p, err
		}
		amt, err := evm.Amount(r.BnbAmount)
		if err != nil {
			return p, err
		}
		at := time.Unix(r.UnlockTime.Int64(), 0).UTC()
		if !now.Before(at) {
			if p.Withdrawable, err = p.Withdrawable.Add(amt); err != nil {
				return p, err
			}
			continue
		}
		p.Unbonding = append(p.Unbonding, chains.Unbonding{ID: strconv.FormatInt(i, 10), Amount: amt, LiquidAt: at,
			Condition: "block time >= " + at.Format(time.RFC3339)})
	}
	return p, nil
}

// Rewards reports, per validator, the growth of the owner's pooled BNB over the window net
// of its own delegations, undelegations and redelegations there: BSC pays no reward
// transaction, so this is the realized yield. It reads state at From-1 and To, which needs
// a node that keeps that history (an archive node for old windows).
func (a *Adapter) Rewards(ctx context.Context, owner string, w chains.Window) ([]chains.Reward, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	if w.To < w.From {
		return nil, chains.Rejected(chains.ReasonInvalid, "window %d..%d is empty", w.From, w.To)
	}
	vals, err := a.list(ctx)
	if err != nil {
		return nil, err
	}
	flows, err := a.flows(ctx, who, w)
	if err != nil {
		return nil, err
	}
	end := new(big.Int).SetUint64(w.To)
	hdr, err := a.Engine.HeaderAt(ctx, end)
	if err != nil {
		return nil, err
	}
	var out []chains.Reward
	for _, v := range vals {
		after, err := evm.Read(ctx, a.Engine, v.credit, a.credit.PackGetPooledBNB(who), end, a.credit.UnpackGetPooledBNB)
		if err != nil {
			return nil, fmt.Errorf("pooled at %d: %w", w.To, err)
		}
		before := new(big.Int)
		if w.From > 0 {
			before, err = evm.Read(ctx, a.Engine, v.credit, a.credit.PackGetPooledBNB(who), new(big.Int).SetUint64(w.From-1), a.credit.UnpackGetPooledBNB)
			if err != nil {
				return nil, fmt.Errorf("pooled at %d: %w", w.From-1, err)
			}
		}
		growth := new(big.Int).Sub(after, before)
		if f := flows[v.op]; f != nil {
			growth.Sub(growth, f)
		}
		if growth.Sign() <= 0 {
			continue // no yield (or share rounding of a wei on a flow)
		}
		amt, err := evm.Amount(growth)
		if err != nil {
			return nil, err
		}
		out = append(out, chains.Reward{Validator: v.op.Hex(), Amount: amt, Kind: chains.RewardCompounded,
			Ref: chains.Ref{Height: w.To, Epoch: "day " + strconv.FormatUint(hdr.Time/86400, 10)}})
	}
	return out, nil
}

// flows sums the owner's net BNB moved into each validator's pool in the window.
func (a *Adapter) flows(ctx context.Context, who common.Address, w chains.Window) (map[common.Address]*big.Int, error) {
	ev := hubABI.Events
	owner := common.BytesToHash(who.Bytes())
	byDelegator := func(topic common.Hash, pos int) ethereum.FilterQuery {
		topics := make([][]common.Hash, pos+1)
		topics[0] = []common.Hash{topic}
		topics[pos] = []common.Hash{owner}
		return ethereum.FilterQuery{Addresses: []common.Address{a.hubAt}, Topics: topics}
	}
	out := map[common.Address]*big.Int{}
	add := func(op common.Address, v *big.Int, sign int) {
		if out[op] == nil {
			out[op] = new(big.Int)
		}
		if sign > 0 {
			out[op].Add(out[op], v)
		} else {
			out[op].Sub(out[op], v)
		}
	}
	for _, q := range []struct {
		name string
		pos  int
	}{{"Delegated", 2}, {"Undelegated", 2}, {"Redelegated", 3}} {
		logs, err := a.Engine.Logs(ctx, byDelegator(ev[q.name].ID, q.pos), w.From, w.To)
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			switch q.name {
			case "Delegated":
				e, err := a.hub.UnpackDelegatedEvent(&l)
				if err != nil {
					return nil, err
				}
				add(e.OperatorAddress, e.BnbAmount, +1)
			case "Undelegated":
				e, err := a.hub.UnpackUndelegatedEvent(&l)
				if err != nil {
					return nil, err
				}
				add(e.OperatorAddress, e.BnbAmount, -1)
			case "Redelegated":
				e, err := a.hub.UnpackRedelegatedEvent(&l)
				if err != nil {
					return nil, err
				}
				add(e.SrcValidator, e.BnbAmount, -1)
				credit, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorCreditContract(e.DstValidator), nil, a.hub.UnpackGetValidatorCreditContract)
				if err != nil {
					return nil, err
				}
				in, err := evm.Read(ctx, a.Engine, credit, a.credit.PackGetPooledBNBByShares(e.NewShares), new(big.Int).SetUint64(l.BlockNumber), a.credit.UnpackGetPooledBNBByShares)
				if err != nil {
					return nil, err
				}
				add(e.DstValidator, in, +1)
			}
		}
	}
	return out, nil
}

// Build builds delegate, undelegate (Amount in BNB, converted to shares; zero: all),
// redelegate and withdraw (claim matured requests: Request "i" claims the first i+1, empty
// claims all matured).
func (a *Adapter) Build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	who, err := evm.Owner(act.Owner)
	if err != nil {
		return chains.Unsigned{}, err
	}
	if !common.IsHexAddress(act.Validator) {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "validator %q is not an operator address", act.Validator)
	}
	op := common.HexToAddress(act.Validator)
	tx := evm.Tx{Owner: who, To: a.hubAt, Key: act.Key}
	switch act.Kind {
	case signer.ActionDelegate:
		amount, err := evm.CheckAmount(act)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if err := a.checkActive(ctx, op); err != nil {
			return chains.Unsigned{}, err
		}
		min, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackMinDelegationBNBChange(), nil, a.hub.UnpackMinDelegationBNBChange)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if amount.Cmp(min) < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonBelowMinimum, "delegation of %s wei is under the minimum %s", amount, min)
		}
		tx.Value, tx.Data = amount, a.hub.PackDelegate(op, false)
		tx.Intent = signer.Intent{Action: act.Kind, To: op.Hex(), Amount: act.Amount}
	case signer.ActionUndelegate, signer.ActionRedelegate:
		shares, err := a.shares(ctx, op, who, act.Amount)
		if err != nil {
			return chains.Unsigned{}, err
		}
		amt, _ := money.FromBig(shares)
		if act.Kind == signer.ActionUndelegate {
			tx.Data = a.hub.PackUndelegate(op, shares)
			tx.Intent = signer.Intent{Action: act.Kind, To: op.Hex(), Amount: amt}
			break
		}
		if !common.IsHexAddress(act.ToValidator) {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "destination %q is not an operator address", act.ToValidator)
		}
		dst := common.HexToAddress(act.ToValidator)
		if err := a.checkActive(ctx, dst); err != nil {
			return chains.Unsigned{}, err
		}
		tx.Data = a.hub.PackRedelegate(op, dst, shares, false)
		tx.Intent = signer.Intent{Action: act.Kind, To: dst.Hex(), Amount: amt}
	case signer.ActionWithdraw:
		number, err := a.claimable(ctx, op, who, act.Request)
		if err != nil {
			return chains.Unsigned{}, err
		}
		tx.Data = a.hub.PackClaim(op, number)
		tx.Intent = signer.Intent{Action: act.Kind, To: op.Hex(), Amount: money.Zero}
	default:
		return chains.Unsigned{}, evm.Unsupported("bsc", act.Kind)
	}
	return a.Engine.Build(ctx, tx)
}

// checkActive refuses validators that do not exist or are jailed.
func (a *Adapter) checkActive(ctx context.Context, op common.Address) error {
	credit, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorCreditContract(op), nil, a.hub.UnpackGetValidatorCreditContract)
	if err != nil {
		return err
	}
	if credit == (common.Address{}) {
		return chains.Rejected(chains.ReasonValidatorInactive, "%s is not a validator", op.Hex())
	}
	basic, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorBasicInfo(op), nil, a.hub.UnpackGetValidatorBasicInfo)
	if err != nil {
		return err
	}
	if basic.Jailed {
		return chains.Rejected(chains.ReasonValidatorInactive, "%s is jailed until %s", op.Hex(), time.Unix(basic.JailUntil.Int64(), 0).UTC().Format(time.RFC3339))
	}
	return nil
}

// shares converts a BNB amount to the owner's shares with op (zero: all of them).
func (a *Adapter) shares(ctx context.Context, op, who common.Address, amount money.Amount) (*big.Int, error) {
	if amount.Sign() < 0 {
		return nil, chains.Rejected(chains.ReasonInvalid, "negative amount %s", amount)
	}
	credit, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorCreditContract(op), nil, a.hub.UnpackGetValidatorCreditContract)
	if err != nil {
		return nil, err
	}
	if credit == (common.Address{}) {
		return nil, chains.Rejected(chains.ReasonValidatorInactive, "%s is not a validator", op.Hex())
	}
	have, err := evm.Read(ctx, a.Engine, credit, a.credit.PackBalanceOf(who), nil, a.credit.UnpackBalanceOf)
	if err != nil {
		return nil, err
	}
	if have.Sign() == 0 {
		return nil, chains.Rejected(chains.ReasonInsufficientFunds, "no stake with %s", op.Hex())
	}
	if amount.IsZero() {
		return have, nil
	}
	shares, err := evm.Read(ctx, a.Engine, credit, a.credit.PackGetSharesByPooledBNB(amount.Big()), nil, a.credit.UnpackGetSharesByPooledBNB)
	if err != nil {
		return nil, err
	}
	if shares.Sign() == 0 {
		return nil, chains.Rejected(chains.ReasonBelowMinimum, "%s wei is less than one share", amount)
	}
	if shares.Cmp(have) > 0 {
		return nil, chains.Rejected(chains.ReasonInsufficientFunds, "%s wei needs %s shares, the owner has %s", amount, shares, have)
	}
	return shares, nil
}

// claimable returns the number of requests to claim, refusing when none has matured.
func (a *Adapter) claimable(ctx context.Context, op, who common.Address, request string) (*big.Int, error) {
	credit, err := evm.Read(ctx, a.Engine, a.hubAt, a.hub.PackGetValidatorCreditContract(op), nil, a.hub.UnpackGetValidatorCreditContract)
	if err != nil {
		return nil, err
	}
	if credit == (common.Address{}) {
		return nil, chains.Rejected(chains.ReasonValidatorInactive, "%s is not a validator", op.Hex())
	}
	ready, err := evm.Read(ctx, a.Engine, credit, a.credit.PackClaimableUnbondRequest(who), nil, a.credit.UnpackClaimableUnbondRequest)
	if err != nil {
		return nil, err
	}
	pending, err := evm.Read(ctx, a.Engine, credit, a.credit.PackPendingUnbondRequest(who), nil, a.credit.UnpackPendingUnbondRequest)
	if err != nil {
		return nil, err
	}
	if request == "" {
		if ready.Sign() == 0 {
			if pending.Sign() > 0 {
				return nil, chains.Rejected(chains.ReasonNotMatured, "%s unbonding request(s) with %s, none matured", pending, op.Hex())
			}
			return nil, chains.Rejected(chains.ReasonNothingToClaim, "no unbonding request with %s", op.Hex())
		}
		return new(big.Int), nil
	}
	i, err := strconv.ParseInt(request, 10, 64)
	if err != nil || i < 0 {
		return nil, chains.Rejected(chains.ReasonInvalid, "request %q is not a queue index", request)
	}
	if i >= pending.Int64() {
		return nil, chains.Rejected(chains.ReasonNothingToClaim, "no unbonding request %d with %s (%s pending)", i, op.Hex(), pending)
	}
	if i >= ready.Int64() {
		return nil, chains.Rejected(chains.ReasonNotMatured, "unbonding request %d with %s has not matured", i, op.Hex())
	}
	return big.NewInt(i + 1), nil
}

// Balance returns the owner's liquid BNB: its native balance.
func (a *Adapter) Balance(ctx context.Context, owner string) (money.Amount, error) {
	return a.Engine.NativeBalance(ctx, owner)
}

// Interface guards
var (
	_ chains.Adapter   = (*Adapter)(nil)
	_ chains.Replacer  = (*Adapter)(nil)
	_ chains.GapFiller = (*Adapter)(nil)
)
