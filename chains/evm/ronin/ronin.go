// Package ronin owns the AXS adapter: the AXS staking pool on Ronin. There are no
// validators: the pool is the one "validator". Staking pulls AXS by allowance; rewards
// accrue per block through the staking manager and can be claimed or restaked only once per
// minClaimedTimeWindow (checked with canObtainRewards first); unstaking is immediate; each
// method can be paused on its own (checked with paused(selector) first). The chain id is
// read from the node (Ronin's networks have moved), and checked against the configuration
// when it names one. It registers itself as "ronin".
//
// Intents name the pool (the token's spender for approvals) and the AXS amount where the
// call carries one (zero for claim and restake).
package ronin

import (
	"context"
	"fmt"
	"math/big"
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

// Mainnet addresses (Ronin 2020).
var (
	MainnetPool    = common.HexToAddress("0x05b0bb3c1c320b280501b86706c3551995bc8571")
	MainnetManager = common.HexToAddress("0x8bd81a19420bad681b7bfc20e703ebd8e253782d")
	MainnetToken   = common.HexToAddress("0x97a9107c1793bc407d6f527b77e7fff4d812bece")
)

// Settings are the adapter's `settings:` keys. Pool and staking manager default to
// mainnet's (and are required elsewhere); the token defaults to what the pool stakes and,
// when given, must equal it.
type Settings struct {
	evm.Settings `yaml:",inline"`
	Pool         string `yaml:"pool"`
	Manager      string `yaml:"staking_manager"`
	Token        string `yaml:"token"`
}

// Adapter is the Ronin AXS staking adapter.
type Adapter struct {
	// The shared engine supplies Decoder, Attach, Broadcast, Status, Replace, Fill and
	// Head: they are the same on every EVM chain.
	*evm.Engine
	pool, manager, token common.Address
	p                    *contract.IAxsPool
	m                    *contract.IAxsManager
	erc20                *contract.IERC20
	info                 chains.Info
}

func init() { chains.Register("ronin", New) }

var (
	poolABI  = evm.ABIOf(contract.NewIAxsPool())
	erc20ABI = evm.ABIOf(contract.NewIERC20())
	reverts  = evm.NewRevertMap(nil, map[string]chains.Reason{
		"paused":                 chains.ReasonPaused,
		"cannot claim":           chains.ReasonClaimWindow,
		"insufficient allowance": chains.ReasonInsufficientFunds,
		"exceeds balance":        chains.ReasonInsufficientFunds,
		"invalid amount":         chains.ReasonInvalid,
	})
)

// New dials the node named in cfg and returns the adapter.
func New(ctx context.Context, cfg chains.Config, opts chains.Options) (chains.Adapter, error) {
	var set Settings
	if err := cfg.DecodeSettings(&set); err != nil {
		return nil, err
	}
	a := &Adapter{pool: MainnetPool, manager: MainnetManager,
		p: contract.NewIAxsPool(), m: contract.NewIAxsManager(), erc20: contract.NewIERC20()}
	if cfg.Network == "mainnet" {
		a.token = MainnetToken
	}
	for _, o := range []struct {
		name, s  string
		dst      *common.Address
		required bool
	}{{"pool", set.Pool, &a.pool, true}, {"staking_manager", set.Manager, &a.manager, true}, {"token", set.Token, &a.token, false}} {
		if o.s == "" {
			if o.required && cfg.Network != "mainnet" {
				return nil, fmt.Errorf("ronin settings: %s is required on network %q: %w", o.name, cfg.Network, chains.ErrMisconfigured)
			}
			continue
		}
		if !common.IsHexAddress(o.s) {
			return nil, fmt.Errorf("ronin settings %s %q is not an address: %w", o.name, o.s, chains.ErrMisconfigured)
		}
		*o.dst = common.HexToAddress(o.s)
	}
	e, err := evm.Dial(ctx, cfg, opts, evm.Params{
		Chain:         "ronin",
		FinalityDepth: 20,
		Reverts:       reverts,
		Decode:        a.decode,
		Contracts:     func() []common.Address { return []common.Address{a.pool, a.manager, a.token} },
		FeeInToken:    false, // gas is paid in RON, not in the AXS staked
	}, set.Settings)
	if err != nil {
		return nil, err
	}
	a.Engine = e
	staking, err := evm.Read(ctx, e, a.pool, a.p.PackGetStakingToken(), nil, a.p.UnpackGetStakingToken)
	if err != nil {
		e.Close()
		return nil, fmt.Errorf("ronin: pool %s: %w", a.pool.Hex(), err)
	}
	if a.token == (common.Address{}) {
		a.token = staking
	}
	if staking != a.token {
		e.Close()
		return nil, fmt.Errorf("ronin: pool %s stakes %s, configured token %s: %w", a.pool.Hex(), staking.Hex(), a.token.Hex(), chains.ErrMisconfigured)
	}
	a.info = e.Info()
	a.info.Harvest = chains.HarvestClaim
	a.info.Actions = []signer.Action{signer.ActionApprove, signer.ActionDelegate, signer.ActionUndelegate, signer.ActionClaim, signer.ActionRestake}
	return a, nil
}

// Info describes the chain.
func (a *Adapter) Info() chains.Info { return a.info }

func (a *Adapter) decode(tx *types.Transaction) (signer.Intent, error) {
	if tx.Value().Sign() != 0 {
		return signer.Intent{}, fmt.Errorf("AXS staking calls carry no RON, this one %s wei", tx.Value())
	}
	c, err := evm.DecodeCall(tx, map[common.Address]*abi.ABI{a.token: erc20ABI, a.pool: poolABI})
	if err != nil {
		return signer.Intent{}, err
	}
	in := signer.Intent{To: a.pool.Hex()}
	amount := new(big.Int)
	switch {
	case *tx.To() == a.token && c.Method == "approve":
		var spender common.Address
		if spender, err = c.Address("spender"); err == nil && spender != a.pool {
			return signer.Intent{}, fmt.Errorf("approval to %s, not the pool %s", spender.Hex(), a.pool.Hex())
		}
		in.Action = signer.ActionApprove
		if err == nil {
			amount, err = c.Uint("amount")
		}
	case *tx.To() == a.pool && c.Method == "stake":
		in.Action = signer.ActionDelegate
		amount, err = c.Uint("_amount")
	case *tx.To() == a.pool && c.Method == "unstake":
		in.Action = signer.ActionUndelegate
		amount, err = c.Uint("_amount")
	case *tx.To() == a.pool && c.Method == "claimPendingRewards":
		in.Action = signer.ActionClaim
	case *tx.To() == a.pool && c.Method == "restakeRewards":
		in.Action = signer.ActionRestake
	default:
		return signer.Intent{}, fmt.Errorf("%s.%s is not an action this adapter builds", tx.To().Hex(), c.Method)
	}
	if err != nil {
		return signer.Intent{}, err
	}
	in.Amount, err = evm.Amount(amount)
	return in, err
}

// Validators returns the pool as the one validator, active unless staking is paused.
func (a *Adapter) Validators(ctx context.Context) ([]chains.Validator, error) {
	total, err := evm.Read(ctx, a.Engine, a.pool, a.p.PackGetStakingTotal(), nil, a.p.UnpackGetStakingTotal)
	if err != nil {
		return nil, err
	}
	amt, err := evm.Amount(total)
	if err != nil {
		return nil, err
	}
	st := chains.ValidatorActive
	paused, err := a.paused(ctx, "stake")
	if err != nil {
		return nil, err
	}
	if paused {
		st = chains.ValidatorInactive
	}
	return []chains.Validator{{ID: a.pool.Hex(), Name: "AXS staking pool", Status: st, TotalStake: amt,
		Detail: "manager " + a.manager.Hex()}}, nil
}

// Positions returns the owner's stake and pending rewards in the pool.
func (a *Adapter) Positions(ctx context.Context, owner string) ([]chains.Position, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	staked, err := evm.Read(ctx, a.Engine, a.pool, a.p.PackGetStakingAmount(who), nil, a.p.UnpackGetStakingAmount)
	if err != nil {
		return nil, err
	}
	pending, err := evm.Read(ctx, a.Engine, a.pool, a.p.PackGetPendingRewards(who), nil, a.p.UnpackGetPendingRewards)
	if err != nil {
		return nil, err
	}
	if staked.Sign() == 0 && pending.Sign() == 0 {
		return nil, nil
	}
	p := chains.Position{Validator: a.pool.Hex()}
	if p.Bonded, err = evm.Amount(staked); err != nil {
		return nil, err
	}
	if p.Accrued, err = evm.Amount(pending); err != nil {
		return nil, err
	}
	return []chains.Position{p}, nil
}

// Rewards returns the owner's RewardClaimed events in the window; a claim whose transaction
// also staked for the owner is a restake.
func (a *Adapter) Rewards(ctx context.Context, owner string, w chains.Window) ([]chains.Reward, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	if w.To < w.From {
		return nil, chains.Rejected(chains.ReasonInvalid, "window %d..%d is empty", w.From, w.To)
	}
	claimed, staked := poolABI.Events["RewardClaimed"].ID, poolABI.Events["Staked"].ID
	logs, err := a.Engine.Logs(ctx, ethereum.FilterQuery{Addresses: []common.Address{a.pool},
		Topics: [][]common.Hash{{claimed, staked}, {common.BytesToHash(who.Bytes())}}}, w.From, w.To)
	if err != nil {
		return nil, err
	}
	stakedIn := map[common.Hash]bool{}
	for _, l := range logs {
		if l.Topics[0] == staked {
			stakedIn[l.TxHash] = true
		}
	}
	var out []chains.Reward
	for _, l := range logs {
		if l.Topics[0] != claimed {
			continue
		}
		ev, err := a.p.UnpackRewardClaimedEvent(&l)
		if err != nil {
			return nil, err
		}
		amt, err := evm.Amount(ev.Amount)
		if err != nil {
			return nil, err
		}
		kind := chains.RewardClaimed
		if stakedIn[l.TxHash] {
			kind = chains.RewardRestaked
		}
		out = append(out, chains.Reward{Validator: a.pool.Hex(), Amount: amt, Kind: kind,
			Ref: chains.Ref{TxID: l.TxHash.Hex(), Height: l.BlockNumber, LogIndex: l.Index}})
	}
	return out, nil
}

func (a *Adapter) paused(ctx context.Context, method string) (bool, error) {
	m, ok := poolABI.Methods[method]
	if !ok {
		return false, fmt.Errorf("pool method %s: %w", method, chains.ErrMisconfigured)
	}
	var sel [4]byte
	copy(sel[:], m.ID)
	return evm.Read(ctx, a.Engine, a.pool, a.p.PackPaused(sel), nil, a.p.UnpackPaused)
}

func (a *Adapter) checkNotPaused(ctx context.Context, method string) error {
	p, err := a.paused(ctx, method)
	if err != nil {
		return err
	}
	if p {
		return chains.Rejected(chains.ReasonPaused, "pool method %s is paused", method)
	}
	return nil
}

// needAllowance returns a PrerequisiteError when the owner's allowance to the pool is short.
func (a *Adapter) needAllowance(ctx context.Context, who common.Address, owner string, amount *big.Int) error {
	allowed, err := evm.Read(ctx, a.Engine, a.token, a.erc20.PackAllowance(who, a.pool), nil, a.erc20.UnpackAllowance)
	if err != nil {
		return err
	}
	if allowed.Cmp(amount) >= 0 {
		return nil
	}
	amt, err := evm.Amount(amount)
	if err != nil {
		return err
	}
	return &chains.PrerequisiteError{Need: chains.Action{Kind: signer.ActionApprove, Owner: owner, Validator: a.pool.Hex(), Amount: amt},
		Detail: fmt.Sprintf("allowance to the pool is %s, %s needed", allowed, amount)}
}

// Build builds approve (AXS allowance to the pool), delegate (stake; a PrerequisiteError
// when the allowance is short), undelegate (unstake; zero Amount: all), claim and restake
// (refused when the claim window is closed or nothing is pending; restake also needs an
// allowance for the rewards it pulls back in). Paused methods are refused before building.
func (a *Adapter) Build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	who, err := evm.Owner(act.Owner)
	if err != nil {
		return chains.Unsigned{}, err
	}
	if act.Validator != "" && (!common.IsHexAddress(act.Validator) || common.HexToAddress(act.Validator) != a.pool) && act.Kind != signer.ActionApprove {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonValidatorInactive, "%q is not the AXS pool %s", act.Validator, a.pool.Hex())
	}
	tx := evm.Tx{Owner: who, To: a.pool, Key: act.Key}
	in := signer.Intent{Action: act.Kind, To: a.pool.Hex(), Amount: money.Zero}
	switch act.Kind {
	case signer.ActionApprove:
		amount, err := evm.CheckAmount(act)
		if err != nil {
			return chains.Unsigned{}, err
		}
		tx.To, tx.Data, in.Amount = a.token, a.erc20.PackApprove(a.pool, amount), act.Amount
	case signer.ActionDelegate:
		amount, err := evm.CheckAmount(act)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if err := a.checkNotPaused(ctx, "stake"); err != nil {
			return chains.Unsigned{}, err
		}
		bal, err := evm.Read(ctx, a.Engine, a.token, a.erc20.PackBalanceOf(who), nil, a.erc20.UnpackBalanceOf)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if bal.Cmp(amount) < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInsufficientFunds, "stake %s AXS wei with %s held", amount, bal)
		}
		if err := a.needAllowance(ctx, who, act.Owner, amount); err != nil {
			return chains.Unsigned{}, err
		}
		tx.Data, in.Amount = a.p.PackStake(amount), act.Amount
	case signer.ActionUndelegate:
		if act.Amount.Sign() < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "negative amount %s", act.Amount)
		}
		if err := a.checkNotPaused(ctx, "unstake"); err != nil {
			return chains.Unsigned{}, err
		}
		staked, err := evm.Read(ctx, a.Engine, a.pool, a.p.PackGetStakingAmount(who), nil, a.p.UnpackGetStakingAmount)
		if err != nil {
			return chains.Unsigned{}, err
		}
		amount := act.Amount.Big()
		if act.Amount.IsZero() {
			amount = staked
		}
		if staked.Sign() == 0 || amount.Cmp(staked) > 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInsufficientFunds, "unstake %s with %s staked", amount, staked)
		}
		tx.Data = a.p.PackUnstake(amount)
		if in.Amount, err = evm.Amount(amount); err != nil {
			return chains.Unsigned{}, err
		}
	case signer.ActionClaim, signer.ActionRestake:
		method := "claimPendingRewards"
		if act.Kind == signer.ActionRestake {
			method = "restakeRewards"
		}
		if err := a.checkNotPaused(ctx, method); err != nil {
			return chains.Unsigned{}, err
		}
		ok, err := evm.Read(ctx, a.Engine, a.manager, a.m.PackCanObtainRewards(a.pool, who), nil, a.m.UnpackCanObtainRewards)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if !ok {
			window, _ := evm.Read(ctx, a.Engine, a.manager, a.m.PackMinClaimedTimeWindow(), nil, a.m.UnpackMinClaimedTimeWindow)
			return chains.Unsigned{}, chains.Rejected(chains.ReasonClaimWindow, "claimed within the last %s", secs(window))
		}
		pending, err := evm.Read(ctx, a.Engine, a.pool, a.p.PackGetPendingRewards(who), nil, a.p.UnpackGetPendingRewards)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if pending.Sign() == 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonNothingToClaim, "no AXS rewards pending")
		}
		tx.Data = a.p.PackClaimPendingRewards()
		if act.Kind == signer.ActionRestake {
			// The pool pulls the claimed rewards back with transferFrom: a little headroom
			// covers the blocks between now and inclusion.
			need := new(big.Int).Add(pending, new(big.Int).Div(pending, big.NewInt(10)))
			if err := a.needAllowance(ctx, who, act.Owner, need); err != nil {
				return chains.Unsigned{}, err
			}
			tx.Data = a.p.PackRestakeRewards()
		}
	default:
		return chains.Unsigned{}, evm.Unsupported("ronin", act.Kind)
	}
	tx.Intent = in
	return a.Engine.Build(ctx, tx)
}

func secs(v *big.Int) time.Duration {
	if v == nil || !v.IsInt64() {
		return 0
	}
	return time.Duration(v.Int64()) * time.Second
}

// Balance returns the owner's liquid AXS: its balance on the AXS token contract the pool stakes.
func (a *Adapter) Balance(ctx context.Context, owner string) (money.Amount, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return money.Amount{}, err
	}
	bal, err := evm.Read(ctx, a.Engine, a.token, a.erc20.PackBalanceOf(who), nil, a.erc20.UnpackBalanceOf)
	if err != nil {
		return money.Amount{}, fmt.Errorf("balance of %s: %w", who.Hex(), err)
	}
	return evm.Amount(bal)
}

// Interface guards
var (
	_ chains.Adapter   = (*Adapter)(nil)
	_ chains.Replacer  = (*Adapter)(nil)
	_ chains.GapFiller = (*Adapter)(nil)
)
