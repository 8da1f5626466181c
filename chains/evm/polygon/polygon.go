// Package polygon owns the POL adapter: Polygon PoS staking, whose contracts live on
// Ethereum L1 (chain 1; Sepolia for the Amoy testnet). Delegating buys vouchers on the
// validator's ValidatorShare after an ERC-20 allowance of POL to the StakeManager(Proxy);
// rewards accrue per checkpoint and are withdrawn (withdrawRewardsPOL) or restaked
// (restakePOL), and every buy or sell pays pending rewards as a side effect, which Rewards
// reports as such; selling opens an unbond (nonce) claimable after withdrawalDelay()
// checkpoints. Only the POL variants of the calls are used. It registers itself as "polygon".
//
// Intents: approve names the spender (the StakeManager) and the allowance; the staking
// actions name the ValidatorShare contract called (the signer's allowlist holds those
// addresses) and the POL amount where the call carries one (zero for withdraw, claim and
// restake). The decoder accepts ValidatorShare calls to any address, since shares are found
// on chain; the allowlist is what binds them.
package polygon

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

// Well-known addresses per network.
var networks = map[string]Addresses{
	"mainnet": {
		StakeManager: common.HexToAddress("0x5e3Ef299fDDf15eAa0432E6e66473ace8c13D908"),
		Token:        common.HexToAddress("0x455e53CBB86018Ac2B8092FdCd39d8444aFFC3F6"),
		StakingInfo:  common.HexToAddress("0xa59C847Bd5aC0172Ff4FE912C5d29E5A71A7512B"),
		EventsHub:    common.HexToAddress("0x6dF5CB08d3f0193C768C8A01f42ac4424DC5086b"),
	},
	"sepolia": {
		StakeManager: common.HexToAddress("0x4AE8f648B1Ec892B6cc68C89cc088583964d08bE"),
		Token:        common.HexToAddress("0x44499312f493F62f2DFd3C6435Ca3603EbFCeeBa"),
		StakingInfo:  common.HexToAddress("0x5E3111a5d928D24718c1A7897261D0B9087002ed"),
		EventsHub:    common.HexToAddress("0x700e0f2AfBd92e2b3fF91CAD8C62A564690ddf39"),
	},
}

// Addresses are the contracts the adapter talks to.
type Addresses struct {
	StakeManager, Token, StakingInfo, EventsHub common.Address
}

// MinRewardAmount is the least liquid reward withdrawRewardsPOL and restakePOL accept
// (ValidatorShare.minAmount, 1 POL); below it Build refuses with nothing-to-claim.
var MinRewardAmount = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Settings are the adapter's `settings:` keys. The addresses default to the network's.
type Settings struct {
	evm.Settings `yaml:",inline"`
	StakeManager string `yaml:"stake_manager"`
	Token        string `yaml:"pol_token"`
	StakingInfo  string `yaml:"staking_info"`
	EventsHub    string `yaml:"events_hub"`
	// CheckpointInterval is the nominal time between checkpoints, for the unbonding estimate.
	CheckpointInterval time.Duration `yaml:"checkpoint_interval"`
}

// Adapter is the Polygon staking adapter.
type Adapter struct {
	// The shared engine supplies Decoder, Attach, Broadcast, Status, Replace, Fill and
	// Head: they are the same on every EVM chain.
	*evm.Engine
	addr  Addresses
	sm    *contract.IStakeManager
	share *contract.IValidatorShare
	erc20 *contract.IERC20
	info  chains.Info
}

func init() { chains.Register("polygon", New) }

