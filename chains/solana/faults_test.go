package solana_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/chains/solana/solanasim"
	"github.com/softstake/staker/signer"
)

func (e *env) signed(t *testing.T, a chains.Action) chains.Signed {
	t.Helper()
	a.Owner = e.owner.String()
	u, err := e.adapter.Build(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return chainstest.Sign(t, e.fixture, u)
}

func TestRateLimitRetryAfter(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	// Fewer 429s than attempts: retried (waiting at most MaxRetryAfter), then answered.
	e.sim.Inject(solanasim.Fault{Method: "getSlot", Kind: solanasim.FaultRateLimit, Times: 2, RetryAfter: 30 * time.Second})
	start := time.Now()
	if _, err := e.adapter.Head(ctx); err != nil {
		t.Fatalf("Head after two 429s: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("Retry-After of 30 s was not capped: %s", d)
	}
	// As many as attempts: rate limited, carrying the node's wait.
	e.sim.Inject(solanasim.Fault{Method: "getSlot", Kind: solanasim.FaultRateLimit, Times: fastPolicy.MaxAttempts, RetryAfter: 7 * time.Second})
	_, err := e.adapter.Head(ctx)
	var rl *chains.RateLimitedError
	if chains.Classify(err) != chains.ClassRateLimited || !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
		t.Fatalf("Head after persistent 429: %v", err)
	}
	if n := e.sim.Calls("getSlot"); n != 2+1+fastPolicy.MaxAttempts {
		t.Fatalf("getSlot called %d times", n)
	}
}

func TestMalformedAndUnavailable(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	e.sim.Inject(solanasim.Fault{Method: "getVoteAccounts", Kind: solanasim.FaultMalformed})
	if _, err := e.adapter.Validators(ctx); chains.Classify(err) != chains.ClassRetryable {
		t.Fatalf("Validators on a cut body: %v (class %s), want retryable", err, chains.Classify(err))
	}
	e.sim.Inject(solanasim.Fault{Method: "getBlockProduction", Kind: solanasim.FaultMalformed})
	if _, err := e.adapter.Validators(ctx); chains.Classify(err) != chains.ClassRetryable || !strings.Contains(err.Error(), "block production") {
		t.Fatalf("Validators with block production cut: %v (class %s), want retryable", err, chains.Classify(err))
	}
	e.sim.Inject(solanasim.Fault{Method: "getProgramAccounts", Kind: solanasim.FaultUnavailable, Times: fastPolicy.MaxAttempts})
	if _, err := e.adapter.Positions(ctx, e.owner.String()); chains.Classify(err) != chains.ClassRetryable {
		t.Fatalf("Positions on 503: %v, want retryable", err)
	}
	if vs, err := e.adapter.Validators(ctx); err != nil || len(vs) != 3 {
		t.Fatalf("Validators once healthy: %d, %v", len(vs), err)
	}
}

// TestErrorAfterAccept: the node takes the transaction and answers 5xx every time. The
// outcome is unknown, never failed; the transaction lands once, and sending the same bytes
// again after it landed is a success.
func TestErrorAfterAccept(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	s := e.signed(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "1")})
	e.sim.Inject(solanasim.Fault{Method: "sendTransaction", Kind: solanasim.FaultErrorAfterAccept, Times: fastPolicy.MaxAttempts})
	ref, err := e.adapter.Broadcast(ctx, s)
	if chains.Classify(err) != chains.ClassUnknownOutcome {
		t.Fatalf("Broadcast answered 502 after acceptance: %v, want unknown outcome", err)
	}
	if st, err := e.adapter.Status(ctx, ref); err != nil || st.State != chains.StateUnknown {
		t.Fatalf("Status before the slot: %+v %v, want unknown (not failed, not expired)", st, err)
	}
	bal := e.sim.Balance(e.owner)
	st := chainstest.Await(t, e.fixture, ref)
	if st.State != chains.StateFinalized {
		t.Fatalf("status %+v", st)
	}
	for range 3 {
		if r, err := e.adapter.Broadcast(ctx, s); err != nil || r != ref {
			t.Fatalf("rebroadcast after landing: %+v %v", r, err)
		}
	}
	e.sim.AdvanceSlots(2)
	if got := bal - e.sim.Balance(e.owner); got != 1_000_000_000+2_282_880+5000 {
		t.Fatalf("custody paid %d: the delegation landed more or less than once", got)
	}
}

