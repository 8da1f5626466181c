package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/report"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/simnet"
	"github.com/softstake/staker/store"
)

// simnetFlags are `staker simnet`'s options.
type simnetFlags struct {
	days, users int
	seed        uint64
	dsn, out    string
	tokens      []string
	start       string
}

func newSimnetCmd() *cobra.Command {
	var f simnetFlags
	cmd := &cobra.Command{
		Use:   "simnet [--days N] [--users N] [--seed N] [--store DSN] [--out DIR]",
		Short: "Run the whole product on simulated chains: users, daily cycle, payouts and the treasury report",
		Long: `Starts every chain that has an adapter, simulated in process (the EVM chains on
go-ethereum's simulated backend with our contracts, the protocol fakes for the others), funds
the custody accounts with keys generated for the run, generates users who deposit, withdraw,
trade, activate and deactivate, and runs the daemon's daily cycle against them day after day
on an accelerated clock, with the real signer and the embedded SQLite store (or the
PostgreSQL given by --store).

The users' net deposits and withdrawals of each day move custody on chain and in the books.
After every simulated day it checks the invariants (the books balance per token, every batch
adds up and verifies, the day's withdrawals are paid from the liquid buffer at once, cursors
only move forward); a violation stops the run with exit 1 and the seed to reproduce it. At the end it prints a table per token and writes the treasury
report (report.html), the payout batches and the configuration it ran under to --out.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runSimnet(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&f.days, "days", 30, "simulated days")
	fl.IntVar(&f.users, "users", 10000, "simulated users")
	fl.Uint64Var(&f.seed, "seed", 1, "seed of everything random: users, keys, validators, rewards")
	fl.StringVar(&f.dsn, "store", "", "store DSN (default: a fresh SQLite file under --out)")
	fl.StringVar(&f.out, "out", "data/simnet", "folder for the report, the payout batches, the keys and the configuration")
	fl.StringSliceVar(&f.tokens, "tokens", nil, "tokens to simulate (default: every token with an adapter)")
	fl.StringVar(&f.start, "start", "2026-01-01", "the first simulated day")
	return cmd
}

// simClock is the simulated time, moved by the driver.
type simClock struct{ now time.Time }

func (c *simClock) Now() time.Time { return c.now }

func runSimnet(ctx context.Context, out, logOut io.Writer, f simnetFlags) error {
	if f.days < 1 || f.users < 1 {
		return usagef("--days and --users must be at least 1")
	}
	start, err := allocator.ParseDay(f.start)
	if err != nil {
		return usagef("--start: %v", err)
	}
	if err := freshOut(f.out); err != nil {
		return err
	}
	// Reconciliation differences go to the day records and the report, not the terminal.
	logger := slog.New(slog.NewTextHandler(logOut, &slog.HandlerOptions{Level: slog.LevelError}))
	passphrase := fmt.Sprintf("simnet-%d", f.seed)
	passFile := filepath.Join(f.out, "passphrase")
	if err := os.WriteFile(passFile, []byte(passphrase), 0o600); err != nil {
		return err
	}
	fmt.Fprintf(out, "simnet: seed %d, %d users, %d days from %s\n", f.seed, f.users, f.days, start)
	began := time.Now()
	net, err := simnet.Start(ctx, simnet.Options{Seed: f.seed, Dir: f.out, Passphrase: passphrase, Tokens: f.tokens,
		Start: start.Start(), Keystore: simnetKeystore, Logger: logger})
	if err != nil {
		return fmt.Errorf("start the simulated chains: %w", err)
	}
	defer net.Close()
	fmt.Fprintf(out, "chains up in %s:", time.Since(began).Round(time.Millisecond))
	for _, c := range net.Chains {
		fmt.Fprintf(out, " %s", c.Token().Symbol)
	}
	fmt.Fprintln(out)

	dsn := f.dsn
	if dsn == "" {
		dsn = "sqlite:" + filepath.Join(f.out, "staker.db")
	}
	cfg, err := simnetConfig(f, net, dsn, passFile, start)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, dsn, store.Options{Logger: logger})
	if err != nil {
		return err
	}
	defer st.Close()
	feedSeed := sha256.Sum256(fmt.Appendf(nil, "simnet feed key %d", f.seed))
	key, err := payout.ParseFeedKey(fmt.Appendf(nil, "%x", feedSeed))
	if err != nil {
		return err
	}
	clock := &simClock{now: start.Start()}
	sign, err := daemonSigner(ctx, cfg, simnetKeystore, logger)
	if err != nil {
		return err
	}
	defer sign.close()
	cycle := &daemon.Cycle{Books: st, Feed: daemon.StoreFeed{Store: st},
		Payouts:   daemon.SignedPayouts{Store: st, Key: key, Sinks: []payout.Sink{payout.NewFileSink(cfg.Daemon.Export)}},
		PublishBy: cfg.Daemon.PublishBy, StepTimeout: cfg.Daemon.StepTimeout, Now: clock.Now, Logger: logger}
	var tokens []*daemon.TokenCycle
	for _, c := range net.Chains {
		sym := c.Token().Symbol
		tok, _ := cfg.Token(sym)
		tc, err := tokenCycle(ctx, tok, st, sign.signer, logger.With("token", sym))
		if err != nil {
			return err
		}
		tc.Custody.(*daemon.PoolCustody).Now = clock.Now
		if _, _, err := st.Post(ctx, ledger.Transaction{Token: sym, Key: "simnet/funding/" + sym, Reason: ledger.ReasonFunding,
			Memo: "custody funded on the simulated chain", Postings: []ledger.Posting{
				{Account: ledger.CustodyHot, Amount: c.Funded()}, {Account: ledger.ExternalChain, Amount: c.Funded().Neg()}}}); err != nil {
			return err
		}
		tokens = append(tokens, tc)
	}
	var symbols []money.Token
	var funded []money.Amount
	for _, c := range net.Chains {
		symbols = append(symbols, c.Token())
		funded = append(funded, c.Funded())
	}
	people := simnet.NewPopulation(f.seed, f.users, symbols, funded, start)
	if _, err := st.RecordActivations(ctx, people.Activations()); err != nil {
		return err
	}
	if _, err := st.RecordBalances(ctx, people.Opening()); err != nil {
		return err
	}
	sim := &simRun{f: f, st: st, net: net, cycle: cycle, tokens: tokens, clock: clock, key: key, out: out, start: start,
		live: isTerminal(out)}
	if sim.live {
		cycle.Observe = func(token string, day allocator.Day, step daemon.Phase, took time.Duration, err error) {
			if err == nil {
				fmt.Fprintf(out, "\r\033[K  %s %s: %s (%s)", day, token, strings.TrimPrefix(string(step), "cycle-"), took.Round(time.Millisecond))
			}
		}
	}
	fmt.Fprintln(out, "each day: TOKEN harvested→distributed, in token units")
	for n := range f.days {
		if err := sim.day(ctx, n, people); err != nil {
			var v *invariantError
			if errors.As(err, &v) {
				fmt.Fprintf(out, "\nINVARIANT VIOLATED on %s: %v\nreproduce with: staker simnet --seed %d --days %d --users %d\n", v.day, v.err, f.seed, f.days, f.users)
				return &reportedError{err: err}
			}
			return fmt.Errorf("day %d (%s): %w", n+1, addDay(start, n), err)
		}
	}
	if err := sim.report(ctx); err != nil {
		return err
	}
	fmt.Fprintf(out, "\n%d days, %d users in %s; invariants: OK\n", f.days, f.users, time.Since(began).Round(time.Millisecond))
	return nil
}

// report prints the period's table per token and writes report.html: the treasury's
// figures, the withdrawals against the buffer, and the liquidity ladder as the chains
// report it at the end of the run.
func (r *simRun) report(ctx context.Context) error {
	from, to := r.start, addDay(r.start, r.f.days-1)
	data := report.Report{Title: fmt.Sprintf("Simnet treasury report (seed %d, %d users)", r.f.seed, r.f.users), From: from, To: to}
	var figures []report.TokenFigures
	var ladders []report.TokenRungs
	unexplained := 0
	for _, tc := range r.tokens {
		sym := tc.Token.Symbol
		records, _, err := report.LoadRecords(ctx, r.cycle, sym, from, to)
		if err != nil {
			return err
		}
		for _, rec := range records {
			unexplained += len(rec.Unexplained)
		}
		terms := &report.Terms{FeeBps: tc.Params.FeeBps, Policy: tc.Params.Policy, MaxAPRBps: tc.Params.MaxAPRBps}
		tf, err := report.Compute(report.Input{Token: tc.Token, Terms: terms, Records: records}, from, to)
		if err != nil {
			return err
		}
		withdrawals, err := netWithdrawals(ctx, r.st, sym, from, to, tf.Days)
		if err != nil {
			return err
		}
		figures = append(figures, tf)
		data.Tokens = append(data.Tokens, report.TokenReport{Figures: tf, Withdrawals: withdrawals})
		obs, _, err := tc.Custody.(*daemon.PoolCustody).View(ctx)
		if err != nil {
			return fmt.Errorf("%s ladder: %w", sym, err)
		}
		ladders = append(ladders, report.TokenRungs{Token: tc.Token, Rungs: obs.Ladder()})
	}
	ladder, err := report.CrossChainLadder(ladders)
	if err != nil {
		return err
	}
	data.Ladder = ladder
	if unexplained > 0 {
		data.Notes = append(data.Notes, fmt.Sprintf("Reconciliation raised %d unexplained differences between chain and books over the run; each day's are in its record (GET /v1/rewards).", unexplained))
	}
	fmt.Fprintln(r.out)
	if err := report.WriteTable(r.out, figures); err != nil {
		return err
	}
	path := filepath.Join(r.f.out, "report.html")
	file, err := createAtomic(path)
	if err != nil {
		return err
	}
	defer file.abort()
	if err := report.WriteHTML(file, data); err != nil {
		return err
	}
	if _, err := file.commit(); err != nil {
		return err
	}
	fmt.Fprintf(r.out, "\nreconciliation: %d unexplained difference(s) over the run\nwrote %s and the payout batches under %s\n",
		unexplained, path, filepath.Join(r.f.out, "payouts"))
	return nil
}

// simnetKeystore is the scrypt cost of the run's custody keys: they are made for one
// simulated run and guard nothing real, so they are cheap to make and unlock. The
// keystore of `staker run` refuses key files this weak.
var simnetKeystore = signer.KeystoreOptions{ScryptN: 1 << 10, ScryptR: 8, ScryptP: 1}

// simnetFeeBps is the platform fee of every simulated token: 10 %.
const simnetFeeBps = 1000

// simnetOutputs are what a run leaves in its folder; a new run starts without them.
var simnetOutputs = []string{"keys", "payouts", "staker.db", "staker.db-wal", "staker.db-shm", "staker.yaml",
	"signer-audit.log", "passphrase", "report.html"}

// freshOut makes the run's folder, removing what an earlier run left there.
func freshOut(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, name := range simnetOutputs {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

// simRun is one simnet run in progress.
type simRun struct {
	f      simnetFlags
	st     store.Store
	net    *simnet.Network
	cycle  *daemon.Cycle
	tokens []*daemon.TokenCycle
	clock  *simClock
	key    payout.FeedKey
	out    io.Writer
	start  allocator.Day
	// live says out is a terminal: each step of each token's day is shown as it ends, on
	// one line that the day's summary then replaces.
	live bool
}

// invariantError is a violated invariant: the run stops.
type invariantError struct {
	day allocator.Day
	err error
}

func (e *invariantError) Error() string { return fmt.Sprintf("%s: %v", e.day, e.err) }
func (e *invariantError) Unwrap() error { return e.err }

// day simulates the run's day n: the users' day, the chains' day, then the cycle of every
// token in the early hours of the next day, the rebalance carried to finality, and the
// invariants.
func (r *simRun) day(ctx context.Context, n int, people *simnet.Population) error {
	day := addDay(r.start, n)
	events, net := people.Day(n)
	if _, err := r.st.RecordBalances(ctx, events); err != nil {
		return err
	}
	if err := r.flows(ctx, day, net); err != nil {
		return err
	}
	for _, c := range r.net.Chains {
		if err := c.AdvanceDay(ctx, day.End()); err != nil {
			return fmt.Errorf("%s: %w", c.Token().Symbol, err)
		}
	}
	r.clock.now = day.End().Add(30 * time.Minute)
	line := fmt.Sprintf("day %d/%d %s:", n+1, r.f.days, day)
	for _, tc := range r.tokens {
		if err := r.cycle.RunDay(ctx, tc, day); err != nil {
			return err
		}
		if err := r.st.AdvanceCursor(ctx, "cycle/"+tc.Token.Symbol, uint64(day.Start().Unix()/86400)); err != nil {
			return &invariantError{day: day, err: fmt.Errorf("%s cursor: %w", tc.Token.Symbol, err)}
		}
		_, rec, _, err := r.cycle.Load(ctx, tc.Token.Symbol, day)
		if err != nil {
			return err
		}
		line += fmt.Sprintf(" %s %s→%s", tc.Token.Symbol, tc.Token.Format(rec.Harvested), tc.Token.Format(rec.Distributable))
	}
	if r.live {
		line = "\r\033[K" + line
	}
	fmt.Fprintln(r.out, line)
	if err := r.settle(ctx); err != nil {
		return err
	}
	return r.check(ctx, day)
}

// flows moves the day's net deposits into custody and pays its net withdrawals out of it,
// on chain and in the books (funding and defunding, and the network fee of a payment). The
// buffer must pay the withdrawals at once: when the liquid balance cannot, the run stops.
func (r *simRun) flows(ctx context.Context, day allocator.Day, net []money.Amount) error {
	for i, c := range r.net.Chains {
		t := c.Token()
		flow := net[i]
		key := "simnet/flow/" + t.Symbol + "/" + day.String()
		switch flow.Sign() {
		case 0:
			continue
		case 1:
			if err := c.Deposit(ctx, flow); err != nil {
				return fmt.Errorf("%s deposit: %w", t.Symbol, err)
			}
			if _, _, err := r.st.Post(ctx, ledger.Transaction{Token: t.Symbol, Key: key, Reason: ledger.ReasonFunding,
				Memo: "users' net deposits of the day", Postings: []ledger.Posting{
					{Account: ledger.CustodyHot, Amount: flow}, {Account: ledger.ExternalChain, Amount: flow.Neg()}}}); err != nil {
				return err
			}
		default:
			out := flow.Neg()
			hot, err := r.st.Balance(ctx, t.Symbol, ledger.CustodyHot)
			if err != nil {
				return err
			}
			if hot.Cmp(out) < 0 {
				return &invariantError{day: day, err: fmt.Errorf("%s: the buffer holds %s, the day's withdrawals need %s", t.Symbol, t.Format(hot), t.Format(out))}
			}
			fee, err := c.Withdraw(ctx, out)
			if err != nil {
				return fmt.Errorf("%s withdrawal: %w", t.Symbol, err)
			}
			tx := ledger.Transaction{Token: t.Symbol, Key: key, Reason: ledger.ReasonDefunding,
				Memo: "users' net withdrawals of the day", Postings: []ledger.Posting{
					{Account: ledger.ExternalChain, Amount: out}, {Account: ledger.CustodyHot, Amount: out.Neg()}}}
			if _, _, err := r.st.Post(ctx, tx); err != nil {
				return err
			}
			if !fee.IsZero() {
				if _, _, err := r.st.Post(ctx, ledger.Transaction{Token: t.Symbol, Key: key + "/fee", Reason: ledger.ReasonNetworkFee,
					Postings: []ledger.Posting{{Account: ledger.ExternalChain, Amount: fee}, {Account: ledger.CustodyHot, Amount: fee.Neg()}}}); err != nil {
					return err
				}
			}
		}
	}
	for _, c := range r.net.Chains {
		if err := c.Settle(ctx); err != nil {
			return fmt.Errorf("%s: %w", c.Token().Symbol, err)
		}
	}
	return nil
}

// settle makes blocks and drives the intents in flight until none is left or the chains
// have had their chance.
func (r *simRun) settle(ctx context.Context) error {
	for range 40 {
		open := 0
		for _, tc := range r.tokens {
			if err := tc.Custody.Resume(ctx); err != nil {
				return err
			}
			states := make([]string, len(pool.OpenStates))
			for i, s := range pool.OpenStates {
				states[i] = string(s)
			}
			ids, err := r.st.IntentsIn(ctx, tc.Token.Symbol, states)
			if err != nil {
				return err
			}
			open += len(ids)
		}
		if open == 0 {
			return nil
		}
		for _, c := range r.net.Chains {
			if err := c.Settle(ctx); err != nil {
				return fmt.Errorf("%s: %w", c.Token().Symbol, err)
			}
		}
	}
	return nil // what is still open waits for a later day (unbonding, approvals)
}

// check runs the invariants after a day.
func (r *simRun) check(ctx context.Context, day allocator.Day) error {
	violations, err := ledger.Check(ctx, r.st)
	if err != nil {
		return err
	}
	if len(violations) > 0 {
		var msgs []string
		for _, v := range violations {
			msgs = append(msgs, fmt.Sprint(v))
		}
		return &invariantError{day: day, err: errors.New(strings.Join(msgs, "; "))}
	}
	for _, tc := range r.tokens {
		_, rec, _, err := r.cycle.Load(ctx, tc.Token.Symbol, day)
		if err != nil {
			return err
		}
		sum, _ := rec.Fee.Add(rec.Treasury)
		if sum, _ = sum.Add(rec.Distributable); !sum.Equal(rec.Reward) {
			return &invariantError{day: day, err: fmt.Errorf("%s: fee + treasury + distributable = %s, reward %s", tc.Token.Symbol, sum, rec.Reward)}
		}
		stored, err := r.st.BatchByKey(ctx, rec.BatchKey)
		if err != nil {
			return &invariantError{day: day, err: fmt.Errorf("%s batch: %w", tc.Token.Symbol, err)}
		}
		sb, err := payout.FromStored(stored)
		if err == nil {
			err = payout.Verify(sb, r.key.Public())
		}
		if err != nil {
			return &invariantError{day: day, err: fmt.Errorf("%s batch %s: %w", tc.Token.Symbol, rec.BatchKey, err)}
		}
		if !sb.Totals.Distributable.Equal(rec.Distributable) {
			return &invariantError{day: day, err: fmt.Errorf("%s batch pays %s, the day distributed %s", tc.Token.Symbol, sb.Totals.Distributable, rec.Distributable)}
		}
	}
	return nil
}

// simnetConfig writes and loads the configuration the run uses: every simulated chain's
// token block, the keystore and passphrase of the run's keys, the store and the exports.
func simnetConfig(f simnetFlags, net *simnet.Network, dsn, passFile string, start allocator.Day) (*config.Config, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "version: 1\n# Written by staker simnet (seed %d) for its run; every chain is simulated.\n", f.seed)
	fmt.Fprintf(&b, "store:\n  dsn: %q\n", dsn)
	fmt.Fprintf(&b, "signer:\n  keystore: %q\n  passphrase: \"file:%s\"\n  audit_log: signer-audit.log\n  allowlist_delay: 0s\n", net.Keystore, filepath.Base(passFile))
	fmt.Fprintf(&b, "daemon:\n  first_day: %q\n  feed_key: feed.key\n  export: payouts\n", start)
	b.WriteString("tokens:\n")
	for _, c := range net.Chains {
		fmt.Fprintf(&b, "  %s:\n    fee_bps: %d\n%s", c.Token().Symbol, simnetFeeBps, c.ConfigYAML())
	}
	path := filepath.Join(f.out, "staker.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return nil, err
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, fmt.Errorf("the simulated network's configuration: %w", err)
	}
	return cfg, nil
}

// isTerminal reports whether w is a terminal, for live progress.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// addDay returns the day n days after d.
func addDay(d allocator.Day, n int) allocator.Day {
	out, err := allocator.ParseDay(d.Start().AddDate(0, 0, n).Format(time.DateOnly))
	if err != nil {
		panic(err) // a formatted date always parses
	}
	return out
}