var (
	shareABI   = evm.ABIOf(contract.NewIValidatorShare())
	erc20ABI   = evm.ABIOf(contract.NewIERC20())
	infoABI    = evm.ABIOf(contract.NewIStakingInfo())
	hubABI     = evm.ABIOf(contract.NewIEventsHub())
	revertText = map[string]chains.Reason{
		"Delegation is disabled":       chains.ReasonValidatorInactive,
		"Ongoing exit":                 chains.ReasonInvalid,
		"Too much requested":           chains.ReasonInsufficientFunds,
		"too much slippage":            chains.ReasonInvalid,
		"Too much slippage":            chains.ReasonInvalid,
		"Incomplete withdrawal period": chains.ReasonNotMatured,
		"Too small rewards":            chains.ReasonNothingToClaim,
		"insufficient allowance":       chains.ReasonInsufficientFunds,
		"exceeds balance":              chains.ReasonInsufficientFunds,
		"locked":                       chains.ReasonPaused,
	}
)

// New dials the node named in cfg and returns the adapter.
func New(ctx context.Context, cfg chains.Config, opts chains.Options) (chains.Adapter, error) {
	set := Settings{CheckpointInterval: 30 * time.Minute}
	if err := cfg.DecodeSettings(&set); err != nil {
		return nil, err
	}
	addr := networks[cfg.Network]
	for _, o := range []struct {
		name string
		s    string
		dst  *common.Address
	}{{"stake_manager", set.StakeManager, &addr.StakeManager}, {"pol_token", set.Token, &addr.Token},
		{"staking_info", set.StakingInfo, &addr.StakingInfo}, {"events_hub", set.EventsHub, &addr.EventsHub}} {
		if o.s != "" {
			if !common.IsHexAddress(o.s) {
				return nil, fmt.Errorf("polygon settings %s %q is not an address: %w", o.name, o.s, chains.ErrMisconfigured)
			}
			*o.dst = common.HexToAddress(o.s)
		}
		if *o.dst == (common.Address{}) {
			return nil, fmt.Errorf("polygon settings: %s is required on network %q: %w", o.name, cfg.Network, chains.ErrMisconfigured)
		}
	}
	a := &Adapter{addr: addr, sm: contract.NewIStakeManager(), share: contract.NewIValidatorShare(), erc20: contract.NewIERC20()}
	e, err := evm.Dial(ctx, cfg, opts, evm.Params{
		Chain:         "polygon",
		Networks:      map[string]uint64{"mainnet": 1, "sepolia": 11155111},
		FinalityDepth: 64,
		Reverts:       evm.NewRevertMap(nil, revertText),
		Decode:        a.decode,
		Contracts: func() []common.Address {
			return []common.Address{a.addr.StakeManager, a.addr.Token, a.addr.StakingInfo, a.addr.EventsHub}
		},
		FeeInToken: false, // gas is paid in ETH, not in the POL staked
	}, set.Settings)
	if err != nil {
		return nil, err
	}
	a.Engine = e
	delay, err := evm.Read(ctx, e, addr.StakeManager, a.sm.PackWithdrawalDelay(), nil, a.sm.UnpackWithdrawalDelay)
	if err != nil {
		e.Close()
		return nil, fmt.Errorf("polygon: withdrawal delay: %w", err)
	}
	a.info = e.Info()
	a.info.Unbonding = time.Duration(delay.Int64()) * set.CheckpointInterval
	a.info.UnbondingRule = fmt.Sprintf("%s checkpoints after selling (StakeManager.withdrawalDelay)", delay)
	a.info.Harvest = chains.HarvestClaim
	a.info.Actions = []signer.Action{signer.ActionApprove, signer.ActionDelegate, signer.ActionUndelegate,
		signer.ActionWithdraw, signer.ActionClaim, signer.ActionRestake}
	return a, nil
}

// Info describes the chain.
func (a *Adapter) Info() chains.Info { return a.info }

