package evm_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/evmtest"
	"github.com/softstake/staker/chains/evm/evmtest/mock"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// faultEnv is a BSC chain behind a fault-injecting proxy, with an adapter dialled through
// the proxy exactly as in production.
type faultEnv struct {
	chain   *evmtest.Chain
	proxy   *evmtest.FaultProxy
	adapter chains.Adapter
	seqs    *evmtest.Sequences
	f       chainstest.Fixture
	op      common.Address
}

func newFaultEnv(t testing.TB) *faultEnv {
	t.Helper()
	owner := evmtest.NewKey(t)
	c := evmtest.New(t, 56, types.GenesisAlloc{
		bsc.StakeHubAddress: {Code: evmtest.RuntimeCode(t, mock.MockStakeHubMetaData.Bin)},
		evmtest.Addr(owner): {Balance: evmtest.Eth(100)},
	})
	op := evmtest.Addr(evmtest.NewKey(t))
	c.Send(t, nil, bsc.StakeHubAddress, evmtest.Eth(100), mock.NewMockStakeHub().PackTestAddValidator(op, "alpha", 1000))
	p := evmtest.NewFaultProxy(t, c.URL)
	seqs := evmtest.NewSequences()
	token, _ := money.Lookup("BNB")
	a, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet", Endpoints: []chains.Endpoint{{URL: p.URL}}},
		chains.Options{Sequences: seqs, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.NewTestSigner()
	amount, _ := token.Parse("2")
	return &faultEnv{chain: c, proxy: p, adapter: a, seqs: seqs, op: op, f: chainstest.Fixture{
		Adapter: a, Signer: s, KeyID: "k", Owner: s.AddSecp256k1("k", owner), Validator: op.Hex(), Amount: amount,
		Settle: func(*testing.T) { c.Commit() }}}
}

func (e *faultEnv) signedDelegate(t *testing.T) chains.Signed {
	t.Helper()
	u, err := e.adapter.Build(context.Background(), chains.Action{Kind: signer.ActionDelegate, Owner: e.f.Owner, Validator: e.f.Validator, Amount: e.f.Amount})
	if err != nil {
		t.Fatal(err)
	}
	return chainstest.Sign(t, e.f, u)
}

// landedOnce: exactly one transaction of the owner is on chain, the store holds one hash for
// its nonce, and the stake is there once.
func (e *faultEnv) landedOnce(t *testing.T, ref chains.TxRef) {
	t.Helper()
	st := chainstest.Await(t, e.f, ref)
	if st.State != chains.StateFinalized {
		t.Fatalf("status %+v", st)
	}
	n, err := e.chain.Sim.Client().NonceAt(context.Background(), common.HexToAddress(e.f.Owner), nil)
	if err != nil || n != 1 {
		t.Errorf("owner's nonce %d (%v): want exactly one transaction", n, err)
	}
	sent, _ := e.seqs.SentWith(context.Background(), "56", ref.Sender, ref.Seq)
	if len(sent) != 1 || sent[0] != ref.ID {
		t.Errorf("store records %v for nonce %d, want only %s", sent, ref.Seq, ref.ID)
	}
	ps, err := e.adapter.Positions(context.Background(), e.f.Owner)
	if err != nil || len(ps) != 1 || !ps[0].Bonded.Equal(e.f.Amount) {
		t.Errorf("positions %+v (%v), want %s once", ps, err, e.f.Amount)
	}
}

func TestRateLimitWithHugeRetryAfter(t *testing.T) {
	e := newFaultEnv(t)
	ctx := context.Background()
	// Two 429s with Retry-After: 3600 are retried within the cap; the call succeeds at once.
	e.proxy.Next("eth_blockNumber", evmtest.TooMany, 2)
	start := time.Now()
	if _, err := e.adapter.Head(ctx); err != nil {
		t.Fatalf("Head through two 429s: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s: Retry-After was not capped", d)
	}
	// A limiter that never relents: rate limited, quickly, never a wrong answer.
	e.proxy.Always("eth_blockNumber", evmtest.TooMany)
	start = time.Now()
	_, err := e.adapter.Head(ctx)
	if c := chains.Classify(err); c != chains.ClassRateLimited {
		t.Errorf("persistent 429: class %s (%v)", c, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s", d)
	}
}

func TestRateLimitInside200(t *testing.T) {
	e := newFaultEnv(t)
	ctx := context.Background()
	e.proxy.Next("eth_call", evmtest.LimitInBody, 2)
	if _, err := e.adapter.Validators(ctx); err != nil {
		t.Fatalf("Validators through two -32005: %v", err)
	}
	e.proxy.Always("eth_call", evmtest.LimitInBody)
	_, err := e.adapter.Positions(ctx, e.f.Owner)
	if c := chains.Classify(err); c != chains.ClassRateLimited {
		t.Errorf("persistent -32005: class %s (%v), want rate-limited (never an empty position)", c, err)
	}
}

// TestBadGatewayAfterAccepted: the node takes the transaction, the gateway answers 502. The
// retried identical bytes are "already known": one transaction, one hash per nonce.
func TestBadGatewayAfterAccepted(t *testing.T) {
	e := newFaultEnv(t)
	s := e.signedDelegate(t)
	e.proxy.Next("eth_sendRawTransaction", evmtest.BadGatewayAfter, 1)
	ref, err := e.adapter.Broadcast(context.Background(), s)
	if err != nil {
		t.Fatalf("broadcast through one 502: %v", err)
	}
	if n := e.proxy.Forwarded("eth_sendRawTransaction"); n < 2 {
		t.Errorf("the send reached the node %d times, want the retry too", n)
	}
	e.landedOnce(t, ref)
}

// TestUnknownOutcomeIsNotFailure: every answer to the send is lost after the node took it.
// The outcome is unknown, not failed; Status finds it; sending again is the same bytes.
func TestUnknownOutcomeIsNotFailure(t *testing.T) {
	for _, f := range []evmtest.Fault{evmtest.BadGatewayAfter, evmtest.ResetMidBody} {
		t.Run(map[evmtest.Fault]string{evmtest.BadGatewayAfter: "502", evmtest.ResetMidBody: "reset"}[f], func(t *testing.T) {
			e := newFaultEnv(t)
			ctx := context.Background()
			s := e.signedDelegate(t)
			e.proxy.Always("eth_sendRawTransaction", f)
			ref, err := e.adapter.Broadcast(ctx, s)
			if c := chains.Classify(err); c != chains.ClassUnknownOutcome {
				t.Fatalf("class %s (%v), want unknown outcome", c, err)
			}
			if ref.ID != s.Ref.ID {
				t.Fatalf("ref %+v, signed %+v", ref, s.Ref)
			}
			st, err := e.adapter.Status(ctx, ref)
			if err != nil || st.State != chains.StatePending {
				t.Fatalf("status of the unknown send: %+v %v, want pending (the node has it)", st, err)
			}
			e.proxy.Clear()
			if _, err := e.adapter.Broadcast(ctx, s); err != nil {
				t.Fatalf("rebroadcast of the same bytes: %v", err)
			}
			e.landedOnce(t, ref)
		})
	}
}

// TestNoSecondBytesForANonce: a different transaction built for the same intent key gets the
// same nonce and is refused at broadcast; only a fee-bumped replacement may follow.
func TestNoSecondBytesForANonce(t *testing.T) {
	e := newFaultEnv(t)
	ctx := context.Background()
	act := chains.Action{Kind: signer.ActionDelegate, Owner: e.f.Owner, Validator: e.f.Validator, Amount: e.f.Amount, Key: "intent-1"}
	u1, err := e.adapter.Build(ctx, act)
	if err != nil {
		t.Fatal(err)
	}
	s1 := chainstest.Sign(t, e.f, u1)
	if _, err := e.adapter.Broadcast(ctx, s1); err != nil {
		t.Fatal(err)
	}
	act.Amount, _ = act.Amount.Add(money.NewAmount(1))
	u2, err := e.adapter.Build(ctx, act)
	if err != nil {
		t.Fatal(err)
	}
	if u2.Seq != u1.Seq {
		t.Fatalf("same key, nonces %d and %d", u1.Seq, u2.Seq)
	}
	_, err = e.adapter.Broadcast(ctx, chainstest.Sign(t, e.f, u2))
	if chains.ReasonOf(err) != chains.ReasonNonce {
		t.Fatalf("different bytes for a used nonce: %v", err)
	}
	r, ok := e.adapter.(chains.Replacer)
	if !ok {
		t.Fatal("EVM adapters replace")
	}
	u3, err := r.Replace(ctx, s1)
	if err != nil {
		t.Fatal(err)
	}
	if u3.Seq != u1.Seq || u3.Replaces != s1.Ref.ID {
		t.Fatalf("replacement %+v", u3)
	}
	s3 := chainstest.Sign(t, e.f, u3)
	ref, err := e.adapter.Broadcast(ctx, s3)
	if err != nil {
		t.Fatalf("replacement: %v", err)
	}
	st := chainstest.Await(t, e.f, ref)
	if st.State != chains.StateFinalized {
		t.Fatalf("replacement status %+v", st)
	}
	old, err := e.adapter.Status(ctx, s1.Ref)
	if err != nil || old.State != chains.StateExpired {
		t.Errorf("replaced transaction: %+v %v, want expired", old, err)
	}
}

func TestHeightNeverGoesBackwards(t *testing.T) {
	e := newFaultEnv(t)
	ctx := context.Background()
	for range 3 {
		e.chain.Commit()
	}
	h1, err := e.adapter.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.proxy.Always("eth_blockNumber", evmtest.StaleHeight)
	h2, err := e.adapter.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h2 < h1 {
		t.Errorf("head went from %d back to %d", h1, h2)
	}
	// A transaction included while the node lags still counts confirmations from the
	// highest height seen, never a negative number.
	ref, err := e.adapter.Broadcast(ctx, e.signedDelegate(t))
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Commit()
	st, err := e.adapter.Status(ctx, ref)
	if err != nil || st.Confirmations == 0 || st.Confirmations > 1<<32 {
		t.Errorf("status while the node lags: %+v %v", st, err)
	}
}

// TestGapFilled: a nonce reserved for an action that is never sent stalls the next one until
// a filler consumes it.
func TestGapFilled(t *testing.T) {
	e := newFaultEnv(t)
	ctx := context.Background()
	abandoned, err := e.adapter.Build(ctx, chains.Action{Kind: signer.ActionDelegate, Owner: e.f.Owner, Validator: e.f.Validator, Amount: e.f.Amount})
	if err != nil {
		t.Fatal(err)
	}
	next := e.signedDelegate(t)
	ref, err := e.adapter.Broadcast(ctx, next)
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Commit()
	if st, _ := e.adapter.Status(ctx, ref); st.State != chains.StatePending {
		t.Fatalf("behind a gap: %+v, want pending", st)
	}
	u, err := e.adapter.(chains.GapFiller).Fill(ctx, e.f.Owner, abandoned.Seq)
	if err != nil {
		t.Fatal(err)
	}
	if u.Intent.Action != signer.ActionTransfer || !u.Intent.Amount.IsZero() || u.Intent.To != e.f.Owner || u.Seq != abandoned.Seq {
		t.Fatalf("filler intent %+v seq %d", u.Intent, u.Seq)
	}
	fill, err := e.adapter.Broadcast(ctx, chainstest.Sign(t, e.f, u))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []chains.TxRef{fill, ref} {
		if st := chainstest.Await(t, e.f, r); st.State != chains.StateFinalized {
			t.Errorf("%s: %+v", r.ID, st)
		}
	}
	if _, err := e.adapter.(chains.GapFiller).Fill(ctx, e.f.Owner, abandoned.Seq); chains.ReasonOf(err) != chains.ReasonNonce {
		t.Errorf("filling a used nonce: %v", err)
	}
}

func TestEndpointHeaderSent(t *testing.T) {
	e := newFaultEnv(t)
	token, _ := money.Lookup("BNB")
	h := http.Header{}
	h.Set("X-Api-Key", "k-123")
	a, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet",
		Endpoints: []chains.Endpoint{{URL: e.proxy.URL, Header: h}}}, chains.Options{Sequences: e.seqs, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Head(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := e.proxy.LastHeader("X-Api-Key"); got != "k-123" {
		t.Errorf("api key header %q", got)
	}
}

// TestFailover: a dead first endpoint and one answering 502 are skipped; each endpoint gets
// only its own headers.
func TestFailover(t *testing.T) {
	e := newFaultEnv(t)
	dead := evmtest.NewFaultProxy(t, "http://127.0.0.1:1")
	token, _ := money.Lookup("BNB")
	h1, h2 := http.Header{}, http.Header{}
	h1.Set("X-Api-Key", "first")
	h2.Set("X-Other-Key", "second")
	a, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet",
		Endpoints: []chains.Endpoint{{URL: dead.URL, Header: h1}, {URL: e.proxy.URL, Header: h2}}},
		chains.Options{Sequences: e.seqs, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatalf("dial with a dead first endpoint: %v", err)
	}
	if _, err := a.Validators(context.Background()); err != nil {
		t.Fatal(err)
	}
	if e.proxy.LastHeader("X-Api-Key") != "" || e.proxy.LastHeader("X-Other-Key") != "second" {
		t.Errorf("headers at the second endpoint: %q %q", e.proxy.LastHeader("X-Api-Key"), e.proxy.LastHeader("X-Other-Key"))
	}
}

// TestWaitPollsReceipts: Wait polls at the configured interval until the transaction is final.
func TestWaitPollsReceipts(t *testing.T) {
	e := newFaultEnv(t)
	token, _ := money.Lookup("BNB")
	a, err := chains.New(context.Background(), chains.Config{Chain: "bsc", Token: token, Network: "mainnet",
		Endpoints: []chains.Endpoint{{URL: e.proxy.URL}},
		Settings: func(v any) error {
			s := v.(*bsc.Settings)
			s.ReceiptPoll, s.FinalityDepth = 10*time.Millisecond, 2
			return nil
		}}, chains.Options{Sequences: e.seqs, Policy: evmtest.FastPolicy})
	if err != nil {
		t.Fatal(err)
	}
	eng := a.(*bsc.Adapter).Engine
	ref, err := a.Broadcast(context.Background(), e.signedDelegate(t))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range 3 {
			time.Sleep(30 * time.Millisecond)
			e.chain.Commit()
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	st, err := eng.Wait(ctx, ref)
	<-done
	if err != nil || st.State != chains.StateFinalized || st.Confirmations < 2 {
		t.Fatalf("Wait: %+v %v", st, err)
	}
}
