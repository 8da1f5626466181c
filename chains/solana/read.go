package solana

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"

	sol "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
)

// Byte offsets of the authorities in a stake account's data (StakeStateV2: u32 tag, u64
// rent-exempt reserve, then the staker and withdrawer keys).
const (
	stakeAccountSize = 200
	withdrawerOffset = 44
	noEpoch          = math.MaxUint64
)

// phase is where a stake account stands in the delegation lifecycle.
type phase int

const (
	phaseInitialized  phase = iota // funded, not delegated
	phaseActivating                // delegated this epoch, not earning yet
	phaseActive                    // earning
	phaseDeactivating              // deactivated this epoch, cooling down
	phaseInactive                  // cooled down: withdrawable
)

// stakeAccount is one stake account as read with jsonParsed.
type stakeAccount struct {
	addr                     sol.PublicKey
	lamports                 uint64
	kind                     string // "initialized", "delegated", "uninitialized"
	reserve                  uint64
	staker, withdrawer       string
	voter                    string
	stake                    uint64
	activation, deactivation uint64
}

// phase returns the account's phase in epoch e, by the stake program's epoch rules: stake
// delegated in epoch A activates at the A+1 boundary, stake deactivated in epoch D is
// withdrawable from D+1, and stake deactivated in its activation epoch never activates. The
// network-wide warmup/cooldown cap (9 % of total stake per epoch) is not modelled: it binds
// only when a large share of the network moves at once.
func (s stakeAccount) phase(e uint64) phase {
	switch {
	case s.kind != "delegated":
		return phaseInitialized
	case s.deactivation != noEpoch && s.activation == s.deactivation:
		return phaseInactive
	case e <= s.activation:
		return phaseActivating
	case s.deactivation == noEpoch || e < s.deactivation:
		return phaseActive
	case e == s.deactivation:
		return phaseDeactivating
	}
	return phaseInactive
}

// u64 accepts a u64 written as a JSON string (as the stake parser writes them) or number.
type u64 uint64

func (u *u64) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(b, `"`))
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("u64 %s: %w", b, err)
	}
	*u = u64(n)
	return nil
}

type parsedStake struct {
	Program string `json:"program"`
	Parsed  struct {
		Type string `json:"type"`
		Info struct {
			Meta struct {
				RentExemptReserve u64 `json:"rentExemptReserve"`
				Authorized        struct {
					Staker     string `json:"staker"`
					Withdrawer string `json:"withdrawer"`
				} `json:"authorized"`
			} `json:"meta"`
			Stake *struct {
				Delegation struct {
					Voter             string `json:"voter"`
					Stake             u64    `json:"stake"`
					ActivationEpoch   u64    `json:"activationEpoch"`
					DeactivationEpoch u64    `json:"deactivationEpoch"`
				} `json:"delegation"`
			} `json:"stake"`
		} `json:"info"`
	} `json:"parsed"`
}

// parseStakeAccount reads a jsonParsed stake account.
func parseStakeAccount(addr sol.PublicKey, acc *rpc.Account) (stakeAccount, error) {
	if acc == nil || acc.Data == nil {
		return stakeAccount{}, fmt.Errorf("stake account %s: no data", addr)
	}
	if !acc.Owner.Equals(sol.StakeProgramID) {
		return stakeAccount{}, fmt.Errorf("account %s is owned by %s, not the stake program", addr, acc.Owner)
	}
	var p parsedStake
	raw := acc.Data.GetRawJSON()
	if len(raw) == 0 {
		return stakeAccount{}, fmt.Errorf("stake account %s: not returned as jsonParsed", addr)
	}
	if err := json.Unmarshal(raw, &p); err != nil {
		return stakeAccount{}, fmt.Errorf("stake account %s: %w", addr, err)
	}
	s := stakeAccount{addr: addr, lamports: acc.Lamports, kind: p.Parsed.Type, deactivation: noEpoch}
	m := p.Parsed.Info.Meta
	s.reserve, s.staker, s.withdrawer = uint64(m.RentExemptReserve), m.Authorized.Staker, m.Authorized.Withdrawer
	switch s.kind {
	case "initialized", "uninitialized":
	case "delegated":
		if p.Parsed.Info.Stake == nil {
			return stakeAccount{}, fmt.Errorf("stake account %s: delegated without a delegation", addr)
		}
		d := p.Parsed.Info.Stake.Delegation
		s.voter, s.stake = d.Voter, uint64(d.Stake)
		s.activation, s.deactivation = uint64(d.ActivationEpoch), uint64(d.DeactivationEpoch)
	default:
		return stakeAccount{}, fmt.Errorf("stake account %s: state %q", addr, s.kind)
	}
	return s, nil
}