// decode reads the intent of a POL approval or a ValidatorShare call.
func (a *Adapter) decode(tx *types.Transaction) (signer.Intent, error) {
	if tx.Value().Sign() != 0 {
		return signer.Intent{}, fmt.Errorf("polygon staking calls carry no ETH, this one %s wei", tx.Value())
	}
	if *tx.To() == a.addr.Token {
		c, err := evm.DecodeCall(tx, map[common.Address]*abi.ABI{a.addr.Token: erc20ABI})
		if err != nil {
			return signer.Intent{}, err
		}
		if c.Method != "approve" {
			return signer.Intent{}, fmt.Errorf("POL.%s is not an action this adapter builds", c.Method)
		}
		spender, err := c.Address("spender")
		if err != nil {
			return signer.Intent{}, err
		}
		if spender != a.addr.StakeManager {
			return signer.Intent{}, fmt.Errorf("approval to %s, not the StakeManager %s", spender.Hex(), a.addr.StakeManager.Hex())
		}
		amount, err := c.Uint("amount")
		if err != nil {
			return signer.Intent{}, err
		}
		amt, err := evm.Amount(amount)
		return signer.Intent{Action: signer.ActionApprove, To: spender.Hex(), Amount: amt}, err
	}
	c, err := evm.DecodeCall(tx, map[common.Address]*abi.ABI{*tx.To(): shareABI})
	if err != nil {
		return signer.Intent{}, err
	}
	in := signer.Intent{To: tx.To().Hex()}
	amount := new(big.Int)
	switch c.Method {
	case "buyVoucherPOL":
		in.Action = signer.ActionDelegate
		amount, err = c.Uint("_amount")
	case "sellVoucher_newPOL":
		in.Action = signer.ActionUndelegate
		amount, err = c.Uint("claimAmount")
	case "unstakeClaimTokens_newPOL":
		in.Action = signer.ActionWithdraw
	case "withdrawRewardsPOL":
		in.Action = signer.ActionClaim
	case "restakePOL":
		in.Action = signer.ActionRestake
	default:
		return signer.Intent{}, fmt.Errorf("ValidatorShare.%s is not an action this adapter builds", c.Method)
	}
	if err != nil {
		return signer.Intent{}, err
	}
	in.Amount, err = evm.Amount(amount)
	return in, err
}

// precision is ValidatorShare's exchange-rate precision: 100 for the foundation validators
// (ids below 8), 10^29 for the others.
func precision(id *big.Int) *big.Int {
	if id.Cmp(big.NewInt(8)) < 0 {
		return big.NewInt(100)
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(29), nil)
}

// count returns the number of validator ids (1…count).
func (a *Adapter) count(ctx context.Context) (int64, error) {
	n, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackNFTCounter(), nil, a.sm.UnpackNFTCounter)
	if err != nil {
		return 0, fmt.Errorf("NFTCounter: %w", err)
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return 0, fmt.Errorf("NFTCounter %s: %w", n, chains.ErrMisconfigured)
	}
	return n.Int64() - 1, nil
}

// Validators returns validators 1…NFTCounter-1 with commission (percent, as basis points),
// status (jailed when locked with a jail time) and delegated stake.
func (a *Adapter) Validators(ctx context.Context) ([]chains.Validator, error) {
	n, err := a.count(ctx)
	if err != nil {
		return nil, err
	}
	epoch, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackEpoch(), nil, a.sm.UnpackEpoch)
	if err != nil {
		return nil, err
	}
	out := make([]chains.Validator, 0, n)
	for i := int64(1); i <= n; i++ {
		id := big.NewInt(i)
		v, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackValidators(id), nil, a.sm.UnpackValidators)
		if err != nil {
			return nil, fmt.Errorf("validator %d: %w", i, err)
		}
		if v.ContractAddress == (common.Address{}) {
			continue // never created or long gone
		}
		st := chains.ValidatorInactive
		switch {
		case v.Status == 1 && v.Amount.Sign() > 0 && (v.DeactivationEpoch.Sign() == 0 || v.DeactivationEpoch.Cmp(epoch) > 0):
			st = chains.ValidatorActive
		case v.Status == 2 && v.JailTime.Sign() > 0:
			st = chains.ValidatorJailed
		}
		if !v.CommissionRate.IsUint64() || v.CommissionRate.Uint64() > 100 {
			return nil, fmt.Errorf("validator %d commission %s%%: %w", i, v.CommissionRate, chains.ErrMisconfigured)
		}
		stake, err := evm.Amount(v.DelegatedAmount)
		if err != nil {
			return nil, err
		}
		out = append(out, chains.Validator{ID: id.String(), Name: "validator " + id.String(),
			CommissionBps: uint32(v.CommissionRate.Uint64() * 100), Status: st, TotalStake: stake,
			Detail: fmt.Sprintf("share %s, signer %s", v.ContractAddress.Hex(), v.Signer.Hex())})
	}
	return out, nil
}

