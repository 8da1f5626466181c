// Package sonic owns the S adapter: staking through Sonic's SFC system contract
// (0xFC00FACE…). Delegations are per validator id; rewards are sealed per epoch and must be
// claimed or restaked; undelegating opens a withdrawal request under an id (wrID) the caller
// picks, withdrawable once both the time period and the epoch period of the ConstantsManager
// have passed. It registers itself as "sonic".
//
// wrIDs are derived from the action's idempotency key, so a rebuilt undelegation names the
// same request; open requests are found from our own Undelegated events since the
// configured from_block. Intents carry the delegated or undelegated amount; withdraw, claim
// and restake carry zero (their calls name no amount).
package sonic

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/evm"
	"github.com/softstake/staker/chains/evm/contract"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// SFCAddress is the SFC system contract on every Sonic network.
var SFCAddress = common.HexToAddress("0xFC00FACE00000000000000000000000000000000")

// Validator status bits of the SFC.
const (
	statusWithdrawn  = 1
	statusOffline    = 8
	statusOfflineAvg = 16
	statusDoubleSign = 128
)

// Settings are the adapter's `settings:` keys.
type Settings struct {
	evm.Settings `yaml:",inline"`
	// FromBlock is where the search for our own withdrawal requests and rewards starts (the
	// custody address's first staking block).
	FromBlock uint64 `yaml:"from_block"`
	// SFC overrides the SFC address (default SFCAddress).
	SFC string `yaml:"sfc"`
}

// Adapter is the Sonic staking adapter.
type Adapter struct {
	// The shared engine supplies Decoder, Attach, Broadcast, Status, Replace, Fill and
	// Head: they are the same on every EVM chain.
	*evm.Engine
	sfcAt  common.Address
	sfc    *contract.ISFC
	consts *contract.IConstantsManager
	cm     common.Address
	set    Settings
	info   chains.Info
}

func init() { chains.Register("sonic", New) }

var (
	sfcABI  = evm.ABIOf(contract.NewISFC())
	reverts = evm.NewRevertMap([]*abi.ABI{sfcABI}, map[string]chains.Reason{
		"ValidatorNotExists":               chains.ReasonValidatorInactive,
		"ValidatorNotActive":               chains.ReasonValidatorInactive,
		"ValidatorDelegationLimitExceeded": chains.ReasonLimitExceeded,
		"ZeroAmount":                       chains.ReasonInvalid,
		"ZeroRewards":                      chains.ReasonNothingToClaim,
		"NotEnoughStake":                   chains.ReasonInsufficientFunds,
		"RequestExists":                    chains.ReasonInvalid,
		"RequestNotExists":                 chains.ReasonNothingToClaim,
		"NotEnoughTimePassed":              chains.ReasonNotMatured,
		"NotEnoughEpochsPassed":            chains.ReasonNotMatured,
		"StakeIsFullySlashed":              chains.ReasonInsufficientFunds,
	})
)

// New dials the node named in cfg and returns the adapter.
func New(ctx context.Context, cfg chains.Config, opts chains.Options) (chains.Adapter, error) {
	var set Settings
	if err := cfg.DecodeSettings(&set); err != nil {
		return nil, err
	}
	if set.FromBlock == 0 && cfg.Network != "localnet" {
		// Open withdrawal requests are found from our own events: scanning a public chain
		// from genesis would take thousands of log queries on every read.
		return nil, fmt.Errorf("sonic settings: from_block (the custody's first staking block) is required on %q: %w", cfg.Network, chains.ErrMisconfigured)
	}
	a := &Adapter{sfcAt: SFCAddress, sfc: contract.NewISFC(), consts: contract.NewIConstantsManager(), set: set}
	if set.SFC != "" {
		if !common.IsHexAddress(set.SFC) {
			return nil, fmt.Errorf("sonic settings sfc %q is not an address: %w", set.SFC, chains.ErrMisconfigured)
		}
		a.sfcAt = common.HexToAddress(set.SFC)
	}
	e, err := evm.Dial(ctx, cfg, opts, evm.Params{
		Chain:         "sonic",
		Networks:      map[string]uint64{"mainnet": 146, "testnet": 14601, "blaze": 57054},
		FinalityDepth: 1,
		Reverts:       reverts,
		Decode:        a.decode,
		Contracts:     func() []common.Address { return []common.Address{a.sfcAt, a.cm} },
		FeeInToken:    true,
	}, set.Settings)
	if err != nil {
		return nil, err
	}
	a.Engine = e
	if a.cm, err = evm.Read(ctx, e, a.sfcAt, a.sfc.PackConstsAddress(), nil, a.sfc.UnpackConstsAddress); err != nil {
		e.Close()
		return nil, fmt.Errorf("sonic: constants manager: %w", err)
	}
	secs, epochs, err := a.periods(ctx)
	if err != nil {
		e.Close()
		return nil, fmt.Errorf("sonic: withdrawal period: %w", err)
	}
	a.info = e.Info()
	a.info.Unbonding = time.Duration(secs.Int64()) * time.Second
	a.info.UnbondingRule = fmt.Sprintf("%s and %s sealed epochs after undelegating", a.info.Unbonding, epochs)
	a.info.Harvest = chains.HarvestClaim
	a.info.Actions = []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionWithdraw, signer.ActionClaim, signer.ActionRestake}
	return a, nil
}