// stakeAccounts returns every stake account whose withdraw authority is owner, sorted by
// address. The node's answer is checked against the filter.
func (a *Adapter) stakeAccounts(ctx context.Context, owner sol.PublicKey) ([]stakeAccount, error) {
	res, err := call(ctx, a, "stake accounts", func(ctx context.Context) (rpc.GetProgramAccountsResult, error) {
		return a.rpc.GetProgramAccountsWithOpts(ctx, sol.StakeProgramID, &rpc.GetProgramAccountsOpts{
			Commitment: rpc.CommitmentConfirmed,
			Encoding:   sol.EncodingJSONParsed,
			Filters: []rpc.RPCFilter{
				{DataSize: stakeAccountSize},
				{Memcmp: &rpc.RPCFilterMemcmp{Offset: withdrawerOffset, Bytes: owner.Bytes()}},
			},
		})
	})
	if err != nil {
		return nil, err
	}
	out := make([]stakeAccount, 0, len(res))
	for _, ka := range res {
		if ka == nil {
			return nil, fmt.Errorf("stake accounts: null entry: %w", chains.ErrMisconfigured)
		}
		s, err := parseStakeAccount(ka.Pubkey, ka.Account)
		if err != nil {
			return nil, fmt.Errorf("stake accounts: %v: %w", err, chains.ErrMisconfigured)
		}
		if s.kind == "uninitialized" {
			continue
		}
		if s.withdrawer != owner.String() {
			return nil, fmt.Errorf("stake accounts: node returned %s withdrawable by %s, asked for %s: %w", s.addr, s.withdrawer, owner, chains.ErrMisconfigured)
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(x, y stakeAccount) int { return bytes.Compare(x.addr[:], y.addr[:]) })
	return out, nil
}

// epochInfo reads the current epoch at `confirmed`, and records the slot for Head.
func (a *Adapter) epochInfo(ctx context.Context) (*rpc.GetEpochInfoResult, error) {
	ei, err := call(ctx, a, "epoch info", func(ctx context.Context) (*rpc.GetEpochInfoResult, error) {
		return a.rpc.GetEpochInfo(ctx, rpc.CommitmentConfirmed)
	})
	if err != nil {
		return nil, err
	}
	if ei == nil || ei.SlotsInEpoch == 0 {
		return nil, fmt.Errorf("epoch info: empty answer: %w", chains.ErrMisconfigured)
	}
	a.head.Observe(ei.AbsoluteSlot)
	return ei, nil
}

func parseKey(what, s string) (sol.PublicKey, error) {
	k, err := sol.PublicKeyFromBase58(s)
	if err != nil {
		return sol.PublicKey{}, chains.Rejected(chains.ReasonInvalid, "%s %q is not a Solana address", what, s)
	}
	return k, nil
}

// Validators returns every vote account, current and delinquent (inactive, with
// Performance.Delinquent set), with its block production: of the leader slots of its node
// in the last complete epoch (the current one while the chain is in its first), how many
// produced a block (getBlockProduction). A node with no leader slots then has no figure.
func (a *Adapter) Validators(ctx context.Context) ([]chains.Validator, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	production, window, err := a.blockProduction(ctx)
	if err != nil {
		return nil, err
	}
	keep := true
	res, err := call(ctx, a, "vote accounts", func(ctx context.Context) (*rpc.GetVoteAccountsResult, error) {
		return a.rpc.GetVoteAccounts(ctx, &rpc.GetVoteAccountsOpts{Commitment: rpc.CommitmentConfirmed, KeepUnstakedDelinquents: &keep})
	})
	if err != nil {
		return nil, err
	}
	if res == nil {
		return nil, fmt.Errorf("vote accounts: empty answer: %w", chains.ErrMisconfigured)
	}
	var out []chains.Validator
	add := func(list []rpc.VoteAccountsResult, status chains.ValidatorStatus) error {
		for _, v := range list {
			if v.Commission > 100 {
				return fmt.Errorf("vote account %s: commission %d%%: %w", v.VotePubkey, v.Commission, chains.ErrMisconfigured)
			}
			detail := fmt.Sprintf("node %s, last vote %d", v.NodePubkey, v.LastVote)
			if n := len(v.EpochCredits); n > 0 && len(v.EpochCredits[n-1]) == 3 {
				c := v.EpochCredits[n-1]
				detail += fmt.Sprintf(", %d credits in epoch %d", c[1]-c[2], c[0])
			}
			perf := chains.Performance{Produced: production[v.NodePubkey], Delinquent: status != chains.ValidatorActive, Window: window}
			out = append(out, chains.Validator{ID: v.VotePubkey.String(), CommissionBps: uint32(v.Commission) * 100,
				Status: status, TotalStake: money.NewAmountUint64(v.ActivatedStake), Detail: detail, Performance: perf})
		}
		return nil
	}
	if err := add(res.Current, chains.ValidatorActive); err != nil {
		return nil, err
	}
	if err := add(res.Delinquent, chains.ValidatorInactive); err != nil {
		return nil, err
	}
	return out, nil
}

// blockProduction reads, per node identity, its leader slots and the blocks it produced in
// the last complete epoch (the current one during epoch 0), and names the window.
func (a *Adapter) blockProduction(ctx context.Context) (map[sol.PublicKey]chains.Tally, string, error) {
	ei, err := a.epochInfo(ctx)
	if err != nil {
		return nil, "", err
	}
	first := ei.AbsoluteSlot - ei.SlotIndex
	opts := &rpc.GetBlockProductionOpts{Commitment: rpc.CommitmentConfirmed}
	window := fmt.Sprintf("epoch %d so far", ei.Epoch)
	if ei.Epoch > 0 && first >= ei.SlotsInEpoch {
		last := first - 1
		opts.Range = &rpc.SlotRangeRequest{FirstSlot: first - ei.SlotsInEpoch, LastSlot: &last}
		window = fmt.Sprintf("epoch %d", ei.Epoch-1)
	}
	res, err := call(ctx, a, "block production", func(ctx context.Context) (*rpc.GetBlockProductionResult, error) {
		return a.rpc.GetBlockProductionWithOpts(ctx, opts)
	})
	if err != nil {
		return nil, "", err
	}
	if res == nil {
		return nil, "", fmt.Errorf("block production: empty answer: %w", chains.ErrMisconfigured)
	}
	if r := opts.Range; r != nil && (res.Value.Range.FirstSlot != r.FirstSlot || res.Value.Range.LastSlot != *r.LastSlot) {
		return nil, "", fmt.Errorf("block production: asked for slots %d-%d, answered %d-%d: %w",
			r.FirstSlot, *r.LastSlot, res.Value.Range.FirstSlot, res.Value.Range.LastSlot, chains.ErrMisconfigured)
	}
	out := make(map[sol.PublicKey]chains.Tally, len(res.Value.ByIdentity))
	for node, c := range res.Value.ByIdentity {
		if c[0] < 0 || c[1] < 0 || c[1] > c[0] {
			return nil, "", fmt.Errorf("block production of %s: %d blocks in %d leader slots: %w", node, c[1], c[0], chains.ErrMisconfigured)
		}
		out[node] = chains.Tally{Done: uint64(c[1]), Due: uint64(c[0])}
	}
	return out, window, nil
}

// voteAccount returns the vote account v if it is current (voting), or a rejection.
func (a *Adapter) voteAccount(ctx context.Context, v sol.PublicKey) error {
	res, err := call(ctx, a, "vote account", func(ctx context.Context) (*rpc.GetVoteAccountsResult, error) {
		return a.rpc.GetVoteAccounts(ctx, &rpc.GetVoteAccountsOpts{Commitment: rpc.CommitmentConfirmed, VotePubkey: &v})
	})
	if err != nil {
		return err
	}
	if res != nil {
		for _, c := range res.Current {
			if c.VotePubkey.Equals(v) {
				return nil
			}
		}
		for _, c := range res.Delinquent {
			if c.VotePubkey.Equals(v) {
				return chains.Rejected(chains.ReasonValidatorInactive, "vote account %s is delinquent", v)
			}
		}
	}
	return chains.Rejected(chains.ReasonValidatorInactive, "%s is not a vote account", v)
}

// Positions returns the owner's stake accounts summed per validator: active stake is
// bonded, stake delegated this epoch is activating, each deactivating account is one
// unbonding entry (its id is the stake account's address), and inactive accounts are
// withdrawable in full (stake, rewards and rent reserve: what a withdraw moves). Accounts
// initialized but never delegated appear under an empty validator, as withdrawable.
// Mergeable counts the accounts a merge would join: two or more fully active, else two or
// more activating.
func (a *Adapter) Positions(ctx context.Context, owner string) ([]chains.Position, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pk, err := parseKey("owner", owner)
	if err != nil {
		return nil, err
	}
	ei, err := a.epochInfo(ctx)
	if err != nil {
		return nil, err
	}
	accs, err := a.stakeAccounts(ctx, pk)
	if err != nil {
		return nil, err
	}
	byVal := map[string]*chains.Position{}
	var order []string
	add := func(dst *money.Amount, n uint64) {
		*dst, _ = dst.Add(money.NewAmountUint64(n))
	}
	for _, s := range accs {
		p := byVal[s.voter]
		if p == nil {
			p = &chains.Position{Validator: s.voter}
			byVal[s.voter] = p
			order = append(order, s.voter)
		}
		switch s.phase(ei.Epoch) {
		case phaseInitialized, phaseInactive:
			add(&p.Withdrawable, s.lamports)
		case phaseActivating:
			add(&p.Activating, s.stake)
		case phaseActive:
			add(&p.Bonded, s.stake)
		case phaseDeactivating:
			p.Unbonding = append(p.Unbonding, chains.Unbonding{ID: s.addr.String(), Amount: money.NewAmountUint64(s.stake),
				Condition: fmt.Sprintf("epoch >= %d", s.deactivation+1)})
		}
	}
	slices.Sort(order)
	out := make([]chains.Position, 0, len(order))
	for _, v := range order {
		p := byVal[v]
		// As planMerge chooses: the fully active accounts if there are two, else the
		// activating ones.
		for _, ph := range []phase{phaseActive, phaseActivating} {
			if n := len(delegatedTo(accs, v, ei.Epoch, ph)); n >= 2 && v != "" {
				p.Mergeable = n
				break
			}
		}
		out = append(out, *p)
	}
	return out, nil
}

// Balance returns the owner's liquid SOL: the lamports of its system account at
// `confirmed`. Stake accounts, even inactive ones awaiting a withdraw, are not in it.
func (a *Adapter) Balance(ctx context.Context, owner string) (money.Amount, error) {
	if err := ctx.Err(); err != nil {
		return money.Amount{}, err
	}
	pk, err := parseKey("owner", owner)
	if err != nil {
		return money.Amount{}, err
	}
	lamports, err := a.balance(ctx, pk)
	if err != nil {
		return money.Amount{}, err
	}
	return money.NewAmountUint64(lamports), nil
}

// Head returns the current slot at `confirmed`, never lower than one returned before.
func (a *Adapter) Head(ctx context.Context) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	slot, err := call(ctx, a, "slot", func(ctx context.Context) (uint64, error) {
		return a.rpc.GetSlot(ctx, rpc.CommitmentConfirmed)
	})
	if err != nil {
		return 0, err
	}
	return a.head.Observe(slot), nil
}