// shareOf returns validator id's ValidatorShare contract.
func (a *Adapter) shareOf(ctx context.Context, id *big.Int) (common.Address, error) {
	s, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackGetValidatorContract(id), nil, a.sm.UnpackGetValidatorContract)
	if err != nil {
		return common.Address{}, err
	}
	if s == (common.Address{}) {
		return common.Address{}, chains.Rejected(chains.ReasonValidatorInactive, "validator %s has no ValidatorShare", id)
	}
	return s, nil
}

// Positions returns, per validator, the owner's stake, liquid rewards, unbonds still in
// their delay and matured unbonds.
func (a *Adapter) Positions(ctx context.Context, owner string) ([]chains.Position, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	n, err := a.count(ctx)
	if err != nil {
		return nil, err
	}
	epoch, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackEpoch(), nil, a.sm.UnpackEpoch)
	if err != nil {
		return nil, err
	}
	delay, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackWithdrawalDelay(), nil, a.sm.UnpackWithdrawalDelay)
	if err != nil {
		return nil, err
	}
	var out []chains.Position
	for i := int64(1); i <= n; i++ {
		id := big.NewInt(i)
		share, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackGetValidatorContract(id), nil, a.sm.UnpackGetValidatorContract)
		if err != nil {
			return nil, err
		}
		if share == (common.Address{}) {
			continue
		}
		p, err := a.position(ctx, id, share, who, epoch, delay)
		if err != nil {
			return nil, fmt.Errorf("position with validator %d: %w", i, err)
		}
		if !p.Bonded.IsZero() || !p.Accrued.IsZero() || len(p.Unbonding) > 0 || !p.Withdrawable.IsZero() {
			out = append(out, p)
		}
	}
	return out, nil
}

func (a *Adapter) position(ctx context.Context, id *big.Int, share, who common.Address, epoch, delay *big.Int) (chains.Position, error) {
	p := chains.Position{Validator: id.String()}
	total, err := evm.Read(ctx, a.Engine, share, a.share.PackGetTotalStake(who), nil, a.share.UnpackGetTotalStake)
	if err != nil {
		return p, err
	}
	if p.Bonded, err = evm.Amount(total.Arg0); err != nil {
		return p, err
	}
	liquid, err := evm.Read(ctx, a.Engine, share, a.share.PackGetLiquidRewards(who), nil, a.share.UnpackGetLiquidRewards)
	if err != nil {
		return p, err
	}
	if p.Accrued, err = evm.Amount(liquid); err != nil {
		return p, err
	}
	nonces, err := evm.Read(ctx, a.Engine, share, a.share.PackUnbondNonces(who), nil, a.share.UnpackUnbondNonces)
	if err != nil {
		return p, err
	}
	rate, err := evm.Read(ctx, a.Engine, share, a.share.PackWithdrawExchangeRate(), nil, a.share.UnpackWithdrawExchangeRate)
	if err != nil {
		return p, err
	}
	if !nonces.IsInt64() || nonces.Int64() > 100000 {
		return p, fmt.Errorf("unbond nonces %s: %w", nonces, chains.ErrMisconfigured)
	}
	for n := int64(1); n <= nonces.Int64(); n++ {
		u, err := evm.Read(ctx, a.Engine, share, a.share.PackUnbondsNew(who, big.NewInt(n)), nil, a.share.UnpackUnbondsNew)
		if err != nil {
			return p, err
		}
		if u.Shares.Sign() == 0 {
			continue // claimed
		}
		v := new(big.Int).Mul(u.Shares, rate)
		amt, err := evm.Amount(v.Div(v, precision(id)))
		if err != nil {
			return p, err
		}
		ready := new(big.Int).Add(u.WithdrawEpoch, delay)
		if ready.Cmp(epoch) <= 0 {
			if p.Withdrawable, err = p.Withdrawable.Add(amt); err != nil {
				return p, err
			}
			continue
		}
		p.Unbonding = append(p.Unbonding, chains.Unbonding{ID: strconv.FormatInt(n, 10), Amount: amt,
			Condition: "checkpoint >= " + ready.String()})
	}
	return p, nil
}

