package api

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// The test's bearer tokens, one per role. None may ever appear in a log.
var testCredentials = []Credential{
	{Name: "ops-admin", Role: config.RoleAdmin, Secret: "s3cret-admin-7f1c2d"},
	{Name: "ops-1", Role: config.RoleOperator, Secret: "s3cret-operator-9a8b7c"},
	{Name: "treasury-1", Role: config.RoleTreasury, Secret: "s3cret-treasury-0d0e0f"},
	{Name: "payout-system", Role: config.RolePayouts, Secret: "s3cret-payouts-123456"},
	{Name: "dashboard", Role: config.RoleViewer, Secret: "s3cret-viewer-abcdef"},
}

func secretOf(role config.Role) string {
	for _, c := range testCredentials {
		if c.Role == role {
			return c.Secret
		}
	}
	panic("no credential of role " + role)
}

// The validator the fixture's pool delegates to.
const testValidator = "Vote111111111111111111111111111111111111111"

// approverKey is the fixture's one configured approver, from a fixed seed.
var approverKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testPools is the chain side the wiring would supply: fixed chain positions, with the
// books read from the real store, so reconciliation compares real ledger balances.
type testPools struct {
	st store.Store
}

func (p testPools) View(ctx context.Context, token string) (pool.Observation, pool.Plan, error) {
	if token != "SOL" {
		return pool.Observation{}, pool.Plan{}, &pool.ReadError{Token: token, Read: "validators",
			Err: fmt.Errorf("%w: node at https://rpc.example/?key=do-not-show timed out", chains.ErrRetryable)}
	}
	balances, err := p.st.Balances(ctx, token)
	if err != nil {
		return pool.Observation{}, pool.Plan{}, err
	}
	liquidAt := time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)
	obs := pool.Observation{
		State: pool.State{Owner: "CustodySo1", Liquid: sol("400"), Positions: []chains.Position{{
			Validator: testValidator, Bonded: sol("590"),
			Unbonding: []chains.Unbonding{{ID: "req-1", Amount: sol("2.5"), LiquidAt: liquidAt}},
		}}},
		Balances: balances, Hot: sol("400"),
	}
	plan := pool.Plan{
		Buffer: pool.BufferDecision{Target: sol("100"), Low: sol("80"), High: sol("120"), Forecast: sol("60"),
			Delegate: sol("300"), Why: "liquid 400 is above the high watermark 120: delegate the excess over the target"},
		Pool:    sol("900"),
		Targets: map[string]money.Amount{testValidator: sol("900")},
		Steps: []pool.Step{{Action: chains.Action{Kind: signer.ActionDelegate, Owner: "CustodySo1", Validator: testValidator,
			Amount: sol("300")}, Purpose: "buffer", Why: "delegate the buffer's excess"}},
		Notes: []string{"nothing to merge"},
	}
	return obs, plan, nil
}

func (p testPools) Validators(_ context.Context, token string) ([]chains.Validator, error) {
	if token != "SOL" {
		return nil, errors.New("no adapter for " + token)
	}
	return []chains.Validator{
		{ID: testValidator, Name: "Good Validator", CommissionBps: 500, Status: chains.ValidatorActive, TotalStake: sol("1000000"),
			Performance: chains.Performance{Produced: chains.Tally{Done: 98, Due: 100}, Window: "epoch 812"}},
		{ID: "VoteOther", Status: chains.ValidatorJailed, TotalStake: sol("5"), Performance: chains.Performance{Delinquent: true}},
	}, nil
}

func sol(units string) money.Amount {
	t, _ := money.Lookup("SOL")
	a, err := t.Parse(units)
	if err != nil {
		panic(err)
	}
	return a
}

func testToken(symbol, min, capacity string, fee uint32) *config.Token {
	t, err := money.Lookup(symbol)
	if err != nil {
		panic(err)
	}
	tok := &config.Token{Token: t, FeeBps: fee,
		Distribution: config.Distribution{Policy: config.PoolRate},
		Recognition:  config.Recognition{Policy: config.Smoothed, WindowDays: 7},
		Chain:        config.Chain{Name: t.Chain, Network: "devnet", Validators: []config.Validator{{ID: testValidator, Weight: 3}}}}
	if tok.Min, err = t.Parse(min); err != nil {
		panic(err)
	}
	if capacity != "" {
		if tok.Cap, err = t.Parse(capacity); err != nil {
			panic(err)
		}
	}
	return tok
}

// fixture is a server over a real store.
type fixture struct {
	st      store.Store
	srv     *Server
	logs    *syncBuffer
	metrics *Metrics
}

// testNow is the fixture's clock: 2026-11-23 09:00 UTC, so "yesterday" is 2026-11-22.
var testNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

func newFixture(t *testing.T, dsn string) *fixture {
	t.Helper()
	st := storetest.Open(t, dsn)
	logs := &syncBuffer{}
	f := &fixture{st: st, logs: logs, metrics: NewMetrics(0)}
	srv, err := New(Options{
		Store: st,
		Tokens: map[string]*config.Token{
			"SOL": testToken("SOL", "1", "5000", 1000),
			"ADA": testToken("ADA", "150", "", 500),
		},
		Credentials: testCredentials,
		Approvals: config.Approvals{Required: 2, Approvers: []config.Approver{
			{Name: "alice", PublicKey: fmt.Sprintf("%x", approverKey.Public())},
			{Name: "bob", PublicKey: strings.Repeat("ab", 32)},
		}},
		Pools: testPools{st}, Validators: testPools{st},
		Metrics: f.metrics,
		Logger:  slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Now:     func() time.Time { return testNow },
	})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = srv
	return f
}

