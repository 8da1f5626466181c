package pool

import (
	"errors"
	"fmt"
	"sort"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Policy is one token's pool policy.
type Policy struct {
	Buffer BufferPolicy
	// Allow is the validator allowlist with weights; stake anywhere else is moved out.
	Allow []AllowedValidator
	// MaxShareBps caps any one validator's share of the delegated pool.
	MaxShareBps uint32
	// MaxChurnBps bounds how much of the delegated pool rebalancing moves in a day. Exits
	// of jailed, slashed or inactive validators and undelegations the buffer needs are
	// not rebalancing and are not bounded by it.
	MaxChurnBps uint32
	// MaxCommissionBps exits validators charging more; zero means no limit.
	MaxCommissionBps uint32
	// MaxSkippedBps exits validators that the chain reports missing more than this share
	// of the blocks they were due to produce (Performance.Produced); zero means no limit.
	// A chain that reports no figure for a validator never exits it on this ground.
	// Delinquent validators are always exited.
	MaxSkippedBps uint32
	// OnePool targets a single validator, for chains where the stake sits with one at a
	// time (chains.Info.OnePool): the eligible one holding the most stake already, else the
	// heaviest on the allowlist (ties to the smaller id). The others are exited and the
	// concentration cap does not apply.
	OnePool bool
	// MinAction is the chain's smallest delegation, undelegation or redelegation (BNB's
	// 1 BNB, Sui's 1 SUI, Solana's minimum delegation); smaller moves are not planned.
	MinAction money.Amount
}

// State is what the planner knows of a token today. Every read must have succeeded: the
// caller aborts the round on any failed read rather than plan on partial data.
type State struct {
	Owner      string
	Info       chains.Info
	Liquid     money.Amount
	Positions  []chains.Position
	Validators []chains.Validator
	// NetOutflows are the daily net withdrawals, oldest first (see BufferState).
	NetOutflows []money.Amount
}

// Purpose says which part of the plan a step serves.
type Purpose string

// Purposes, in the order the planner considers them.
const (
	PurposeMaturity  Purpose = "maturity"  // withdraw matured stake
	PurposeHarvest   Purpose = "harvest"   // claim accrued rewards
	PurposeMerge     Purpose = "merge"     // join stake accounts on one validator (Solana)
	PurposeExit      Purpose = "exit"      // leave an ineligible validator
	PurposeBuffer    Purpose = "buffer"    // refill the buffer or delegate its excess
	PurposeRebalance Purpose = "rebalance" // toward the targets, within the churn limit
)

// Step is one planned action, what it is for and why it is needed.
type Step struct {
	Action  chains.Action
	Purpose Purpose
	Why     string
}

// Plan is the day's plan for one token.
type Plan struct {
	Buffer BufferDecision
	// Pool is the size the delegated pool is planned to have at the end of the day; caps
	// are MaxShareBps of it.
	Pool money.Amount
	// Targets is where delegated stake should sit, per eligible validator; none is above
	// the cap.
	Targets map[string]money.Amount
	Steps   []Step
	// Notes explains what the plan leaves undone and why (below a chain minimum, churn
	// limit reached, every validator at its cap).
	Notes []string
}

// ErrNoEligibleValidator means no allowlisted validator can take stake.
var ErrNoEligibleValidator = errors.New("no eligible validator")

// MakePlan orders what the token needs today: withdraw matured stake; claim rewards where
// the chain needs a claim; merge stake accounts on one validator where the chain can; move stake off validators that are jailed, slashed, inactive,
// delinquent, under-performing, too expensive or no longer allowlisted; undelegate what the buffer lacks or delegate its
// excess, toward each validator's weighted target under the concentration cap; and, within
// the churn limit, move stake from validators above their target to those below.
func MakePlan(p Policy, s State) (Plan, error) {
	if len(p.Allow) == 0 {
		return Plan{}, fmt.Errorf("plan %s: %w: the allowlist is empty", s.Info.Token.Symbol, ErrNoEligibleValidator)
	}
	pl := &planner{p: p, s: s, plan: Plan{}, bonded: map[string]money.Amount{}}
	pl.read()
	pl.maturity()
	pl.merges()
	if err := pl.size(); err != nil {
		return Plan{}, err
	}
	pl.exits()
	pl.refill()
	pl.rebalance()
	return pl.plan, nil
}

type planner struct {
	p        Policy
	s        State
	plan     Plan
	bonded   map[string]money.Amount // stake per validator as the plan leaves it
	inFlight money.Amount            // on its way back to liquid
	eligible map[string]bool
	// unfit says why a validator may not hold stake, for those the chain reports.
	unfit map[string]string
	churn money.Amount // what rebalancing may still move today
	// dust is stake on ineligible validators too small to move; exitMove is the
	// ineligible stake the eligible validators will take by redelegation, exitOut what
	// leaves the pool by undelegation.
	dust, exitMove, exitOut money.Amount
}

func (pl *planner) supports(a signer.Action) bool { return pl.s.Info.Supports(a) }

func (pl *planner) step(purpose Purpose, a chains.Action, why string, args ...any) {
	a.Owner = pl.s.Owner
	pl.plan.Steps = append(pl.plan.Steps, Step{Action: a, Purpose: purpose, Why: explain(pl.s.Info.Token, why, args...)})
}

func (pl *planner) note(format string, args ...any) {
	pl.plan.Notes = append(pl.plan.Notes, explain(pl.s.Info.Token, format, args...))
}

// explain formats a reason, writing amounts in token units for the people who read it.
func explain(t money.Token, format string, args ...any) string {
	for i, a := range args {
		if amount, ok := a.(money.Amount); ok {
			args[i] = t.Format(amount)
		}
	}
	return fmt.Sprintf(format, args...)
}

// read sums the positions and decides which validators are eligible.
func (pl *planner) read() {
	for _, pos := range pl.s.Positions {
		pl.bonded[pos.Validator] = add(pl.bonded[pos.Validator], add(pos.Bonded, pos.Activating))
	}
	status := map[string]chains.Validator{}
	for _, v := range pl.s.Validators {
		status[v.ID] = v
	}
	pl.eligible, pl.unfit = map[string]bool{}, map[string]string{}
	for _, a := range pl.p.Allow {
		v, known := status[a.ID]
		if !known {
			pl.unfit[a.ID] = "not in the chain's validator set"
			pl.note("allowlisted validator %s is not in the chain's validator set", a.ID)
			continue
		}
		if why := pl.unfitness(v); why != "" {
			pl.unfit[a.ID] = why
			pl.note("validator %s is %s", a.ID, why)
			continue
		}
		if a.Weight > 0 {
			pl.eligible[a.ID] = true
		}
	}
	if pl.p.OnePool {
		pl.onePool()
	}
}

// onePool keeps one eligible validator: the one holding the most stake, else the heaviest,
// ties to the smaller id; the others hold nothing.
func (pl *planner) onePool() {
	pl.p.MaxShareBps = 10000
	chosen, weight := "", uint32(0)
	for _, a := range pl.p.Allow {
		if !pl.eligible[a.ID] {
			continue
		}
		better := chosen == ""
		if !better {
			switch c := pl.bonded[a.ID].Cmp(pl.bonded[chosen]); {
			case c != 0:
				better = c > 0
			case a.Weight != weight:
				better = a.Weight > weight
			default:
				better = a.ID < chosen
			}
		}
		if better {
			chosen, weight = a.ID, a.Weight
		}
	}
	for id := range pl.eligible {
		if id != chosen {
			delete(pl.eligible, id)
			pl.unfit[id] = "not the pool the stake sits with (" + chosen + "): on this chain it sits with one at a time"
		}
	}
}

// unfitness says why validator v may not hold stake, or is empty when it may.
func (pl *planner) unfitness(v chains.Validator) string {
	perf := v.Performance
	switch {
	case perf.Delinquent:
		return "delinquent"
	case v.Status != chains.ValidatorActive:
		return string(v.Status)
	case pl.p.MaxCommissionBps > 0 && v.CommissionBps > pl.p.MaxCommissionBps:
		return fmt.Sprintf("charging %d bps, above the %d bps limit", v.CommissionBps, pl.p.MaxCommissionBps)
	case pl.p.MaxSkippedBps > 0 && perf.Produced.Reported() && perf.Produced.MissedBps() > pl.p.MaxSkippedBps:
		p := perf.Produced
		return fmt.Sprintf("under-performing: it produced %d of %d blocks due in %s, missing %d bps, above the %d bps limit",
			p.Done, p.Due, perf.Window, p.MissedBps(), pl.p.MaxSkippedBps)
	}
	return ""
}

// whyIneligible says why stake must leave validator id.
func (pl *planner) whyIneligible(id string) string {
	if why, ok := pl.unfit[id]; ok {
		return why
	}
	for _, a := range pl.p.Allow {
		if a.ID == id {
			return "weighted zero"
		}
	}
	return "not on the allowlist"
}

// maturity withdraws matured stake and claims accrued rewards; both count as in flight, as
// does stake still unbonding. A chain reports matured stake either as matured unbonding
// requests (withdrawn one request at a time) or as a withdrawable total.
func (pl *planner) maturity() {
	for _, pos := range sortedPositions(pl.s.Positions) {
		matured := money.Zero
		var requests []chains.Unbonding
		for _, u := range pos.Unbonding {
			if u.Matured {
				matured = add(matured, u.Amount)
				requests = append(requests, u)
				continue
			}
			pl.inFlight = add(pl.inFlight, u.Amount)
		}
		pl.inFlight = add(pl.inFlight, maxAmount(matured, pos.Withdrawable))
		if pl.supports(signer.ActionWithdraw) {
			for _, u := range requests {
				pl.step(PurposeMaturity, chains.Action{Kind: signer.ActionWithdraw, Validator: pos.Validator, Request: u.ID, Amount: u.Amount},
					"unbonding request %s of %s has matured", u.ID, u.Amount)
			}
			if len(requests) == 0 && !pos.Withdrawable.IsZero() {
				pl.step(PurposeMaturity, chains.Action{Kind: signer.ActionWithdraw, Validator: pos.Validator, Amount: pos.Withdrawable},
					"%s has matured and is withdrawable", pos.Withdrawable)
			}
		}
		if !pos.Accrued.IsZero() && pl.s.Info.Harvest == chains.HarvestClaim && pl.supports(signer.ActionClaim) {
			pl.inFlight = add(pl.inFlight, pos.Accrued)
			pl.step(PurposeHarvest, chains.Action{Kind: signer.ActionClaim, Validator: pos.Validator, Amount: pos.Accrued},
				"harvest %s of accrued rewards", pos.Accrued)
		}
	}
}

// merges joins the stake accounts a chain keeps apart on one validator where it can merge
// them (Solana: all fully active, or all activating): fewer accounts, and a position that
// one undelegation can take whole. A merge moves nothing out of the position.
func (pl *planner) merges() {
	if !pl.supports(signer.ActionMerge) {
		return
	}
	for _, pos := range sortedPositions(pl.s.Positions) {
		if pos.Mergeable < 2 || pos.Validator == "" {
			continue
		}
		pl.step(PurposeMerge, chains.Action{Kind: signer.ActionMerge, Validator: pos.Validator},
			"%d stake accounts with %s can be merged into one", pos.Mergeable, pos.Validator)
	}
}

// size decides the day's totals before any stake moves: how much of the stake on
// ineligible validators the eligible ones can take under their caps (the rest is
// undelegated), what the buffer needs, and so the size of the delegated pool at the end
// of the day, which the targets and caps are shares of.
func (pl *planner) size() error {
	kept := money.Zero
	movable := money.Zero
	pl.dust, pl.exitOut = money.Zero, money.Zero
	for id, a := range pl.bonded {
		switch {
		case pl.eligible[id]:
			kept = add(kept, a)
		case a.Cmp(pl.p.MinAction) < 0:
			pl.dust = add(pl.dust, a)
		case pl.supports(signer.ActionRedelegate):
			movable = add(movable, a)
		case pl.supports(signer.ActionUndelegate):
			pl.exitOut = add(pl.exitOut, a)
		default:
			pl.dust = add(pl.dust, a) // cannot move at all
			pl.note("validator %s is not eligible but this chain can neither redelegate nor undelegate its %s", id, a)
		}
	}
	base := add(kept, pl.dust)
	pl.exitMove = pl.maxPlaceable(base, movable, pl.dust)
	if rest := sub(movable, pl.exitMove); !rest.IsZero() {
		if pl.supports(signer.ActionUndelegate) {
			pl.exitOut = add(pl.exitOut, rest)
		} else {
			pl.dust = add(pl.dust, rest)
			pl.note("%s on ineligible validators stays: the caps cannot take it and this chain cannot undelegate", rest)
		}
	}
	delegated := add(base, pl.exitMove)
	custody := add(add(add(pl.s.Liquid, pl.inFlight), delegated), pl.exitOut)
	d, err := DecideBuffer(pl.p.Buffer, BufferState{Token: pl.s.Info.Token, Custody: custody, Liquid: pl.s.Liquid, InFlight: add(pl.inFlight, pl.exitOut),
		NetOutflows: pl.s.NetOutflows, Unbonding: pl.s.Info.Unbonding})
	if err != nil {
		return fmt.Errorf("plan %s: %w", pl.s.Info.Token.Symbol, err)
	}
	if !pl.supports(signer.ActionUndelegate) && !d.Undelegate.IsZero() {
		pl.note("the buffer needs %s but this chain cannot undelegate", d.Undelegate)
		d.Undelegate = money.Zero
	}
	if !pl.supports(signer.ActionDelegate) && !d.Delegate.IsZero() {
		pl.note("this chain cannot delegate: the %s excess stays liquid", d.Delegate)
		d.Delegate = money.Zero
	}
	if placeable := pl.maxPlaceable(delegated, d.Delegate, pl.dust); placeable.Cmp(d.Delegate) < 0 {
		pl.note("the concentration caps take only %s of the %s buffer excess; the rest stays liquid", placeable, d.Delegate)
		d.Delegate = placeable
	}
	pl.plan.Buffer = d
	pl.churn = bps(delegated, pl.p.MaxChurnBps)
	pl.setTargets(add(sub(delegated, d.Undelegate), d.Delegate), pl.dust)
	return nil
}

// exits moves stake off validators that may not hold it: by redelegation to the eligible
// validators furthest below their targets, never past them; the rest by undelegation,
// which also counts toward what the buffer needs.
func (pl *planner) exits() {
	out := money.Zero
	for _, id := range sortedKeys(pl.bonded) {
		amount := pl.bonded[id]
		if pl.eligible[id] || amount.Cmp(pl.p.MinAction) < 0 || amount.IsZero() {
			if !pl.eligible[id] && !amount.IsZero() {
				pl.note("stake of %s on ineligible validator %s is below the chain minimum %s", amount, id, pl.p.MinAction)
			}
			continue
		}
		if pl.supports(signer.ActionRedelegate) {
			for _, to := range pl.byDeficit() {
				move := minAmount(amount, sub(pl.plan.Targets[to], pl.bonded[to]))
				if move.Sign() <= 0 || move.Cmp(pl.p.MinAction) < 0 {
					continue
				}
				pl.step(PurposeExit, chains.Action{Kind: signer.ActionRedelegate, Validator: id, ToValidator: to, Amount: move},
					"validator %s is %s: move %s to %s", id, pl.whyIneligible(id), move, to)
				pl.bonded[to], pl.bonded[id] = add(pl.bonded[to], move), sub(pl.bonded[id], move)
				amount = sub(amount, move)
			}
		}
		if amount.IsZero() || !pl.supports(signer.ActionUndelegate) {
			continue
		}
		pl.step(PurposeExit, chains.Action{Kind: signer.ActionUndelegate, Validator: id, Amount: amount},
			"validator %s is %s: undelegate its %s", id, pl.whyIneligible(id), amount)
		pl.inFlight = add(pl.inFlight, amount)
		pl.bonded[id] = sub(pl.bonded[id], amount)
		out = add(out, amount)
	}
	// The buffer decision counted exitOut as coming back; settle the difference with what
	// the exits really undelegate.
	d := pl.plan.Buffer
	if out.Cmp(pl.exitOut) > 0 {
		d.Undelegate = sub(d.Undelegate, minAmount(d.Undelegate, sub(out, pl.exitOut)))
	} else {
		d.Undelegate = add(d.Undelegate, sub(pl.exitOut, out))
	}
	pl.plan.Buffer = d
}

// refill undelegates what the buffer still lacks, or delegates its excess.
func (pl *planner) refill() {
	d := pl.plan.Buffer
	if !d.Undelegate.IsZero() {
		pl.undelegate(d.Undelegate, explain(pl.s.Info.Token, "the buffer needs %s", d.Undelegate), false)
	}
	if !d.Delegate.IsZero() {
		pl.delegate(d.Delegate)
	}
}

// setTargets shares total, less the stake stuck on ineligible validators, over the
// eligible validators by weight, each capped at MaxShareBps of total.
func (pl *planner) setTargets(total, stuck money.Amount) {
	pl.plan.Pool = total
	targets, unplaced := pl.split(total, stuck)
	pl.plan.Targets = targets
	if !unplaced.IsZero() {
		pl.note("%s cannot be placed: every eligible validator is at its %d bps cap", unplaced, pl.p.MaxShareBps)
	}
}

func (pl *planner) split(total, stuck money.Amount) (map[string]money.Amount, money.Amount) {
	var allow []AllowedValidator
	for _, a := range pl.p.Allow {
		if pl.eligible[a.ID] {
			allow = append(allow, a)
		}
	}
	return splitTargets(maxAmount(sub(total, stuck), money.Zero), allow, bps(total, pl.p.MaxShareBps))
}

// maxPlaceable is the most, up to upTo, that can be added to a pool of base so that the
// eligible validators' caps (a share of the grown pool) take all of it, besides stuck and
// besides what they could not take before. It bisects: what cannot be placed only grows
// with what is added.
func (pl *planner) maxPlaceable(base, upTo, stuck money.Amount) money.Amount {
	_, already := pl.split(base, stuck)
	fits := func(x money.Amount) bool {
		_, unplaced := pl.split(add(base, x), stuck)
		return unplaced.Cmp(already) <= 0
	}
	if fits(upTo) {
		return upTo
	}
	lo, hi := money.Zero, upTo
	for lo.Cmp(hi) < 0 {
		mid := mulDiv(add(add(lo, hi), money.NewAmount(1)), 1, 2)
		if fits(mid) {
			lo = mid
		} else {
			hi = sub(mid, money.NewAmount(1))
		}
	}
	return lo
}

// undelegate takes amount off the validators furthest above their targets. Buffer needs
// are not churn; rebalancing passes churn true and is bounded by it.
func (pl *planner) undelegate(amount money.Amount, reason string, churn bool) {
	if !pl.supports(signer.ActionUndelegate) {
		pl.note("%s, but this chain cannot undelegate", reason)
		return
	}
	done := money.Zero
	for _, id := range pl.byExcess() {
		left := sub(amount, done)
		if left.IsZero() {
			break
		}
		take := minAmount(left, pl.bonded[id])
		if churn {
			take = minAmount(take, sub(pl.bonded[id], pl.plan.Targets[id]), pl.churn)
		}
		if take.Sign() <= 0 {
			continue
		}
		// Leave no dust below the chain minimum behind: take all of a position that
		// would otherwise fall under it.
		if rest := sub(pl.bonded[id], take); !rest.IsZero() && rest.Cmp(pl.p.MinAction) < 0 && !churn {
			take = pl.bonded[id]
		}
		if take.Cmp(pl.p.MinAction) < 0 && take.Cmp(pl.bonded[id]) != 0 {
			pl.note("undelegating %s from %s is below the chain minimum %s", take, id, pl.p.MinAction)
			continue
		}
		purpose := PurposeBuffer
		if churn {
			purpose = PurposeRebalance
		}
		pl.step(purpose, chains.Action{Kind: signer.ActionUndelegate, Validator: id, Amount: take}, "%s: undelegate %s from %s", reason, take, id)
		pl.bonded[id] = sub(pl.bonded[id], take)
		pl.inFlight = add(pl.inFlight, take)
		done = add(done, take)
		if churn {
			pl.churn = sub(pl.churn, take)
		}
	}
}

// delegate places amount on the validators furthest below their targets, never above a
// target.
func (pl *planner) delegate(amount money.Amount) {
	if !pl.supports(signer.ActionDelegate) {
		pl.note("this chain cannot delegate: %s stays liquid", amount)
		return
	}
	left := amount
	for _, id := range pl.byDeficit() {
		room := sub(pl.plan.Targets[id], pl.bonded[id])
		give := minAmount(left, room)
		if give.Sign() <= 0 {
			continue
		}
		if give.Cmp(pl.p.MinAction) < 0 {
			pl.note("delegating %s to %s is below the chain minimum %s", give, id, pl.p.MinAction)
			continue
		}
		pl.step(PurposeBuffer, chains.Action{Kind: signer.ActionDelegate, Validator: id, Amount: give},
			"buffer excess: delegate %s to %s (target %s)", give, id, pl.plan.Targets[id])
		pl.bonded[id] = add(pl.bonded[id], give)
		left = sub(left, give)
	}
	if !left.IsZero() {
		pl.note("%s of the buffer excess stays liquid: no validator below its target can take it", left)
	}
}

// rebalance moves stake from validators above their targets to those below, within the
// churn limit: by redelegation where the chain has it; otherwise it only undelegates the
// excess, which comes back liquid and is delegated toward the targets on a later day.
func (pl *planner) rebalance() {
	if !pl.churn.IsZero() && !pl.supports(signer.ActionRedelegate) {
		pl.undelegate(pl.churn, "rebalance: stake above its target", true)
	}
	for _, from := range pl.byExcess() {
		if !pl.supports(signer.ActionRedelegate) {
			break
		}
		excess := sub(pl.bonded[from], pl.plan.Targets[from])
		for _, to := range pl.byDeficit() {
			room := sub(pl.plan.Targets[to], pl.bonded[to])
			move := minAmount(excess, room, pl.churn)
			if move.Sign() <= 0 || to == from {
				continue
			}
			if move.Cmp(pl.p.MinAction) < 0 {
				pl.note("moving %s from %s to %s is below the chain minimum %s", move, from, to, pl.p.MinAction)
				continue
			}
			pl.step(PurposeRebalance, chains.Action{Kind: signer.ActionRedelegate, Validator: from, ToValidator: to, Amount: move},
				"rebalance: %s is above its target, %s below", from, to)
			pl.bonded[from], pl.bonded[to] = sub(pl.bonded[from], move), add(pl.bonded[to], move)
			excess, pl.churn = sub(excess, move), sub(pl.churn, move)
		}
	}
	for _, id := range pl.byExcess() {
		if sub(pl.bonded[id], pl.plan.Targets[id]).Sign() > 0 && pl.churn.IsZero() {
			pl.note("churn limit reached: %s stays above its target", id)
		}
	}
}

// byExcess orders validators holding stake by how far they are above target, largest first.
func (pl *planner) byExcess() []string {
	ids := sortedKeys(pl.bonded)
	sort.SliceStable(ids, func(i, j int) bool {
		return sub(pl.bonded[ids[i]], pl.plan.Targets[ids[i]]).Cmp(sub(pl.bonded[ids[j]], pl.plan.Targets[ids[j]])) > 0
	})
	return ids
}

// byDeficit orders eligible validators by how far they are below target, largest first.
func (pl *planner) byDeficit() []string {
	ids := sortedKeys(pl.plan.Targets)
	sort.SliceStable(ids, func(i, j int) bool {
		return sub(pl.plan.Targets[ids[i]], pl.bonded[ids[i]]).Cmp(sub(pl.plan.Targets[ids[j]], pl.bonded[ids[j]])) > 0
	})
	return ids
}

func sortedPositions(ps []chains.Position) []chains.Position {
	out := append([]chains.Position(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Validator < out[j].Validator })
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