// Rewards returns the owner's DelegatorClaimedRewards events in the window (as claims, or as
// side effects when the same transaction bought or sold vouchers) and its restakes, whose
// amount is the growth of its stake in that transaction.
func (a *Adapter) Rewards(ctx context.Context, owner string, w chains.Window) ([]chains.Reward, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return nil, err
	}
	if w.To < w.From {
		return nil, chains.Rejected(chains.ReasonInvalid, "window %d..%d is empty", w.From, w.To)
	}
	user := common.BytesToHash(who.Bytes())
	ev := infoABI.Events
	logs, err := a.Engine.Logs(ctx, ethereum.FilterQuery{Addresses: []common.Address{a.addr.StakingInfo, a.addr.EventsHub},
		Topics: [][]common.Hash{{ev["DelegatorClaimedRewards"].ID, ev["DelegatorRestaked"].ID, ev["ShareMinted"].ID,
			hubABI.Events["ShareBurnedWithId"].ID}, nil, {user}}}, w.From, w.To)
	if err != nil {
		return nil, err
	}
	trades := map[common.Hash]bool{}
	for _, l := range logs {
		if l.Topics[0] == ev["ShareMinted"].ID || l.Topics[0] == hubABI.Events["ShareBurnedWithId"].ID {
			trades[l.TxHash] = true
		}
	}
	si := contract.NewIStakingInfo()
	var out []chains.Reward
	for _, l := range logs {
		ref := chains.Ref{TxID: l.TxHash.Hex(), Height: l.BlockNumber, LogIndex: l.Index}
		switch l.Topics[0] {
		case ev["DelegatorClaimedRewards"].ID:
			e, err := si.UnpackDelegatorClaimedRewardsEvent(&l)
			if err != nil {
				return nil, err
			}
			kind := chains.RewardClaimed
			if trades[l.TxHash] {
				kind = chains.RewardSideEffect
			}
			amt, err := evm.Amount(e.Rewards)
			if err != nil {
				return nil, err
			}
			out = append(out, chains.Reward{Validator: e.ValidatorId.String(), Amount: amt, Kind: kind, Ref: ref})
		case ev["DelegatorRestaked"].ID:
			e, err := si.UnpackDelegatorRestakedEvent(&l)
			if err != nil {
				return nil, err
			}
			share, err := a.shareOf(ctx, e.ValidatorId)
			if err != nil {
				return nil, err
			}
			before, err := evm.Read(ctx, a.Engine, share, a.share.PackGetTotalStake(who), new(big.Int).SetUint64(l.BlockNumber-1), a.share.UnpackGetTotalStake)
			if err != nil {
				return nil, fmt.Errorf("stake before restake %s: %w", l.TxHash.Hex(), err)
			}
			amt, err := evm.Amount(new(big.Int).Sub(e.TotalStaked, before.Arg0))
			if err != nil {
				return nil, err
			}
			out = append(out, chains.Reward{Validator: e.ValidatorId.String(), Amount: amt, Kind: chains.RewardRestaked, Ref: ref})
		}
	}
	return out, nil
}