// TestExpiry: a transaction sent to nobody cannot land after its last valid block height;
// Status says expired only then, Broadcast refuses it with the nonce reason, and a build
// with the same key returns the same payload until then and a new one after.
func TestExpiry(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	act := chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.String(), Validator: e.good.String(), Amount: sol(t, "1"), Key: "intent-1"}
	u1, err := e.adapter.Build(ctx, act)
	if err != nil {
		t.Fatal(err)
	}
	s := chainstest.Sign(t, e.fixture, u1)
	if u1.Seq == 0 || s.Ref.Seq != u1.Seq {
		t.Fatalf("last valid height not carried: unsigned %d, ref %d", u1.Seq, s.Ref.Seq)
	}
	e.sim.AdvanceSlots(100)
	u2, err := e.adapter.Build(ctx, act)
	if err != nil || string(u2.Payload) != string(u1.Payload) {
		t.Fatalf("rebuild with the same key before expiry gave a different payload (%v)", err)
	}
	if st, err := e.adapter.Status(ctx, s.Ref); err != nil || st.State != chains.StateUnknown {
		t.Fatalf("status before expiry: %+v %v", st, err)
	}
	e.sim.AdvanceSlots(solanasim.MaxProcessingAge - 100 + 1)
	st, err := e.adapter.Status(ctx, s.Ref)
	if err != nil || st.State != chains.StateExpired {
		t.Fatalf("status after the last valid height: %+v %v, want expired", st, err)
	}
	if _, err := e.adapter.Broadcast(ctx, s); chains.ReasonOf(err) != chains.ReasonNonce {
		t.Fatalf("broadcast of an expired transaction: %v", err)
	}
	u3, err := e.adapter.Build(ctx, act)
	if err != nil || string(u3.Payload) == string(u1.Payload) || u3.Seq <= u1.Seq {
		t.Fatalf("rebuild after expiry: same payload or height (%v)", err)
	}
}

// TestLaggingNode: a node behind in slots neither moves Head backwards nor makes a fresh
// transaction look rejected.
func TestLaggingNode(t *testing.T) {
	e := setup(t, e0())
	ctx := context.Background()
	e.sim.AdvanceSlots(40)
	h1, err := e.adapter.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Inject(solanasim.Fault{Method: "getSlot", Kind: solanasim.FaultLag, Lag: 20})
	if h2, err := e.adapter.Head(ctx); err != nil || h2 < h1 {
		t.Fatalf("Head went from %d to %d (%v)", h1, h2, err)
	}
	s := e.signed(t, chains.Action{Kind: signer.ActionDelegate, Validator: e.good.String(), Amount: sol(t, "1")})
	e.sim.Inject(solanasim.Fault{Method: "sendTransaction", Kind: solanasim.FaultLag, Lag: 5})
	ref, err := e.adapter.Broadcast(ctx, s)
	if chains.Classify(err) != chains.ClassUnknownOutcome || !errors.Is(err, chains.ErrRetryable) {
		t.Fatalf("broadcast to a node that lacks the blockhash: %v, want unknown outcome, retryable", err)
	}
	if _, err := e.adapter.Broadcast(ctx, s); err != nil {
		t.Fatalf("rebroadcast to a healthy node: %v", err)
	}
	if st := chainstest.Await(t, e.fixture, ref); st.State != chains.StateFinalized {
		t.Fatalf("status %+v", st)
	}
}

func TestWrongGenesisRefused(t *testing.T) {
	e := setup(t, e0())
	_, err := chains.New(context.Background(), chains.Config{Chain: "solana", Token: e.token, Network: "mainnet",
		Endpoints: []chains.Endpoint{{URL: e.url}}}, chains.Options{Policy: fastPolicy})
	if chains.Classify(err) != chains.ClassFatal {
		t.Fatalf("mainnet adapter on a simulator genesis: %v", err)
	}
	sim := solanasim.New(solanasim.Config{GenesisHash: "5eykt4UsFv8P8NJdTREpY1vzqKqZKvdpKuc147dw2N9d"})
	url, _ := sim.Start()
	defer sim.Close()
	if _, err := chains.New(context.Background(), chains.Config{Chain: "solana", Token: e.token, Network: "mainnet",
		Endpoints: []chains.Endpoint{{URL: url}}}, chains.Options{Policy: fastPolicy}); err != nil {
		t.Fatalf("mainnet genesis: %v", err)
	}
}
