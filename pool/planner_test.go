package pool

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

var allActions = []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionWithdraw, signer.ActionClaim, signer.ActionRedelegate, signer.ActionMerge}

func amt(v int64) money.Amount { return money.NewAmount(v) }

// randomCase draws a token's state and policy.
func randomCase(rng *rand.Rand) (Policy, State) {
	var actions []signer.Action
	for _, a := range allActions {
		if rng.IntN(5) > 0 {
			actions = append(actions, a)
		}
	}
	info := chains.Info{Token: money.Token{Symbol: "T", Decimals: 9}, Actions: actions,
		Unbonding: time.Duration(rng.IntN(10)) * 24 * time.Hour, Harvest: chains.HarvestCompound}
	if rng.IntN(2) == 0 {
		info.Harvest = chains.HarvestClaim
	}
	statuses := []chains.ValidatorStatus{chains.ValidatorActive, chains.ValidatorActive, chains.ValidatorActive, chains.ValidatorJailed, chains.ValidatorSlashed, chains.ValidatorInactive}
	n := 1 + rng.IntN(6)
	var p Policy
	var s State
	s.Owner, s.Info = "custody", info
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("v%d", i)
		v := chains.Validator{ID: id, Status: statuses[rng.IntN(len(statuses))], CommissionBps: uint32(rng.IntN(2000))}
		v.Performance.Delinquent = rng.IntN(8) == 0
		if due := uint64(rng.IntN(3) * rng.IntN(500)); due > 0 {
			v.Performance.Produced = chains.Tally{Done: due - uint64(rng.Int64N(int64(due)/4+1)), Due: due}
		}
		s.Validators = append(s.Validators, v)
		if rng.IntN(4) > 0 {
			p.Allow = append(p.Allow, AllowedValidator{ID: id, Weight: uint32(1 + rng.IntN(5))})
		}
		if rng.IntN(3) > 0 {
			pos := chains.Position{Validator: id, Bonded: amt(rng.Int64N(1_000_000)), Activating: amt(rng.Int64N(3) * rng.Int64N(50_000))}
			for k := rng.IntN(3); k > 0; k-- {
				pos.Unbonding = append(pos.Unbonding, chains.Unbonding{ID: fmt.Sprintf("%s-u%d", id, k), Amount: amt(1 + rng.Int64N(100_000)), Matured: rng.IntN(2) == 0})
			}
			if rng.IntN(3) == 0 {
				pos.Accrued = amt(rng.Int64N(10_000))
			}
			pos.Mergeable = rng.IntN(4)
			s.Positions = append(s.Positions, pos)
		}
	}
	if len(p.Allow) == 0 {
		p.Allow = []AllowedValidator{{ID: "v0", Weight: 1}}
	}
	s.Liquid = amt(rng.Int64N(2_000_000))
	for d := rng.IntN(30); d > 0; d-- {
		s.NetOutflows = append(s.NetOutflows, amt(rng.Int64N(200_000)-50_000))
	}
	p.Buffer = BufferPolicy{MinAbs: amt(rng.Int64N(100_000)), PctBps: uint32(rng.IntN(3000)), QuantileBps: 9900,
		SafetyFactorBps: 10000 + uint32(rng.IntN(10000)), LowWatermarkBps: 5000 + uint32(rng.IntN(5001)), HighWatermarkBps: 10000 + uint32(rng.IntN(5001))}
	p.MaxShareBps = 2000 + uint32(rng.IntN(8001))
	p.MaxChurnBps = uint32(rng.IntN(2000))
	p.MinAction = amt(rng.Int64N(5000))
	if rng.IntN(4) == 0 {
		p.MaxCommissionBps = 1000
	}
	if rng.IntN(2) == 0 {
		p.MaxSkippedBps = uint32(rng.IntN(2500))
	}
	return p, s
}