func (a *Adapter) periods(ctx context.Context) (secs, epochs *big.Int, err error) {
	if secs, err = evm.Read(ctx, a.Engine, a.cm, a.consts.PackWithdrawalPeriodTime(), nil, a.consts.UnpackWithdrawalPeriodTime); err != nil {
		return nil, nil, err
	}
	if epochs, err = evm.Read(ctx, a.Engine, a.cm, a.consts.PackWithdrawalPeriodEpochs(), nil, a.consts.UnpackWithdrawalPeriodEpochs); err != nil {
		return nil, nil, err
	}
	return secs, epochs, nil
}

// Info describes the chain.
func (a *Adapter) Info() chains.Info { return a.info }

// decode reads the intent of an SFC call.
func (a *Adapter) decode(tx *types.Transaction) (signer.Intent, error) {
	c, err := evm.DecodeCall(tx, map[common.Address]*abi.ABI{a.sfcAt: sfcABI})
	if err != nil {
		return signer.Intent{}, err
	}
	id, err := c.Uint("toValidatorID")
	if err != nil {
		return signer.Intent{}, err
	}
	in := signer.Intent{To: id.String()}
	amount := new(big.Int)
	switch c.Method {
	case "delegate":
		in.Action, amount = signer.ActionDelegate, tx.Value()
	case "undelegate":
		in.Action = signer.ActionUndelegate
		if amount, err = c.Uint("amount"); err != nil {
			return signer.Intent{}, err
		}
	case "withdraw":
		in.Action = signer.ActionWithdraw
	case "claimRewards":
		in.Action = signer.ActionClaim
	case "restakeRewards":
		in.Action = signer.ActionRestake
	default:
		return signer.Intent{}, fmt.Errorf("SFC.%s is not an action this adapter builds", c.Method)
	}
	if c.Method != "delegate" && tx.Value().Sign() != 0 {
		return signer.Intent{}, fmt.Errorf("SFC.%s with value %s", c.Method, tx.Value())
	}
	if in.Amount, err = evm.Amount(amount); err != nil {
		return signer.Intent{}, err
	}
	return in, nil
}

func statusOf(bits *big.Int) chains.ValidatorStatus {
	b := bits.Uint64()
	switch {
	case !bits.IsUint64():
		return chains.ValidatorInactive
	case b&statusDoubleSign != 0:
		return chains.ValidatorSlashed
	case b == 0:
		return chains.ValidatorActive
	default:
		return chains.ValidatorInactive
	}
}

// offline reports whether the SFC has flagged the validator offline: too long without
// confirming blocks (OFFLINE_BIT) or below the average uptime (OFFLINE_AVG_BIT). The SFC
// reports no other performance figure through the calls the adapter makes.
func offline(bits *big.Int) bool {
	return !bits.IsUint64() || bits.Uint64()&(statusOffline|statusOfflineAvg) != 0
}

func describeStatus(bits *big.Int) string {
	b := bits.Uint64()
	var s []string
	for _, f := range []struct {
		bit  uint64
		name string
	}{{statusWithdrawn, "withdrawn"}, {statusOffline, "offline"}, {statusOfflineAvg, "offline-avg"}, {statusDoubleSign, "double-sign"}} {
		if b&f.bit != 0 {
			s = append(s, f.name)
		}
	}
	return fmt.Sprint(s)
}

