package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/store"
)

func newPlanCmd() *cobra.Command {
	var symbol, path string
	cmd := &cobra.Command{
		Use:   "plan --token T [--config FILE]",
		Short: "Print today's rebalance plan, liquidity ladder and reconciliation for a token, changing nothing",
		Long: `Reads the token's validators and positions from the chain and its liquid balance and
withdrawal history from the books, applies the buffer policy, the validator allowlist with
its weights, the concentration cap and the churn limit, and prints the buffer decision, each
validator's target and the ordered actions with the reason for each; then the liquidity
ladder (what is unbonding and when it becomes liquid) and the reconciliation of each
validator's stake on chain with the books, a difference being either explained by an
intent in flight or flagged. Nothing is built, signed or sent.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if symbol == "" {
				return usagef("missing --token")
			}
			return printPlan(cmd.Context(), cmd.OutOrStdout(), symbol, path, time.Now())
		},
	}
	cmd.Flags().StringVar(&symbol, "token", "", "token symbol (required)")
	cmd.Flags().StringVar(&path, "config", defaultConfigPath, "configuration file")
	return cmd
}

func printPlan(ctx context.Context, out io.Writer, symbol, path string, now time.Time) error {
	token, err := lookupToken(symbol)
	if err != nil {
		return err
	}
	cfg, err := loadConfig(path)
	if err != nil {
		return err
	}
	tok, ok := cfg.Token(token.Symbol)
	if !ok {
		return usagef("--config %s: token %s is not enabled there", path, token.Symbol)
	}
	cc, err := adapterConfig(tok)
	if err != nil {
		return asUsage(err)
	}
	if len(cc.Custody) != 1 {
		return usagef("%s: plan needs exactly one custody address, the configuration has %d", token.Symbol, len(cc.Custody))
	}
	owner := cc.Custody[0]
	adapter, err := chains.New(ctx, cc, chains.Options{Sequences: readOnlySequences{}})
	if err != nil {
		return fmt.Errorf("%s: %w", token.Symbol, err)
	}
	dsn, err := cfg.Store.ResolveDSN()
	if err != nil {
		return asUsage(err)
	}
	st, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	// Any failed read aborts: a plan is never made on partial data.
	obs, err := pool.Observe(ctx, adapter, owner, st, now, int(tok.Buffer.HistoryDays))
	if err != nil {
		return err
	}
	plan, err := pool.MakePlan(poolPolicy(tok, adapter.Info(), obs.State.Validators), obs.State)
	if err != nil {
		return err
	}
	if err := writePlan(out, token, owner, obs, plan); err != nil {
		return err
	}
	writeLadder(out, token, obs.Ladder())
	writeReconciliation(out, token, obs.Reconcile())
	return nil
}

func writeLadder(out io.Writer, t money.Token, rungs []pool.Rung) {
	fmt.Fprintln(out, "\nliquidity ladder:")
	if len(rungs) == 0 {
		fmt.Fprintln(out, "  nothing unbonding")
	}
	for _, r := range rungs {
		when := "withdrawable now"
		switch {
		case r.Matured:
		case !r.LiquidAt.IsZero():
			when = "liquid at " + r.LiquidAt.UTC().Format(time.RFC3339)
		default:
			when = "liquid when " + r.Condition
		}
		fmt.Fprintf(out, "  %s %s from %s: %s\n", t.Format(r.Amount), t.Symbol, r.Validator, when)
	}
}

func writeReconciliation(out io.Writer, t money.Token, diffs []pool.Difference) {
	fmt.Fprintln(out, "\nreconciliation with the books:")
	if len(diffs) == 0 {
		fmt.Fprintln(out, "  the liquid balance and every validator's stake match the books")
	}
	for _, d := range diffs {
		why := "UNEXPLAINED: check the books"
		if d.ExplainedBy != "" {
			why = "in flight: intent " + d.ExplainedBy
		}
		fmt.Fprintf(out, "  %s: books %s, chain %s %s (%s)\n", d.Account, t.Format(d.Books), t.Format(d.Chain), t.Symbol, why)
	}
}

// poolPolicy is the pool policy of a token's configuration. A chain whose configuration
// names no validators stakes into the single pool it reports (AXS's pool contract, chosen
// under its settings): that pool is the allowlist.
func poolPolicy(tok *config.Token, info chains.Info, validators []chains.Validator) pool.Policy {
	b := tok.Buffer
	p := pool.Policy{
		Buffer: pool.BufferPolicy{MinAbs: b.MinAbs, PctBps: b.PctBps, QuantileBps: b.QuantileBps,
			SafetyFactorBps: b.SafetyFactorBps, LowWatermarkBps: b.LowWatermarkBps, HighWatermarkBps: b.HighWatermarkBps},
		MaxShareBps:   tok.Chain.MaxShareBps,
		MaxChurnBps:   tok.Chain.MaxChurnBps,
		MaxSkippedBps: tok.Chain.MaxSkippedBps,
		MinAction:     info.MinAction,
		OnePool:       info.OnePool,
	}
	for _, v := range tok.Chain.Validators {
		p.Allow = append(p.Allow, pool.AllowedValidator{ID: v.ID, Weight: v.Weight})
	}
	if len(tok.Chain.Validators) == 0 && len(validators) == 1 {
		p.Allow = []pool.AllowedValidator{{ID: validators[0].ID, Weight: 1}}
	}
	return p
}

func writePlan(out io.Writer, t money.Token, owner string, obs pool.Observation, plan pool.Plan) error {
	d := plan.Buffer
	fmt.Fprintf(out, "%s plan for %s\n\nliquid: %s (on chain %s)\nbuffer: target %s (band %s..%s, forecast %s)\n  %s\n",
		t.Symbol, owner, t.Format(obs.State.Liquid), t.Format(obs.Hot), t.Format(d.Target), t.Format(d.Low), t.Format(d.High), t.Format(d.Forecast), d.Why)
	fmt.Fprintf(out, "\npool after the plan: %s\n", t.Format(plan.Pool))
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VALIDATOR\tTARGET")
	for _, id := range sortedTargets(plan.Targets) {
		fmt.Fprintf(tw, "%s\t%s\n", id, t.Format(plan.Targets[id]))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(plan.Steps) == 0 {
		fmt.Fprintln(out, "\nno action today")
	} else {
		fmt.Fprintln(out, "\nactions, in order:")
		for i, s := range plan.Steps {
			target := s.Action.Validator
			if s.Action.ToValidator != "" {
				target += " -> " + s.Action.ToValidator
			}
			fmt.Fprintf(out, "%3d. %-10s %s %s %s  [%s] %s\n", i+1, s.Action.Kind, t.Format(s.Action.Amount), t.Symbol, target, s.Purpose, s.Why)
		}
	}
	for _, n := range plan.Notes {
		fmt.Fprintf(out, "note: %s\n", n)
	}
	return nil
}

func sortedTargets(m map[string]money.Amount) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