// Build builds approve (POL allowance to the StakeManager), delegate (failing with a
// *chains.PrerequisiteError naming the approval when the allowance is short), undelegate
// (zero Amount: all), withdraw (Request: the unbond nonce; empty: the first matured), claim
// and restake (refused under MinRewardAmount of liquid rewards).
func (a *Adapter) Build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	who, err := evm.Owner(act.Owner)
	if err != nil {
		return chains.Unsigned{}, err
	}
	tx := evm.Tx{Owner: who, Key: act.Key}
	if act.Kind == signer.ActionApprove {
		amount, err := evm.CheckAmount(act)
		if err != nil {
			return chains.Unsigned{}, err
		}
		tx.To, tx.Data = a.addr.Token, a.erc20.PackApprove(a.addr.StakeManager, amount)
		tx.Intent = signer.Intent{Action: act.Kind, To: a.addr.StakeManager.Hex(), Amount: act.Amount}
		return a.Engine.Build(ctx, tx)
	}
	v, err := strconv.ParseUint(act.Validator, 10, 64)
	if err != nil || v == 0 {
		return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "validator %q is not a validator id", act.Validator)
	}
	id := new(big.Int).SetUint64(v)
	share, err := a.shareOf(ctx, id)
	if err != nil {
		return chains.Unsigned{}, err
	}
	tx.To = share
	in := signer.Intent{Action: act.Kind, To: share.Hex(), Amount: money.Zero}
	switch act.Kind {
	case signer.ActionDelegate:
		amount, err := evm.CheckAmount(act)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if err := a.checkActive(ctx, id, share); err != nil {
			return chains.Unsigned{}, err
		}
		bal, err := evm.Read(ctx, a.Engine, a.addr.Token, a.erc20.PackBalanceOf(who), nil, a.erc20.UnpackBalanceOf)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if bal.Cmp(amount) < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInsufficientFunds, "delegate %s POL wei with %s held", amount, bal)
		}
		allowed, err := evm.Read(ctx, a.Engine, a.addr.Token, a.erc20.PackAllowance(who, a.addr.StakeManager), nil, a.erc20.UnpackAllowance)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if allowed.Cmp(amount) < 0 {
			return chains.Unsigned{}, &chains.PrerequisiteError{
				Need:   chains.Action{Kind: signer.ActionApprove, Owner: act.Owner, Validator: a.addr.StakeManager.Hex(), Amount: act.Amount},
				Detail: fmt.Sprintf("allowance to the StakeManager is %s, the delegation needs %s", allowed, amount)}
		}
		rate, err := evm.Read(ctx, a.Engine, share, a.share.PackExchangeRate(), nil, a.share.UnpackExchangeRate)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if rate.Sign() == 0 {
			return chains.Unsigned{}, fmt.Errorf("validator %s exchange rate is zero: %w", id, chains.ErrMisconfigured)
		}
		minShares := new(big.Int).Mul(amount, precision(id))
		tx.Data, in.Amount = a.share.PackBuyVoucherPOL(amount, minShares.Div(minShares, rate)), act.Amount
	case signer.ActionUndelegate:
		if act.Amount.Sign() < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInvalid, "negative amount %s", act.Amount)
		}
		total, err := evm.Read(ctx, a.Engine, share, a.share.PackGetTotalStake(who), nil, a.share.UnpackGetTotalStake)
		if err != nil {
			return chains.Unsigned{}, err
		}
		amount := act.Amount.Big()
		if act.Amount.IsZero() {
			amount = total.Arg0
		}
		if total.Arg0.Sign() == 0 || amount.Cmp(total.Arg0) > 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonInsufficientFunds, "sell %s with validator %s holding %s", amount, id, total.Arg0)
		}
		rate, err := evm.Read(ctx, a.Engine, share, a.share.PackExchangeRate(), nil, a.share.UnpackExchangeRate)
		if err != nil {
			return chains.Unsigned{}, err
		}
		maxShares := new(big.Int).Mul(amount, precision(id))
		maxShares.Add(maxShares, new(big.Int).Sub(rate, big.NewInt(1))).Div(maxShares, rate) // round up
		tx.Data = a.share.PackSellVoucherNewPOL(amount, maxShares)
		if in.Amount, err = evm.Amount(amount); err != nil {
			return chains.Unsigned{}, err
		}
	case signer.ActionWithdraw:
		nonce, err := a.matured(ctx, share, who, act.Request)
		if err != nil {
			return chains.Unsigned{}, err
		}
		tx.Data = a.share.PackUnstakeClaimTokensNewPOL(nonce)
	case signer.ActionClaim, signer.ActionRestake:
		liquid, err := evm.Read(ctx, a.Engine, share, a.share.PackGetLiquidRewards(who), nil, a.share.UnpackGetLiquidRewards)
		if err != nil {
			return chains.Unsigned{}, err
		}
		if liquid.Cmp(MinRewardAmount) < 0 {
			return chains.Unsigned{}, chains.Rejected(chains.ReasonNothingToClaim, "liquid rewards %s with validator %s, under the minimum %s", liquid, id, MinRewardAmount)
		}
		tx.Data = a.share.PackWithdrawRewardsPOL()
		if act.Kind == signer.ActionRestake {
			tx.Data = a.share.PackRestakePOL()
		}
	default:
		return chains.Unsigned{}, evm.Unsupported("polygon", act.Kind)
	}
	tx.Intent = in
	return a.Engine.Build(ctx, tx)
}

