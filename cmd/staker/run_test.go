package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/internal/natstest"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// TestMain lets the test binary stand in for `staker` in a child process: with
// STAKER_TEST_MAIN set it runs the command line given after the binary's name, with cheap
// keystore parameters and each cycle step followed by STAKER_TEST_STEP_PAUSE.
func TestMain(m *testing.M) {
	if os.Getenv("STAKER_TEST_MAIN") == "1" {
		keystoreOptions = signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1}
		if pause, err := time.ParseDuration(os.Getenv("STAKER_TEST_STEP_PAUSE")); err == nil {
			cycleHook = func(c *daemon.Cycle) {
				c.Observe = func(string, allocator.Day, daemon.Phase, time.Duration, error) { time.Sleep(pause) }
			}
		}
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

const runConfig = `version: 1
store:
  dsn: "%[1]s"
log: {level: debug}
api: {listen: "%[13]s"}
signer:
  keystore: %[2]s
  passphrase: env:STAKER_TEST_PASSPHRASE
  audit_log: %[3]s
daemon:
  first_day: "%[4]s"
  tick: 100ms
  lease_ttl: 3s
  close_after: 0s
  feed_key: %[5]s
  export: %[6]s
  nats:
    url: "%[7]s"
    feed_stream: %[8]s_FEED
    balance_subject: %[9]s.balances.>
    activation_subject: %[9]s.activations
    durable: %[9]s
    payout_stream: %[8]s_PAYOUTS
    payout_subject: %[9]s.payouts
tokens:
  SOL:
    chain: solana
    network: localnet
    signing: {per_tx_limit: "100000", daily_limit: "1000000"}
    endpoints: [{url: "%[10]s"}]
    custody: [{key: sol-1, address: "%[11]s"}]
    validators: [{id: "%[12]s"}]
    buffer: {min_abs: "100"}
`

// replica is one `staker run` child process with its log.
type replica struct {
	name string
	cmd  *exec.Cmd
	mu   sync.Mutex
	log  strings.Builder
	done chan struct{}
}

func (r *replica) logged(s string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Contains(r.log.String(), s)
}

func startReplica(t *testing.T, name, configPath string, pause time.Duration) *replica {
	t.Helper()
	r := &replica{name: name, done: make(chan struct{})}
	r.cmd = exec.Command(os.Args[0], "run", "--config", configPath, "--holder", name)
	r.cmd.Env = append(os.Environ(), "STAKER_TEST_MAIN=1", "STAKER_TEST_PASSPHRASE=test passphrase",
		"STAKER_TEST_STEP_PAUSE="+pause.String())
	stderr, err := r.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(r.done)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			r.mu.Lock()
			r.log.WriteString(sc.Text() + "\n")
			r.mu.Unlock()
		}
		_, _ = io.Copy(io.Discard, stderr)
		_ = r.cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = r.cmd.Process.Signal(syscall.SIGCONT)
		_ = r.cmd.Process.Kill()
		<-r.done
		if t.Failed() {
			r.mu.Lock()
			t.Logf("%s's log:\n%s", r.name, r.log.String())
			r.mu.Unlock()
		}
	})
	return r
}

// failoverEnv is a Solana fake node, a PostgreSQL schema with a balance feed, NATS streams
// and two replica configurations that differ only in their audit logs.
type failoverEnv struct {
	st      store.Store
	sim     *solanasim.Sim
	configs [2]string
	first   allocator.Day
	days    int
	js      jetstream.JetStream
	stream  string
	export  string
}