// do sends a request with the role's token (none for role "") and returns the status and
// body.
func (f *fixture) do(t *testing.T, role config.Role, method, path, body string) (int, string, http.Header) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, rd)
	req.RemoteAddr = "192.0.2.7:41234"
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+secretOf(role))
	}
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String(), rec.Header()
}

// dayRecord returns a finished day's record with the given split figures.
func dayRecord(token, day string, distributable, sumEffective int64) daemon.DayRecord {
	at := time.Date(2026, 11, 21, 7, 0, 0, 0, time.UTC)
	return daemon.DayRecord{Token: token, Day: day, Users: 4, Eligible: 3,
		SumAvg: money.NewAmount(sumEffective + 5_000_000_000), SumEffective: money.NewAmount(sumEffective),
		Harvested: money.NewAmount(250_000_000), Reward: money.NewAmount(distributable + 30_000_000),
		Wanted: money.NewAmount(distributable + 30_000_000), RecognitionRule: daemon.RecognizeSmoothed,
		RecognitionWhy: "smoothed over 7 day(s)", Fee: money.NewAmount(25_000_000), Treasury: money.NewAmount(5_000_000),
		Distributable: money.NewAmount(distributable), BatchKey: "payout/" + token + "/" + day, BatchHash: "hash-" + day,
		PublishedAt: at, Steps: map[daemon.Phase]time.Time{daemon.PhaseDone: at}}
}

func storeDay(t *testing.T, st store.Store, phase daemon.Phase, rec daemon.DayRecord) {
	t.Helper()
	day, err := allocator.ParseDay(rec.Day)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	if created, err := st.CreateIntent(context.Background(), daemon.DayID(rec.Token, day), rec.Token, string(phase), data); err != nil || !created {
		t.Fatalf("store day %s %s: %v, %v", rec.Token, rec.Day, created, err)
	}
}

// testIntentID is the fixture's signing request waiting for approvals.
var testIntent = signer.Intent{Action: signer.ActionDelegate, Chain: "solana", ChainID: "devnet", From: "CustodySo1",
	To: testValidator, Token: "SOL", Amount: money.NewAmount(300_000_000_000), Nonce: "blockhash-1"}

var testIntentID = signer.IntentID("custody-sol", testIntent)

// seed stores the fixture's data: ledger transactions, eight finished days of SOL and one
// booked, users' distributions, pool intents, a pending approval and a payout batch.
func (f *fixture) seed(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	v, _ := ledger.Delegated(testValidator)
	for _, tx := range []ledger.Transaction{
		storetest.Funding("SOL", "fund-1", 1_000_000_000_000),
		storetest.Transfer("SOL", "delegate-1", ledger.ReasonDelegate, ledger.CustodyHot, v, 600_000_000_000),
	} {
		if _, _, err := f.st.Post(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	// 2026-11-14 .. 2026-11-21 done: distributable 0.2 + 0.001×i SOL on 1000 SOL effective
	// each day. The last seven give Σ 1.428 SOL on Σ 7000 SOL:
	// 1.428e9 / 7e12 × 365 × 10000 = 744.6 bps.
	for i := 0; i < 8; i++ {
		storeDay(t, f.st, daemon.PhaseDone, dayRecord("SOL", fmt.Sprintf("2026-11-%02d", 14+i), 200_000_000+int64(i)*1_000_000, 1_000_000_000_000))
	}
	// 2026-11-22 is booked but not done: it does not count toward the advertised APR.
	booked := dayRecord("SOL", "2026-11-22", 900_000_000, 1_000_000_000_000)
	booked.PublishedAt, booked.Steps = time.Time{}, map[daemon.Phase]time.Time{}
	storeDay(t, f.st, daemon.PhaseBooked, booked)

	rows := []store.Distribution{
		storetest.Distribution("SOL", "2026-11-20", "alice", 2_000_000_000_000, 400_000_000),
		{User: "bob", Avg: sol("7000"), Effective: sol("5000"), Reward: money.NewAmount(1_000_000_000), Standing: store.StandingCapped},
		{User: "carol", Avg: sol("0.5"), Standing: store.StandingBelowMinimum},
		{User: "dave", Avg: sol("30"), Standing: store.StandingInactive},
	}
	if err := f.st.SaveDistributions(ctx, "SOL", "2026-11-20", rows); err != nil {
		t.Fatal(err)
	}
	if err := f.st.SaveDistributions(ctx, "SOL", "2026-11-21", []store.Distribution{
		storetest.Distribution("SOL", "2026-11-21", "alice", 2_000_000_000_000, 400_000_001)}); err != nil {
		t.Fatal(err)
	}

	for _, in := range []struct {
		id    string
		state pool.IntentState
	}{{"rebalance/SOL/2026-11-20/1", pool.StatePlanned}, {"rebalance/SOL/2026-11-19/1", pool.StateFinalized}} {
		data, _ := json.Marshal(pool.Intent{ID: in.id, Token: "SOL", KeyID: "custody-sol",
			Action: chains.Action{Kind: signer.ActionDelegate, Owner: "CustodySo1", Validator: testValidator, Amount: sol("300")}})
		if _, err := f.st.CreateIntent(ctx, in.id, "SOL", string(pool.StatePlanned), data); err != nil {
			t.Fatal(err)
		}
		if in.state != pool.StatePlanned {
			if ok, err := f.st.AdvanceIntent(ctx, in.id, string(pool.StatePlanned), string(in.state), data); err != nil || !ok {
				t.Fatalf("advance %s: %v, %v", in.id, ok, err)
			}
		}
	}
	if err := f.st.RequestApproval(ctx, signer.PendingApproval{IntentID: testIntentID, KeyID: "custody-sol", Intent: testIntent,
		RequestedAt: time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.st.SaveBatch(ctx, storetest.Batch("SOL", "2026-11-20", "a")); err != nil {
		t.Fatal(err)
	}
}
