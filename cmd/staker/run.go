package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/api"
	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
)

func newRunCmd() *cobra.Command {
	var path, holder string
	cmd := &cobra.Command{
		Use:   "run [--config FILE]",
		Short: "Run the daemon: the daily cycle for every token, the balance feed intake and the payout feed",
		Long: `Runs the daily cycle of every enabled token (close the day's balance feed, harvest and
reconcile, recognize the reward, split it into a signed payout batch booked once, publish
it, rebalance), catching up missed days in order, behind a leader lease: several replicas
may run against one PostgreSQL and only the lease holder acts. On SQLite a second process
on the same database is refused.

Balance and activation events come in from CSV files dropped in daemon.inbox and from the
JetStream subjects of daemon.nats; payout batches go out to daemon.export and JetStream.
Stops cleanly on SIGINT or SIGTERM.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if holder == "" {
				host, _ := os.Hostname()
				holder = fmt.Sprintf("%s/%d", host, os.Getpid())
			}
			return runDaemon(cmd.Context(), cmd.ErrOrStderr(), path, holder)
		},
	}
	cmd.Flags().StringVar(&path, "config", defaultConfigPath, "configuration file")
	cmd.Flags().StringVar(&holder, "holder", "", "this replica's name in the leader lease (default host/pid)")
	return cmd
}

// newLogger is the daemon's structured log as the configuration says.
func newLogger(c config.Log, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.SlogLevel()}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// runDaemon wires the daemon of the configuration and runs it until ctx ends.
func runDaemon(ctx context.Context, logOut io.Writer, path, holder string) error {
	cfg, err := loadConfig(path)
	if err != nil {
		return err
	}
	logger := newLogger(cfg.Log, logOut)
	dsn, err := cfg.Store.ResolveDSN()
	if err != nil {
		return asUsage(err)
	}
	if file, ok := strings.CutPrefix(dsn, "sqlite:"); ok {
		unlock, err := lockExclusive(strings.TrimPrefix(file, "//") + ".run-lock")
		if err != nil {
			return err
		}
		defer unlock()
	}
	st, err := store.Open(ctx, dsn, store.Options{Logger: logger.With("component", "store")})
	if err != nil {
		return err
	}
	defer st.Close()
	w, err := wireDaemon(ctx, cfg, st, holder, logger)
	if err != nil {
		return err
	}
	defer w.close()
	return w.run(ctx)
}

// lockExclusive takes an exclusive lock on path for the life of the process, refusing to
// wait for another holder.
func lockExclusive(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, usagef("another staker run uses this SQLite store (%s is locked); SQLite allows one daemon, use PostgreSQL for replicas", path)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() { f.Close() }, nil
}

// wiredDaemon is the daemon with everything it holds open.
type wiredDaemon struct {
	d       *daemon.Daemon
	inputs  []func(context.Context) error
	closers []func() error
	logger  *slog.Logger
}

func (w *wiredDaemon) close() {
	for i := len(w.closers) - 1; i >= 0; i-- {
		if err := w.closers[i](); err != nil {
			w.logger.Warn("close", "err", err)
		}
	}
}

// run runs the feed inputs and the daemon until ctx ends or one of them fails.
func (w *wiredDaemon) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, len(w.inputs)+1)
	for _, in := range w.inputs {
		go func() { errs <- in(ctx) }()
	}
	go func() { errs <- w.d.Run(ctx) }()
	var first error
	for range len(w.inputs) + 1 {
		if err := <-errs; err != nil && first == nil && ctx.Err() == nil {
			first = err
			cancel()
		}
	}
	return first
}

// cycleHook, when set (by tests of this package only), adjusts the cycle before it runs.
var cycleHook func(*daemon.Cycle)

// wireDaemon builds the daemon of the configuration over st.
func wireDaemon(ctx context.Context, cfg *config.Config, st store.Store, holder string, logger *slog.Logger) (_ *wiredDaemon, err error) {
	w := &wiredDaemon{logger: logger}
	defer func() {
		if err != nil {
			w.close()
		}
	}()
	dc := cfg.Daemon
	key, err := payout.ReadFeedKeyFile(dc.FeedKey)
	if err != nil {
		return nil, asUsage(fmt.Errorf("daemon.feed_key: %w", err))
	}
	var sinks []payout.Sink
	if dc.Export != "" {
		sinks = append(sinks, payout.NewFileSink(dc.Export))
	}
	if dc.NATS.URL != "" {
		nc, err := nats.Connect(dc.NATS.URL, nats.Name("staker "+holder))
		if err != nil {
			return nil, fmt.Errorf("nats %s: %w", dc.NATS.URL, err)
		}
		w.closers = append(w.closers, func() error { nc.Close(); return nil })
		sink, err := payout.NewJetStreamSink(ctx, nc, payout.JetStreamConfig{Stream: dc.NATS.PayoutStream, SubjectPrefix: dc.NATS.PayoutSubject})
		if err != nil {
			return nil, err
		}
		sinks = append(sinks, sink)
		consumer, err := feedConsumer(ctx, nc, dc.NATS, st, logger.With("component", "feed-nats"))
		if err != nil {
			return nil, err
		}
		w.inputs = append(w.inputs, consumer.Run)
	}
	if len(sinks) == 0 {
		return nil, usagef("%s: the payout feed has no output: set daemon.export, daemon.nats.url or both", cfg.File)
	}
	if dc.Inbox != "" {
		watcher := &ingest.Watcher{Dir: dc.Inbox, Recorder: st, Logger: logger.With("component", "feed-inbox")}
		w.inputs = append(w.inputs, watcher.Run)
	}
	sign, err := daemonSigner(ctx, cfg, keystoreOptions, logger.With("component", "signer"))
	if err != nil {
		return nil, err
	}
	w.closers = append(w.closers, sign.close)
	first, err := firstDay(dc.FirstDay, time.Now())
	if err != nil {
		return nil, asUsage(err)
	}
	d := &daemon.Daemon{
		Cycle: &daemon.Cycle{Books: st, Feed: daemon.StoreFeed{Store: st},
			Payouts:   daemon.SignedPayouts{Store: st, Key: key, Sinks: sinks},
			Logger:    logger.With("component", "cycle"),
			PublishBy: dc.PublishBy, StepTimeout: dc.StepTimeout},
		Leases: st, Holder: holder, LeaseTTL: dc.LeaseTTL, First: first, CloseAfter: dc.CloseAfter,
		Tick: dc.Tick, Logger: logger.With("component", "daemon"),
	}
	pools := custodies{}
	for _, symbol := range cfg.Symbols() {
		tok, _ := cfg.Token(symbol)
		tc, err := tokenCycle(ctx, tok, st, sign.signer, logger.With("component", "pool", "token", symbol))
		if err != nil {
			return nil, err
		}
		d.Tokens = append(d.Tokens, tc)
		pools[symbol] = tc.Custody.(*daemon.PoolCustody)
	}
	metrics := api.NewMetrics(dc.PublishBy)
	d.OnLeader = metrics.SetLeader
	d.Cycle.Observe = func(token string, day allocator.Day, step daemon.Phase, took time.Duration, err error) {
		metrics.ObserveStep(token, day, step, took, err)
		if err == nil && step == daemon.PhasePublished {
			metrics.ObservePublished(token, day, time.Now())
		}
		if err == nil && step == daemon.PhaseDone {
			observeDay(ctx, st, metrics, token, day, logger)
		}
	}
	if cycleHook != nil {
		cycleHook(d.Cycle)
	}
	creds, err := api.Credentials(cfg.API)
	if err != nil {
		return nil, asUsage(err)
	}
	server, err := api.New(api.Options{Store: st, Tokens: cfg.Tokens, Credentials: creds, Approvals: cfg.Signer.Approvals,
		Pools: pools, Validators: pools, Metrics: metrics, Listen: cfg.API.Listen, Logger: logger.With("component", "api")})
	if err != nil {
		return nil, asUsage(err)
	}
	w.inputs = append(w.inputs, server.ListenAndServe)
	w.d = d
	return w, nil
}

// custodies are the tokens' pools, for the API's chain reads.
type custodies map[string]*daemon.PoolCustody

// View implements api.PoolViewer.
func (c custodies) View(ctx context.Context, token string) (pool.Observation, pool.Plan, error) {
	pc, ok := c[token]
	if !ok {
		return pool.Observation{}, pool.Plan{}, fmt.Errorf("token %s is not enabled", token)
	}
	return pc.View(ctx)
}

// Validators implements api.ValidatorLister.
func (c custodies) Validators(ctx context.Context, token string) ([]chains.Validator, error) {
	pc, ok := c[token]
	if !ok {
		return nil, fmt.Errorf("token %s is not enabled", token)
	}
	return pc.Adapter.Validators(ctx)
}

// observeDay sets the gauges a completed day changes: the buffer ratio, the realized and
// advertised APR, and the token's intents by state. Figures for metrics only: floats.
func observeDay(ctx context.Context, st store.Store, m *api.Metrics, token string, day allocator.Day, logger *slog.Logger) {
	_, rec, _, err := (&daemon.Cycle{Books: st}).Load(ctx, token, day)
	if err != nil {
		logger.WarnContext(ctx, "metrics: day record", "token", token, "day", day.String(), "err", err)
		return
	}
	custody := new(big.Float)
	for _, a := range []money.Amount{rec.Hot, rec.Delegated, rec.Unbonding, rec.InFlight} {
		custody.Add(custody, new(big.Float).SetInt(a.Big()))
	}
	if custody.Sign() > 0 {
		ratio, _ := new(big.Float).Quo(new(big.Float).SetInt(rec.Hot.Big()), custody).Float64()
		m.SetBufferRatio(token, ratio)
	}
	if rec.Delegated.Sign() > 0 {
		apr := new(big.Float).Quo(new(big.Float).SetInt(rec.Harvested.Big()), new(big.Float).SetInt(rec.Delegated.Big()))
		bps, _ := apr.Mul(apr, big.NewFloat(365*10000)).Float64()
		m.SetAPR(token, api.APRRealized, bps)
	}
	if adv, err := api.AdvertisedAPR(ctx, st, token); err == nil && adv.Bps != nil {
		bps, _ := adv.Bps.Float64()
		m.SetAPR(token, api.APRAdvertised, bps)
	}
	for _, state := range slices.Concat(pool.OpenStates, []pool.IntentState{pool.StateFinalized, pool.StateFailed, pool.StateExpired}) {
		if ids, err := st.IntentsIn(ctx, token, []string{string(state)}); err == nil {
			m.SetIntents(token, string(state), len(ids))
		}
	}
}

// firstDay is the configured first day, or yesterday.
func firstDay(configured string, now time.Time) (allocator.Day, error) {
	if configured == "" {
		return allocator.ParseDay(now.UTC().AddDate(0, 0, -1).Format(time.DateOnly))
	}
	d, err := allocator.ParseDay(configured)
	if err != nil {
		return d, fmt.Errorf("daemon.first_day: %w", err)
	}
	return d, nil
}

// feedConsumer makes sure the feed's stream exists and returns its consumer.
func feedConsumer(ctx context.Context, nc *nats.Conn, c config.DaemonNATS, st store.Store, logger *slog.Logger) (*ingest.JetStreamConsumer, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	if _, err := js.Stream(ctx, c.FeedStream); errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = js.CreateStream(ctx, jetstream.StreamConfig{Name: c.FeedStream,
			Subjects: []string{c.BalanceSubject, c.ActivationSubject}, Storage: jetstream.FileStorage})
		if err != nil && !errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			return nil, fmt.Errorf("create stream %s: %w", c.FeedStream, err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("stream %s: %w", c.FeedStream, err)
	}
	return &ingest.JetStreamConsumer{JetStream: js, Recorder: st, Stream: c.FeedStream, Durable: c.Durable,
		BalanceSubject: c.BalanceSubject, ActivationSubject: c.ActivationSubject, Logger: logger}, nil
}

// runSigner is the daemon's signer and how to release it.
type runSigner struct {
	signer signer.Signer
	close  func() error
}

// daemonSigner is the in-process signing service, or the client of `staker signer serve`.
func daemonSigner(ctx context.Context, cfg *config.Config, ksOpts signer.KeystoreOptions, logger *slog.Logger) (runSigner, error) {
	if cfg.Signer.Mode == config.SignerSocket {
		return runSigner{signer: signer.NewClient(cfg.Signer.Socket), close: func() error { return nil }}, nil
	}
	served, err := openSigner(ctx, cfg, ksOpts, 100*365*24*time.Hour, logger)
	if err != nil {
		return runSigner{}, err
	}
	return runSigner{signer: served.svc, close: served.Close}, nil
}

// tokenCycle wires one token: its adapter, harvester, executor and pool policy.
func tokenCycle(ctx context.Context, tok *config.Token, st store.Store, sign signer.Signer, logger *slog.Logger) (*daemon.TokenCycle, error) {
	sym := tok.Token.Symbol
	if len(tok.Chain.Custody) != 1 || tok.Chain.Custody[0].Key == "" || tok.Chain.Custody[0].Address == "" {
		return nil, usagef("%s: the daemon needs exactly one custody entry with both key and address", sym)
	}
	custody := tok.Chain.Custody[0]
	cc, err := adapterConfig(tok)
	if err != nil {
		return nil, asUsage(err)
	}
	adapter, err := chains.New(ctx, cc, chains.Options{Logger: logger, Sequences: st})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", sym, err)
	}
	from, err := harvestStart(ctx, st, adapter, custody.Address)
	if err != nil {
		return nil, err
	}
	exec, err := pool.NewExecutor(pool.ExecutorOptions{Store: st, Books: st, Signer: sign, Adapter: adapter,
		KeyID: custody.Key, Logger: logger})
	if err != nil {
		return nil, fmt.Errorf("%s executor: %w", sym, err)
	}
	validators, err := adapter.Validators(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s validators: %w", sym, err)
	}
	params, err := tokenSplitParams(tok)
	if err != nil {
		return nil, asUsage(err)
	}
	return &daemon.TokenCycle{
		Token: tok.Token, Params: params, Recognition: string(tok.Recognition.Policy), WindowDays: int(tok.Recognition.WindowDays),
		Custody: &daemon.PoolCustody{Adapter: adapter, Owner: custody.Address, Books: st,
			Harvester: &pool.Harvester{Adapter: adapter, Books: st, Cursors: st, Owner: custody.Address, From: from},
			Executor:  exec, Policy: poolPolicy(tok, adapter.Info(), validators), HistoryDays: int(tok.Buffer.HistoryDays), Logger: logger},
	}, nil
}

// harvestStart is the height the first harvest of a custody address reads from: the
// chain's head when the daemon first met the address, recorded so that a later start
// neither skips nor rereads.
func harvestStart(ctx context.Context, st store.Store, adapter chains.Adapter, owner string) (uint64, error) {
	name := "harvest-start/" + adapter.Info().Token.Symbol + "/" + owner
	if h, ok, err := st.Cursor(ctx, name); err != nil || ok {
		return h, err
	}
	head, err := adapter.Head(ctx)
	if err != nil {
		return 0, fmt.Errorf("%s head: %w", adapter.Info().Token.Symbol, err)
	}
	if err := st.AdvanceCursor(ctx, name, head); err != nil {
		return 0, err
	}
	return head, nil
}