func newFailoverEnv(t *testing.T, dsn string, days int) *failoverEnv {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	env := &failoverEnv{st: storetest.Open(t, dsn), days: days, export: filepath.Join(dir, "export")}

	env.sim = solanasim.New(solanasim.Config{FinalityDepth: 2})
	url, err := env.sim.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { env.sim.Close() })
	stop := make(chan struct{})
	ticked := make(chan struct{})
	go func() { // the chain makes blocks while the daemons run
		defer close(ticked)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				env.sim.AdvanceSlots(1)
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-ticked })

	seed := sha256.Sum256([]byte("failover custody"))
	ks, err := signer.OpenKeystore(filepath.Join(dir, "keys"), signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Import("sol-1", signer.Ed25519, seed[:], []byte("test passphrase")); err != nil {
		t.Fatal(err)
	}
	var owner, vote, node solanasim.Pubkey
	copy(owner[:], ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey))
	vote[0], node[0] = 7, 8
	env.sim.AddValidator(vote, node, 10, 1_000_000_000_000)
	env.sim.Fund(owner, 1_000_000_000_000)
	// The books know the funding: 1000 SOL in custody:hot.
	fund := storetest.Funding("SOL", "fund-1", 1_000_000_000_000)
	if _, _, err := env.st.Post(ctx, fund); err != nil {
		t.Fatal(err)
	}

	keyPath := filepath.Join(dir, "feed.key")
	if _, err := payout.CreateFeedKeyFile(keyPath, rand.Reader); err != nil {
		t.Fatal(err)
	}
	if env.js, err = jetstream.New(natstest.Conn(t)); err != nil {
		t.Fatal(err)
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	tag := "T" + strings.ToUpper(hex.EncodeToString(b[:]))
	env.stream = tag + "_PAYOUTS"
	t.Cleanup(func() {
		_ = env.js.DeleteStream(context.Background(), tag+"_PAYOUTS")
		_ = env.js.DeleteStream(context.Background(), tag+"_FEED")
	})

	today, _ := allocator.ParseDay(time.Now().UTC().Format(time.DateOnly))
	env.first = addDay(today, -days)
	if err := recordRunFeed(ctx, env.st, env.first, days); err != nil {
		t.Fatal(err)
	}
	for i := range env.configs {
		env.configs[i] = filepath.Join(dir, fmt.Sprintf("replica-%d.yaml", i))
		text := fmt.Sprintf(runConfig, dsn, filepath.Join(dir, "keys"), filepath.Join(dir, fmt.Sprintf("audit-%d.log", i)),
			env.first, keyPath, env.export, natstest.URL(), tag, strings.ToLower(tag), url, owner, vote, freeAddr(t))
		if err := os.WriteFile(env.configs[i], []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return env
}

// recordRunFeed records forty users' balances and activations for the days from first.
func recordRunFeed(ctx context.Context, st store.Store, first allocator.Day, days int) error {
	var acts []store.ActivationEvent
	var events []store.BalanceEvent
	for u := range 40 {
		id := fmt.Sprintf("user-%02d", u)
		acts = append(acts, store.ActivationEvent{ID: "act-" + id, User: id, At: first.Start().Add(-48 * time.Hour), Active: true})
		events = append(events, store.BalanceEvent{ID: "open-" + id, Token: "SOL", User: id,
			At: first.Start().Add(-time.Hour), Balance: money.NewAmount(int64(u+1) * 20_000_000_000)})
		for d := range days {
			events = append(events, store.BalanceEvent{ID: fmt.Sprintf("ev-%d-%s", d, id), Token: "SOL", User: id,
				At:      first.Start().Add(time.Duration(d)*24*time.Hour + time.Duration(u)*time.Minute),
				Balance: money.NewAmount(int64(u+d+1) * 20_000_000_000)})
		}
	}
	if _, err := st.RecordActivations(ctx, acts); err != nil {
		return err
	}
	_, err := st.RecordBalances(ctx, events)
	return err
}

// freeAddr is a loopback address with a port nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// waitUntil polls cond until it holds or the deadline passes.
func waitUntil(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// daysDone is how many days the cycle has completed.
func (env *failoverEnv) daysDone(t *testing.T) int {
	pos, ok, err := env.st.Cursor(context.Background(), "cycle/SOL")
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return 0
	}
	return int(pos-uint64(env.first.Start().Unix()/86400)) + 1
}

// checkOnce checks that every day went through each step once, its batch is stored and
// posted once and reached JetStream once, and that no intent made any transition twice.
func (env *failoverEnv) checkOnce(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	cycle := &daemon.Cycle{Books: env.st}
	for i := range env.days {
		day := addDay(env.first, i)
		phase, rec, _, err := cycle.Load(ctx, "SOL", day)
		if err != nil || phase != daemon.PhaseDone {
			t.Fatalf("%s: %s %v", day, phase, err)
		}
		trans, err := env.st.IntentTransitions(ctx, daemon.DayID("SOL", day))
		if err != nil || len(trans) != 6 {
			t.Errorf("%s: transitions %v %v", day, trans, err)
		}
		if _, err := env.st.BatchByKey(ctx, rec.BatchKey); err != nil {
			t.Errorf("%s: batch %s: %v", day, rec.BatchKey, err)
		}
		if _, err := os.Stat(filepath.Join(env.export, "SOL", day.String()+".json")); err != nil {
			t.Errorf("%s: export: %v", day, err)
		}
	}
	stream, err := env.js.Stream(ctx, env.stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if int(info.State.Msgs) != env.days {
		t.Errorf("JetStream holds %d batches, want one per day: %d", info.State.Msgs, env.days)
	}
	ids, err := env.st.IntentsIn(ctx, "SOL", []string{"planned", "awaiting-approval", "built", "signed", "broadcast", "confirmed", "finalized", "failed", "expired"})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		trans, err := env.st.IntentTransitions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, tr := range trans {
			if seen[tr] {
				t.Errorf("intent %s made %s twice: %v", id, tr, trans)
			}
			seen[tr] = true
		}
	}
	// The leader drives what is in flight every tick; give it the time a loaded machine needs.
	waitUntil(t, 60*time.Second, "a rebalance intent to be carried to finality", func() bool {
		finalized, err := env.st.IntentsIn(ctx, "SOL", []string{"finalized"})
		if err != nil {
			t.Fatal(err)
		}
		return len(finalized) > 0
	})
	violations, err := ledger.Check(ctx, env.st)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range violations {
		t.Errorf("invariant: %v", v)
	}
}

// TestRunFailoverKilled: two replicas on one PostgreSQL; the leader is killed mid-way
// through the catch-up; the standby takes over and finishes; nothing is done twice.
func TestRunFailoverKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	env := newFailoverEnv(t, storetest.PostgresDSN(t), 4)
	a := startReplica(t, "replica-a", env.configs[0], 150*time.Millisecond)
	waitUntil(t, 30*time.Second, "replica-a to lead", func() bool { return a.logged("leading") })
	b := startReplica(t, "replica-b", env.configs[1], 150*time.Millisecond)
	waitUntil(t, 60*time.Second, "replica-a to complete a day", func() bool { return env.daysDone(t) >= 1 })
	if err := a.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-a.done
	if done := env.daysDone(t); done >= env.days {
		t.Fatalf("replica-a finished all %d days before it was killed; the test proves nothing", done)
	}
	waitUntil(t, 60*time.Second, "replica-b to finish every day", func() bool { return env.daysDone(t) == env.days })
	if !b.logged("leading") {
		t.Fatal("replica-b finished the days without leading")
	}
	env.checkOnce(t)
}

// TestRunFailoverPaused: the leader is paused (SIGSTOP) past its lease; the standby takes
// over; when the old leader wakes it writes nothing and stands by.
func TestRunFailoverPaused(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	env := newFailoverEnv(t, storetest.PostgresDSN(t), 4)
	a := startReplica(t, "replica-a", env.configs[0], 150*time.Millisecond)
	waitUntil(t, 30*time.Second, "replica-a to lead", func() bool { return a.logged("leading") })
	b := startReplica(t, "replica-b", env.configs[1], 150*time.Millisecond)
	waitUntil(t, 60*time.Second, "replica-a to complete a day", func() bool { return env.daysDone(t) >= 1 })
	if err := a.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, 60*time.Second, "replica-b to lead", func() bool { return b.logged("leading") })
	if err := a.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, 60*time.Second, "replica-b to finish every day", func() bool { return env.daysDone(t) == env.days })
	waitUntil(t, 30*time.Second, "replica-a to notice it lost the lease", func() bool {
		return a.logged("lost the lease") || a.logged("lease renewal failed")
	})
	env.checkOnce(t)
}

// TestRunRefusesSecondSQLiteProcess: on SQLite one daemon runs at a time; a second one is
// refused with exit 2 and told why.
func TestRunRefusesSecondSQLiteProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	env := newFailoverEnv(t, storetest.SQLiteDSN(t), 1)
	a := startReplica(t, "replica-a", env.configs[0], 0)
	waitUntil(t, 30*time.Second, "replica-a to lead", func() bool { return a.logged("leading") })
	t.Setenv("STAKER_TEST_PASSPHRASE", "test passphrase")
	got := runStaker(t, "run", "--config", env.configs[1])
	if got.code != 2 || !strings.Contains(got.stderr, "another staker run uses this SQLite store") {
		t.Fatalf("second daemon: exit %d: %s", got.code, got.stderr)
	}
}