// Validators returns validators 1…lastValidatorID with status bits and received stake; the
// commission is the network-wide validatorCommission. A validator the SFC flags offline is
// inactive and Performance.Delinquent.
func (a *Adapter) Validators(ctx context.Context) ([]chains.Validator, error) {
	last, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackLastValidatorID(), nil, a.sfc.UnpackLastValidatorID)
	if err != nil {
		return nil, fmt.Errorf("last validator id: %w", err)
	}
	comm, err := evm.Read(ctx, a.Engine, a.cm, a.consts.PackValidatorCommission(), nil, a.consts.UnpackValidatorCommission)
	if err != nil {
		return nil, fmt.Errorf("commission: %w", err)
	}
	bps := new(big.Int).Div(comm, big.NewInt(1e14)) // 1e18 is 100 %
	if !bps.IsUint64() || bps.Uint64() > 10000 {
		return nil, fmt.Errorf("commission %s: %w", comm, chains.ErrMisconfigured)
	}
	if !last.IsUint64() || last.Uint64() > 1_000_000 {
		return nil, fmt.Errorf("last validator id %s: %w", last, chains.ErrMisconfigured)
	}
	out := make([]chains.Validator, 0, last.Uint64())
	for id := uint64(1); id <= last.Uint64(); id++ {
		v, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetValidator(new(big.Int).SetUint64(id)), nil, a.sfc.UnpackGetValidator)
		if err != nil {
			return nil, fmt.Errorf("validator %d: %w", id, err)
		}
		stake, err := evm.Amount(v.ReceivedStake)
		if err != nil {
			return nil, err
		}
		detail := "auth " + v.Auth.Hex()
		if v.Status.Sign() != 0 {
			detail += ", status " + describeStatus(v.Status)
		}
		out = append(out, chains.Validator{ID: strconv.FormatUint(id, 10), Name: "validator " + strconv.FormatUint(id, 10),
			CommissionBps: uint32(bps.Uint64()), Status: statusOf(v.Status), TotalStake: stake, Detail: detail,
			Performance: chains.Performance{Delinquent: offline(v.Status)}})
	}
	return out, nil
}

// request is one withdrawal request of the owner.
type request struct {
	validator, wrID *big.Int
	epoch, time     *big.Int
	amount          *big.Int
}

// requests returns the owner's open withdrawal requests, found from its Undelegated events.
func (a *Adapter) requests(ctx context.Context, who common.Address) ([]request, error) {
	head, err := a.Engine.Head(ctx)
	if err != nil {
		return nil, err
	}
	if a.set.FromBlock > head {
		return nil, nil
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{a.sfcAt},
		Topics: [][]common.Hash{{sfcABI.Events["Undelegated"].ID}, {common.BytesToHash(who.Bytes())}}}
	logs, err := a.Engine.Logs(ctx, q, a.set.FromBlock, head)
	if err != nil {
		return nil, err
	}
	var out []request
	seen := map[[2]string]bool{}
	for _, l := range logs {
		ev, err := a.sfc.UnpackUndelegatedEvent(&l)
		if err != nil {
			return nil, fmt.Errorf("Undelegated log %s: %w", l.TxHash.Hex(), err)
		}
		k := [2]string{ev.ToValidatorID.String(), ev.WrID.String()}
		if seen[k] {
			continue
		}
		seen[k] = true
		r, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetWithdrawalRequest(who, ev.ToValidatorID, ev.WrID), nil, a.sfc.UnpackGetWithdrawalRequest)
		if err != nil {
			return nil, err
		}
		if r.Amount.Sign() == 0 {
			continue // withdrawn
		}
		out = append(out, request{validator: ev.ToValidatorID, wrID: ev.WrID, epoch: r.Epoch, time: r.Time, amount: r.Amount})
	}
	return out, nil
}

// matured reports whether r can be withdrawn now, and the rule still unmet.
func (a *Adapter) matured(ctx context.Context, r request) (bool, time.Time, string, error) {
	secs, epochs, err := a.periods(ctx)
	if err != nil {
		return false, time.Time{}, "", err
	}
	now, err := a.Engine.HeaderTime(ctx)
	if err != nil {
		return false, time.Time{}, "", err
	}
	cur, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackCurrentEpoch(), nil, a.sfc.UnpackCurrentEpoch)
	if err != nil {
		return false, time.Time{}, "", err
	}
	at := time.Unix(new(big.Int).Add(r.time, secs).Int64(), 0).UTC()
	needEpoch := new(big.Int).Add(r.epoch, epochs)
	ok := !now.Before(at) && cur.Cmp(needEpoch) >= 0
	return ok, at, fmt.Sprintf("time >= %s and epoch >= %s", at.Format(time.RFC3339), needEpoch), nil
}