func (a *Adapter) checkActive(ctx context.Context, id *big.Int, share common.Address) error {
	v, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackValidators(id), nil, a.sm.UnpackValidators)
	if err != nil {
		return err
	}
	if v.Status != 1 {
		return chains.Rejected(chains.ReasonValidatorInactive, "validator %s has status %d (jail time %s)", id, v.Status, v.JailTime)
	}
	on, err := evm.Read(ctx, a.Engine, share, a.share.PackDelegation(), nil, a.share.UnpackDelegation)
	if err != nil {
		return err
	}
	if !on {
		return chains.Rejected(chains.ReasonValidatorInactive, "validator %s has delegation disabled", id)
	}
	return nil
}

// matured returns the unbond nonce to claim, refusing unless it exists and its delay passed.
func (a *Adapter) matured(ctx context.Context, share, who common.Address, req string) (*big.Int, error) {
	epoch, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackEpoch(), nil, a.sm.UnpackEpoch)
	if err != nil {
		return nil, err
	}
	delay, err := evm.Read(ctx, a.Engine, a.addr.StakeManager, a.sm.PackWithdrawalDelay(), nil, a.sm.UnpackWithdrawalDelay)
	if err != nil {
		return nil, err
	}
	nonces, err := evm.Read(ctx, a.Engine, share, a.share.PackUnbondNonces(who), nil, a.share.UnpackUnbondNonces)
	if err != nil {
		return nil, err
	}
	lo, hi := int64(1), nonces.Int64()
	if req != "" {
		n, err := strconv.ParseInt(req, 10, 64)
		if err != nil || n <= 0 {
			return nil, chains.Rejected(chains.ReasonInvalid, "unbond nonce %q is not a positive number", req)
		}
		lo, hi = n, n
	}
	pending := false
	for n := lo; n <= hi; n++ {
		u, err := evm.Read(ctx, a.Engine, share, a.share.PackUnbondsNew(who, big.NewInt(n)), nil, a.share.UnpackUnbondsNew)
		if err != nil {
			return nil, err
		}
		if u.Shares.Sign() == 0 {
			continue
		}
		ready := new(big.Int).Add(u.WithdrawEpoch, delay)
		if ready.Cmp(epoch) <= 0 {
			return big.NewInt(n), nil
		}
		pending = true
	}
	if pending {
		return nil, chains.Rejected(chains.ReasonNotMatured, "unbond not matured: checkpoint %s, delay %s", epoch, delay)
	}
	return nil, chains.Rejected(chains.ReasonNothingToClaim, "no open unbond with %s", share.Hex())
}

// Balance returns the owner's liquid POL: its balance on the POL token contract on Ethereum (L1), where the StakeManager takes it from.
func (a *Adapter) Balance(ctx context.Context, owner string) (money.Amount, error) {
	who, err := evm.Owner(owner)
	if err != nil {
		return money.Amount{}, err
	}
	bal, err := evm.Read(ctx, a.Engine, a.addr.Token, a.erc20.PackBalanceOf(who), nil, a.erc20.UnpackBalanceOf)
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