// Rewards returns the inflation rewards credited to the owner's stake accounts at slots in
// the window, one per validator and epoch (summed over that validator's accounts), read with
// getInflationReward in batches. Ref.Epoch is the epoch the reward is for and Ref.Height the
// slot it took effect (in the next epoch). Rewards compound into the stake: Kind is
// compounded. The stake accounts are those the owner holds now; an account closed before
// its last reward was read is not seen.
func (a *Adapter) Rewards(ctx context.Context, owner string, w chains.Window) ([]chains.Reward, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pk, err := parseKey("owner", owner)
	if err != nil {
		return nil, err
	}
	if w.From > w.To {
		return nil, chains.Rejected(chains.ReasonInvalid, "window [%d,%d] is empty", w.From, w.To)
	}
	ei, err := a.epochInfo(ctx)
	if err != nil {
		return nil, err
	}
	first := ei.AbsoluteSlot - ei.SlotIndex
	epochOf := func(slot uint64) uint64 {
		if slot >= first {
			return ei.Epoch + (slot-first)/ei.SlotsInEpoch
		}
		back := (first-1-slot)/ei.SlotsInEpoch + 1
		if back > ei.Epoch {
			return 0
		}
		return ei.Epoch - back
	}
	// The reward for epoch E takes effect in E+1.
	lo, hi := epochOf(w.From), epochOf(w.To)
	if lo > 0 {
		lo--
	}
	if hi > 0 {
		hi--
	}
	hi = min(hi, ei.Epoch-min(ei.Epoch, 1))
	if ei.Epoch == 0 || lo > hi {
		return nil, nil
	}
	if hi-lo+1 > a.set.MaxRewardEpochs {
		return nil, chains.Rejected(chains.ReasonInvalid, "window spans epochs %d-%d, more than %d", lo, hi, a.set.MaxRewardEpochs)
	}
	accs, err := a.stakeAccounts(ctx, pk)
	if err != nil {
		return nil, err
	}
	var delegated []stakeAccount
	for _, s := range accs {
		if s.kind == "delegated" {
			delegated = append(delegated, s)
		}
	}
	type key struct {
		voter string
		epoch uint64
	}
	sums := map[key]*chains.Reward{}
	var order []key
	for e := lo; e <= hi; e++ {
		for start := 0; start < len(delegated); start += a.set.RewardBatch {
			batch := delegated[start:min(start+a.set.RewardBatch, len(delegated))]
			addrs := make([]sol.PublicKey, len(batch))
			for i, s := range batch {
				addrs[i] = s.addr
			}
			epoch := e
			res, err := call(ctx, a, fmt.Sprintf("inflation rewards of epoch %d", e), func(ctx context.Context) ([]*rpc.GetInflationRewardResult, error) {
				return a.rpc.GetInflationReward(ctx, addrs, &rpc.GetInflationRewardOpts{Commitment: rpc.CommitmentConfirmed, Epoch: &epoch})
			})
			if err != nil {
				return nil, err
			}
			if len(res) != len(batch) {
				return nil, fmt.Errorf("inflation rewards of epoch %d: %d answers for %d accounts: %w", e, len(res), len(batch), chains.ErrMisconfigured)
			}
			for i, r := range res {
				if r == nil || r.Amount == 0 || r.EffectiveSlot < w.From || r.EffectiveSlot > w.To {
					continue
				}
				if r.Epoch != e {
					return nil, fmt.Errorf("inflation reward for epoch %d answered for epoch %d: %w", e, r.Epoch, chains.ErrMisconfigured)
				}
				k := key{batch[i].voter, e}
				sum := sums[k]
				if sum == nil {
					sum = &chains.Reward{Validator: k.voter, Kind: chains.RewardCompounded, Ref: chains.Ref{Epoch: strconv.FormatUint(e, 10)}}
					sums[k] = sum
					order = append(order, k)
				}
				sum.Amount, _ = sum.Amount.Add(money.NewAmountUint64(r.Amount))
				sum.Ref.Height = max(sum.Ref.Height, r.EffectiveSlot)
			}
		}
	}
	out := make([]chains.Reward, 0, len(order))
	for _, k := range order {
		out = append(out, *sums[k])
	}
	return out, nil
}