// TestPlanProperties draws thousands of states and checks, by applying each plan, that it is
// feasible, respects chain minimums, never fills a validator past its cap, keeps the buffer
// at its floor where custody allows, stays within the churn limit, and exits ineligible
// validators.
var planSeed = flag.Uint64("pool.seed", 0, "seed for TestPlanProperties (0: random)")

func TestPlanProperties(t *testing.T) {
	seed := *planSeed
	if seed == 0 {
		seed = rand.Uint64()
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	for i := 0; i < 3000; i++ {
		p, s := randomCase(rng)
		plan, err := MakePlan(p, s)
		if err != nil {
			t.Fatalf("seed %d case %d: %v", seed, i, err)
		}
		if msg := checkPlan(p, s, plan); msg != "" {
			t.Fatalf("seed %d case %d: %s\npolicy %+v\nstate %+v\nsteps %+v\nbuffer %+v\ntargets %v pool %s\nnotes %v", seed, i, msg, p, s, plan.Steps, plan.Buffer, plan.Targets, plan.Pool, plan.Notes)
		}
	}
}

func checkPlan(p Policy, s State, plan Plan) string {
	bonded := map[string]money.Amount{}
	inFlight := money.Zero
	for _, pos := range s.Positions {
		bonded[pos.Validator] = add(bonded[pos.Validator], add(pos.Bonded, pos.Activating))
		matured := money.Zero
		for _, u := range pos.Unbonding {
			if u.Matured {
				matured = add(matured, u.Amount)
			} else {
				inFlight = add(inFlight, u.Amount)
			}
		}
		inFlight = add(inFlight, maxAmount(matured, pos.Withdrawable))
		if s.Info.Harvest == chains.HarvestClaim && s.Info.Supports(signer.ActionClaim) {
			inFlight = add(inFlight, pos.Accrued)
		}
	}
	before := map[string]money.Amount{}
	totalBefore := money.Zero
	for id, a := range bonded {
		before[id] = a
		totalBefore = add(totalBefore, a)
	}
	custody := add(add(s.Liquid, inFlight), totalBefore)
	liquid := s.Liquid
	mergeable, merged := map[string]int{}, map[string]int{}
	for _, pos := range s.Positions {
		mergeable[pos.Validator] = pos.Mergeable
	}
	rebalanced := money.Zero
	for _, st := range plan.Steps {
		a := st.Action
		if !s.Info.Supports(a.Kind) {
			return fmt.Sprintf("step %v uses an action the chain lacks", a)
		}
		if a.Kind == signer.ActionMerge {
			if !a.Amount.IsZero() || st.Purpose != PurposeMerge || mergeable[a.Validator] < 2 {
				return fmt.Sprintf("merge %v of a position with %d mergeable accounts", a, mergeable[a.Validator])
			}
			merged[a.Validator]++
			continue
		}
		if a.Amount.Sign() <= 0 {
			return fmt.Sprintf("step %v moves nothing", a)
		}
		switch a.Kind {
		case signer.ActionDelegate:
			if a.Amount.Cmp(p.MinAction) < 0 {
				return fmt.Sprintf("delegation %s below minimum %s", a.Amount, p.MinAction)
			}
			if liquid = sub(liquid, a.Amount); liquid.Sign() < 0 {
				return "delegates more than is liquid"
			}
			bonded[a.Validator] = add(bonded[a.Validator], a.Amount)
		case signer.ActionUndelegate:
			if a.Amount.Cmp(p.MinAction) < 0 && !a.Amount.Equal(bonded[a.Validator]) {
				return fmt.Sprintf("undelegation %s below minimum %s and not the whole position", a.Amount, p.MinAction)
			}
			if bonded[a.Validator] = sub(bonded[a.Validator], a.Amount); bonded[a.Validator].Sign() < 0 {
				return fmt.Sprintf("undelegates more than %s holds", a.Validator)
			}
			inFlight = add(inFlight, a.Amount)
		case signer.ActionRedelegate:
			if a.Amount.Cmp(p.MinAction) < 0 {
				return fmt.Sprintf("redelegation %s below minimum %s", a.Amount, p.MinAction)
			}
			if bonded[a.Validator] = sub(bonded[a.Validator], a.Amount); bonded[a.Validator].Sign() < 0 {
				return fmt.Sprintf("redelegates more than %s holds", a.Validator)
			}
			bonded[a.ToValidator] = add(bonded[a.ToValidator], a.Amount)
		}
		if st.Purpose == PurposeRebalance {
			rebalanced = add(rebalanced, a.Amount)
		}
	}
	for id, n := range mergeable {
		want := 0
		if n >= 2 && s.Info.Supports(signer.ActionMerge) {
			want = 1
		}
		if merged[id] != want {
			return fmt.Sprintf("%s has %d mergeable accounts and is merged %d times", id, n, merged[id])
		}
	}
	eligible := map[string]bool{}
	capPlanned := bps(plan.Pool, p.MaxShareBps)
	for id, tgt := range plan.Targets {
		eligible[id] = true
		if tgt.Cmp(capPlanned) > 0 {
			return fmt.Sprintf("%s target %s above the cap %s of the planned pool %s", id, tgt, capPlanned, plan.Pool)
		}
	}
	for _, v := range s.Validators {
		perf := v.Performance
		unfit := perf.Delinquent || (p.MaxSkippedBps > 0 && perf.Produced.Due > 0 &&
			(perf.Produced.Due-perf.Produced.Done)*10000/perf.Produced.Due > uint64(p.MaxSkippedBps))
		if _, targeted := plan.Targets[v.ID]; unfit && targeted {
			return fmt.Sprintf("%s is delinquent or misses too many blocks (%+v) but has a target", v.ID, perf)
		}
	}
	for id, a := range bonded {
		if a.Cmp(before[id]) > 0 && a.Cmp(plan.Targets[id]) > 0 {
			return fmt.Sprintf("%s grew from %s to %s, past its target %s", id, before[id], a, plan.Targets[id])
		}
		if !eligible[id] && a.Sign() > 0 && a.Cmp(p.MinAction) >= 0 && s.Info.Supports(signer.ActionUndelegate) {
			return fmt.Sprintf("ineligible %s keeps %s", id, a)
		}
	}
	if churn := bps(totalBefore, p.MaxChurnBps); rebalanced.Cmp(churn) > 0 {
		return fmt.Sprintf("rebalancing moved %s, above the churn limit %s", rebalanced, churn)
	}
	d := plan.Buffer
	if liquid.Cmp(minAmount(s.Liquid, d.Target)) < 0 {
		return fmt.Sprintf("liquid fell to %s, below the target %s", liquid, d.Target)
	}
	if s.Info.Supports(signer.ActionUndelegate) {
		slack := mulDiv(p.MinAction, uint64(len(bonded)), 1)
		floor := sub(minAmount(d.Low, custody), slack)
		if add(liquid, inFlight).Cmp(floor) < 0 {
			return fmt.Sprintf("liquid %s + in flight %s below the floor %s (low %s)", liquid, inFlight, floor, d.Low)
		}
	}
	return ""
}

func TestPlanScenarios(t *testing.T) {
	info := chains.Info{Token: money.Token{Symbol: "BNB", Decimals: 18}, Harvest: chains.HarvestCompound,
		Actions: []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionRedelegate, signer.ActionWithdraw}}
	active := func(ids ...string) []chains.Validator {
		var out []chains.Validator
		for _, id := range ids {
			out = append(out, chains.Validator{ID: id, Status: chains.ValidatorActive})
		}
		return out
	}
	policy := Policy{Buffer: BufferPolicy{MinAbs: amt(100), LowWatermarkBps: 8000, HighWatermarkBps: 12000, QuantileBps: 9900, SafetyFactorBps: 10000},
		Allow: []AllowedValidator{{"a", 1}, {"b", 1}}, MaxShareBps: 10000, MaxChurnBps: 1000, MinAction: amt(10)}
	tests := []struct {
		name   string
		state  State
		change func(*Policy)
		want   []string // "kind validator[->to] amount purpose"
		// wantWhy, when set, is in the first step's reason.
		wantWhy string
	}{
		{name: "first delegation splits the excess by weight",
			state: State{Liquid: amt(1100), Validators: active("a", "b")},
			want:  []string{"delegate a 500 buffer", "delegate b 500 buffer"}},
		{name: "matured stake is withdrawn and counts toward the buffer",
			state: State{Liquid: amt(0), Validators: active("a", "b"), Positions: []chains.Position{
				{Validator: "a", Bonded: amt(500), Unbonding: []chains.Unbonding{{ID: "7", Amount: amt(100), Matured: true}}},
				{Validator: "b", Bonded: amt(500)}}},
			want: []string{"withdraw a 100 maturity"}},
		{name: "one pool: the first delegation goes to the heaviest pool only",
			state: State{Liquid: amt(1100), Validators: active("a", "b")},
			change: func(p *Policy) {
				p.OnePool, p.MaxShareBps, p.Allow = true, 5000, []AllowedValidator{{"a", 1}, {"b", 2}}
			},
			want: []string{"delegate b 1000 buffer"}},
		{name: "one pool: the stake stays where it sits, whatever the weights",
			state:  State{Liquid: amt(200), Validators: active("a", "b"), Positions: []chains.Position{{Validator: "a", Bonded: amt(900)}}},
			change: func(p *Policy) { p.OnePool, p.Allow = true, []AllowedValidator{{"a", 1}, {"b", 5}} },
			want:   []string{"delegate a 100 buffer"}},
		{name: "one pool: stake on a jailed pool moves whole to the next",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorJailed}),
				Positions: []chains.Position{{Validator: "b", Bonded: amt(1000)}}},
			change: func(p *Policy) { p.OnePool = true },
			want:   []string{"redelegate b->a 1000 exit"}},
		{name: "one pool: stake left on a second pool joins the first",
			state: State{Liquid: amt(100), Validators: active("a", "b"),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(700)}, {Validator: "b", Bonded: amt(300)}}},
			change: func(p *Policy) { p.OnePool = true },
			want:   []string{"redelegate b->a 300 exit"}, wantWhy: "validator b is not the pool the stake sits with (a)"},
		{name: "jailed validator is redelegated away",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorJailed}),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			want: []string{"redelegate b->a 500 exit"}},
		{name: "a delinquent validator is exited like a jailed one",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorActive,
				Performance: chains.Performance{Delinquent: true}}),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			want: []string{"redelegate b->a 500 exit"}, wantWhy: "validator b is delinquent: move 0.0000000000000005 to a"},
		{name: "an under-performing validator is exited, with its numbers",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorActive,
				Performance: chains.Performance{Produced: chains.Tally{Done: 90, Due: 100}, Window: "epoch 7"}}),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			change: func(p *Policy) { p.MaxSkippedBps = 500 },
			want:   []string{"redelegate b->a 500 exit"}, wantWhy: "produced 90 of 100 blocks due in epoch 7, missing 1000 bps, above the 500 bps limit"},
		{name: "missing exactly the limit is not under-performing",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorActive,
				Performance: chains.Performance{Produced: chains.Tally{Done: 95, Due: 100}}}),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			change: func(p *Policy) { p.MaxSkippedBps = 500 }, want: nil},
		{name: "no figure reported is no ground to exit",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorActive,
				Performance: chains.Performance{Produced: chains.Tally{Done: 0, Due: 0}}}),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			change: func(p *Policy) { p.MaxSkippedBps = 1 }, want: nil},
		{name: "without a limit missed blocks do not exit",
			state: State{Liquid: amt(100), Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorActive,
				Performance: chains.Performance{Produced: chains.Tally{Done: 0, Due: 100}}}),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			want: nil},
		{name: "stake off the allowlist says so",
			state: State{Liquid: amt(100), Validators: active("a", "b", "c"),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}, {Validator: "c", Bonded: amt(100)}}},
			want: []string{"redelegate c->a 50 exit", "redelegate c->b 50 exit"}, wantWhy: "validator c is not on the allowlist"},
		{name: "stake accounts on one validator are merged first",
			state: State{Liquid: amt(100), Info: chains.Info{Actions: []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionMerge}},
				Validators: active("a", "b"), Positions: []chains.Position{{Validator: "a", Bonded: amt(500), Mergeable: 3}, {Validator: "b", Bonded: amt(500), Mergeable: 1}}},
			want: []string{"merge a 0 merge"}, wantWhy: "3 stake accounts with a can be merged into one"},
		{name: "no merge where the chain has none",
			state: State{Liquid: amt(100), Validators: active("a", "b"),
				Positions: []chains.Position{{Validator: "a", Bonded: amt(500), Mergeable: 3}, {Validator: "b", Bonded: amt(500)}}},
			want: nil},
		{name: "a chain without redelegation undelegates an exit",
			state: State{Liquid: amt(100), Info: chains.Info{Actions: []signer.Action{signer.ActionDelegate, signer.ActionUndelegate}},
				Validators: append(active("a"), chains.Validator{ID: "b", Status: chains.ValidatorSlashed}),
				Positions:  []chains.Position{{Validator: "a", Bonded: amt(500)}, {Validator: "b", Bonded: amt(500)}}},
			want: []string{"undelegate b 500 exit"}},
		{name: "buffer shortfall comes from the most over-target validator",
			state: State{Liquid: amt(0), Validators: active("a", "b"), Positions: []chains.Position{
				{Validator: "a", Bonded: amt(700)}, {Validator: "b", Bonded: amt(300)}}},
			want: []string{"undelegate a 100 buffer", "redelegate a->b 100 rebalance"}},
		{name: "rebalancing stops at the churn limit",
			state: State{Liquid: amt(100), Validators: active("a", "b"), Positions: []chains.Position{
				{Validator: "a", Bonded: amt(1000)}, {Validator: "b", Bonded: amt(0)}}},
			want: []string{"redelegate a->b 100 rebalance"}},
		{name: "below the chain minimum nothing moves",
			state:  State{Liquid: amt(125), Validators: active("a", "b")},
			change: func(p *Policy) { p.MinAction = amt(50) }, want: nil},
		{name: "the cap limits delegation",
			state:  State{Liquid: amt(1100), Validators: active("a", "b")},
			change: func(p *Policy) { p.Allow = []AllowedValidator{{"a", 9}, {"b", 1}}; p.MaxShareBps = 6000 },
			want:   []string{"delegate a 600 buffer", "delegate b 400 buffer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := policy
			if tt.change != nil {
				tt.change(&p)
			}
			s := tt.state
			if s.Info.Actions == nil {
				s.Info = info
			}
			s.Owner = "custody"
			plan, err := MakePlan(p, s)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range plan.Steps {
				v := st.Action.Validator
				if st.Action.ToValidator != "" {
					v += "->" + st.Action.ToValidator
				}
				got = append(got, fmt.Sprintf("%s %s %s %s", st.Action.Kind, v, st.Action.Amount, st.Purpose))
				if st.Action.Owner != "custody" || st.Why == "" {
					t.Errorf("step %+v lacks its owner or reason", st)
				}
			}
			if tt.wantWhy != "" && (len(plan.Steps) == 0 || !strings.Contains(plan.Steps[0].Why, tt.wantWhy)) {
				t.Errorf("first step's reason lacks %q: %+v", tt.wantWhy, plan.Steps)
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Fatalf("steps\n  %s\nwant\n  %s\nnotes: %v", strings.Join(got, "; "), strings.Join(tt.want, "; "), plan.Notes)
			}
		})
	}
	if _, err := MakePlan(Policy{}, State{}); err == nil {
		t.Error("a plan without an allowlist was made")
	}
}