// Positions returns the owner's stake, pending rewards, open withdrawal requests and matured
// amounts per validator.
func (a *Adapter) Positions(ctx context.Context, owner string) ([]chains.Position, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	last, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackLastValidatorID(), nil, a.sfc.UnpackLastValidatorID)
	if err != nil {
		return nil, err
	}
	reqs, err := a.requests(ctx, who)
	if err != nil {
		return nil, err
	}
	byID := map[string]*chains.Position{}
	var order []string
	get := func(id string) *chains.Position {
		if p, ok := byID[id]; ok {
			return p
		}
		p := &chains.Position{Validator: id}
		byID[id] = p
		order = append(order, id)
		return p
	}
	for id := uint64(1); id <= last.Uint64(); id++ {
		vid := new(big.Int).SetUint64(id)
		stake, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetStake(who, vid), nil, a.sfc.UnpackGetStake)
		if err != nil {
			return nil, err
		}
		pending, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackPendingRewards(who, vid), nil, a.sfc.UnpackPendingRewards)
		if err != nil {
			return nil, err
		}
		if stake.Sign() == 0 && pending.Sign() == 0 {
			continue
		}
		p := get(vid.String())
		if p.Bonded, err = evm.Amount(stake); err != nil {
			return nil, err
		}
		if p.Accrued, err = evm.Amount(pending); err != nil {
			return nil, err
		}
	}
	for _, r := range reqs {
		ok, at, cond, err := a.matured(ctx, r)
		if err != nil {
			return nil, err
		}
		amt, err := evm.Amount(r.amount)
		if err != nil {
			return nil, err
		}
		p := get(r.validator.String())
		if ok {
			if p.Withdrawable, err = p.Withdrawable.Add(amt); err != nil {
				return nil, err
			}
			continue
		}
		p.Unbonding = append(p.Unbonding, chains.Unbonding{ID: r.wrID.String(), Amount: amt, LiquidAt: at, Condition: cond})
	}
	out := make([]chains.Position, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	return out, nil
}

// Rewards returns the owner's ClaimedRewards and RestakedRewards events in the window.
func (a *Adapter) Rewards(ctx context.Context, owner string, w chains.Window) ([]chains.Reward, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	if w.To < w.From {
		return nil, chains.Rejected(chains.ReasonInvalid, "window %d..%d is empty", w.From, w.To)
	}
	claimed, restaked := sfcABI.Events["ClaimedRewards"].ID, sfcABI.Events["RestakedRewards"].ID
	q := ethereum.FilterQuery{Addresses: []common.Address{a.sfcAt},
		Topics: [][]common.Hash{{claimed, restaked}, {common.BytesToHash(who.Bytes())}}}
	logs, err := a.Engine.Logs(ctx, q, w.From, w.To)
	if err != nil {
		return nil, err
	}
	out := make([]chains.Reward, 0, len(logs))
	for _, l := range logs {
		r := chains.Reward{Kind: chains.RewardClaimed, Ref: chains.Ref{TxID: l.TxHash.Hex(), Height: l.BlockNumber, LogIndex: l.Index}}
		var amount *big.Int
		if l.Topics[0] == claimed {
			ev, err := a.sfc.UnpackClaimedRewardsEvent(&l)
			if err != nil {
				return nil, err
			}
			r.Validator, amount = ev.ToValidatorID.String(), ev.Rewards
		} else {
			ev, err := a.sfc.UnpackRestakedRewardsEvent(&l)
			if err != nil {
				return nil, err
			}
			r.Kind, r.Validator, amount = chains.RewardRestaked, ev.ToValidatorID.String(), ev.Rewards
		}
		if r.Amount, err = evm.Amount(amount); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// wrID derives the withdrawal request id of an undelegation from its idempotency key.
func wrID(owner common.Address, key string) *big.Int {
	h := crypto.Keccak256([]byte("staker/sonic/wrID"), owner.Bytes(), []byte(key))
	return new(big.Int).SetUint64(binary.BigEndian.Uint64(h[:8]) >> 1)
}

func parseID(s, what string) (*big.Int, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v == 0 {
		return nil, chains.Rejected(chains.ReasonInvalid, "%s %q is not a positive whole number", what, s)
	}
	return new(big.Int).SetUint64(v), nil
}

// Build builds delegate, undelegate (zero Amount: all), withdraw (Request: the wrID; empty:
// the first matured request), claim and restake (refused when nothing is pending).
func (a *Adapter) Build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	who, err := evm.Owner(act.Owner)
	if err != nil {
		return chains.Unsigned{}, err
	}
	id, err := parseID(act.Validator, "validator id")
	if err != nil {
		return chains.Unsigned{}, err
	}
	tx := evm.Tx{Owner: who, To: a.sfcAt, Key: act.Key}
	in := signer.Intent{Action: act.Kind, To: id.String(), Amount: money.Zero}
	switch act.Kind {
	case signer.ActionDelegate:
		amount, err := evm.CheckAmount(act)
		if err != nil {
			return chains.Unsigned{}, err
		}
		v, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetValidator(id), nil, a.sfc.UnpackGetValidator)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if v.Auth == (common.Address{}) {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonValidatorInactive, "validator %s does not exist", id)
		}
		if v.Status.Sign() != 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonValidatorInactive, "validator %s has status %s", id, describeStatus(v.Status))
		}
		tx.Value, tx.Data, in.Amount = amount, a.sfc.PackDelegate(id), act.Amount
	case signer.ActionUndelegate:
		if act.Amount.Sign() < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "negative amount %s", act.Amount)
		}
		stake, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetStake(who, id), nil, a.sfc.UnpackGetStake)
		if err != nil {
			return chains.Unsigned{}, err
		}
		amount := act.Amount.Big()
		if act.Amount.IsZero() {
			amount = stake
		}
		if stake.Sign() == 0 || amount.Cmp(stake) > 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInsufficientFunds, "undelegate %s from validator %s holding %s", amount, id, stake)
		}
		key := act.Key
		if key == "" {
			key = fmt.Sprintf("undelegate-%d", time.Now().UnixNano())
		}
		wr := wrID(who, key)
		ex, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetWithdrawalRequest(who, id, wr), nil, a.sfc.UnpackGetWithdrawalRequest)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if ex.Amount.Sign() != 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "withdrawal request %s for key %q already exists", wr, act.Key)
		}
		tx.Data = a.sfc.PackUndelegate(id, wr, amount)
		if in.Amount, err = evm.Amount(amount); err != nil {
			return chains.Unsigned{}, err
		}
	case signer.ActionWithdraw:
		wr, err := a.withdrawable(ctx, who, id, act.Request)
		if err != nil {
			return chains.Unsigned{}, err
		}
		tx.Data = a.sfc.PackWithdraw(id, wr)
	case signer.ActionClaim, signer.ActionRestake:
		pending, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackPendingRewards(who, id), nil, a.sfc.UnpackPendingRewards)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if pending.Sign() == 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonNothingToClaim, "no rewards pending with validator %s", id)
		}
		tx.Data = a.sfc.PackClaimRewards(id)
		if act.Kind == signer.ActionRestake {
			tx.Data = a.sfc.PackRestakeRewards(id)
		}
	default:
		return chains.Unsigned{}, evm.Unsupported("sonic", act.Kind)
	}
	tx.Intent = in
	return a.Engine.Build(ctx, tx)
}

// withdrawable returns the wrID to withdraw, refusing unless it exists and has matured.
func (a *Adapter) withdrawable(ctx context.Context, who common.Address, id *big.Int, req string) (*big.Int, error) {
	var cands []request
	if req != "" {
		wr, ok := new(big.Int).SetString(req, 10)
		if !ok || wr.Sign() < 0 {
			return nil, chains.Rejected(chains.ReasonInvalid, "withdrawal request %q is not a number", req)
		}
		r, err := evm.Read(ctx, a.Engine, a.sfcAt, a.sfc.PackGetWithdrawalRequest(who, id, wr), nil, a.sfc.UnpackGetWithdrawalRequest)
		if err != nil {
			return nil, err
		}
		if r.Amount.Sign() == 0 {
			return nil, chains.Rejected(chains.ReasonNothingToClaim, "no withdrawal request %s with validator %s", wr, id)
		}
		cands = []request{{validator: id, wrID: wr, epoch: r.Epoch, time: r.Time, amount: r.Amount}}
	} else {
		all, err := a.requests(ctx, who)
		if err != nil {
			return nil, err
		}
		cands = slices.DeleteFunc(all, func(r request) bool { return r.validator.Cmp(id) != 0 })
		if len(cands) == 0 {
			return nil, chains.Rejected(chains.ReasonNothingToClaim, "no withdrawal request with validator %s", id)
		}
	}
	for _, r := range cands {
		ok, _, cond, err := a.matured(ctx, r)
		if err != nil {
			return nil, err
		}
		if ok {
			return r.wrID, nil
		}
		if req != "" {
			return nil, chains.Rejected(chains.ReasonNotMatured, "withdrawal request %s needs %s", r.wrID, cond)
		}
	}
	return nil, chains.Rejected(chains.ReasonNotMatured, "no withdrawal request with validator %s has matured", id)
}

// Balance returns the owner's liquid S: its native balance.
func (a *Adapter) Balance(ctx context.Context, owner string) (money.Amount, error) {
	return a.Engine.NativeBalance(ctx, owner)
}

// Interface guards
var (
	_ chains.Adapter   = (*Adapter)(nil)
	_ chains.Replacer  = (*Adapter)(nil)
	_ chains.GapFiller = (*Adapter)(nil)
)
