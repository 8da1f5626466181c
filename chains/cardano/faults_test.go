package cardano

import (
	"errors"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/cardano/cardanosim"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func (e *env) signedDelegate(t *testing.T) (chains.Signed, chains.Unsigned) {
	t.Helper()
	u, err := e.a.Build(t.Context(), chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(100_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	return e.sign(t, u), u
}

func TestRateLimits(t *testing.T) {
	e := newEnv(t, envOpts{})
	ctx := t.Context()
	// Two 429s asking for an hour each: the client waits its capped 20 ms and succeeds.
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultRateLimit, Path: "/blocks/latest", Times: 2, RetryAfter: 3600})
	start := time.Now()
	if _, err := e.a.Head(ctx); err != nil {
		t.Fatalf("Head through two 429s: %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Head waited %s: Retry-After not capped", d)
	}
	// More 429s than tries: rate limited, with the server's wait reported.
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultRateLimit, Path: "/pools", Times: 3, RetryAfter: 7})
	_, err := e.a.Validators(ctx)
	var rl *chains.RateLimitedError
	if c := chains.Classify(err); c != chains.ClassRateLimited || !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
		t.Errorf("Validators under a rate limit: class %s, %v", c, err)
	}
	// 5xx before handling: retryable.
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultUnavailable, Path: "/accounts", Times: 3})
	_, err = e.a.Positions(ctx, e.owner.base)
	if c := chains.Classify(err); c != chains.ClassRetryable {
		t.Errorf("Positions on a down node: class %s, %v", c, err)
	}
	// A rate-limited submission was not handled: it says so, and the chain has nothing.
	s, _ := e.signedDelegate(t)
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultRateLimit, Path: "/tx/submit", Times: 3, RetryAfter: 1})
	_, err = e.a.Broadcast(ctx, s)
	if c := chains.Classify(err); c != chains.ClassRateLimited {
		t.Errorf("Broadcast rate limited: class %s, %v", c, err)
	}
	if e.sim.Mempool() != 0 {
		t.Error("a rate-limited submission reached the mempool")
	}
}

func TestErrorAfterAcceptance(t *testing.T) {
	e := newEnv(t, envOpts{})
	ctx := t.Context()
	s, _ := e.signedDelegate(t)
	// Every try is handled (the first enters the mempool) and answered 502: the lookup
	// finds the transaction, so the broadcast succeeded.
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultErrorAfter, Path: "/tx/submit", Times: 3})
	ref, err := e.a.Broadcast(ctx, s)
	if err != nil || ref != s.Ref {
		t.Fatalf("Broadcast behind 502s: %+v, %v", ref, err)
	}
	if e.sim.Mempool() != 1 {
		t.Fatalf("mempool holds %d", e.sim.Mempool())
	}
	if st, _ := e.a.Status(ctx, ref); st.State != chains.StatePending {
		t.Errorf("in the mempool: %s", st.State)
	}
	// Sending the same bytes again is fine.
	if again, err := e.a.Broadcast(ctx, s); err != nil || again != ref {
		t.Errorf("rebroadcast: %+v, %v", again, err)
	}
	mustFinal(t, "delegate", awaitRef(t, e, ref))

	// When the lookup fails too, the outcome is unknown, never failed; Status resolves it.
	s2 := e.tamperlessUndelegate(t)
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultErrorAfter, Path: "/tx/submit", Times: 3})
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultUnavailable, Path: "/txs/", Times: 3})
	_, err = e.a.Broadcast(ctx, s2)
	var uo *chains.UnknownOutcomeError
	if chains.Classify(err) != chains.ClassUnknownOutcome || !errors.As(err, &uo) || uo.TxID != s2.Ref.ID {
		t.Fatalf("Broadcast with lookups down: %v, want an unknown outcome", err)
	}
	st := awaitRef(t, e, s2.Ref)
	mustFinal(t, "undelegate after an unknown outcome", st)

	// A submission answer cut mid-JSON: accepted, and found.
	s3 := e.tamperlessUndelegate(t)
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultMalformed, Path: "/tx/submit"})
	if ref, err := e.a.Broadcast(ctx, s3); err != nil || ref != s3.Ref {
		t.Errorf("Broadcast with a cut answer: %+v, %v", ref, err)
	}
	mustFinal(t, "undelegate", awaitRef(t, e, s3.Ref))
	if got := e.sim.Balance(e.owner.base); got != 100_000_000-2*10_000_000 {
		t.Errorf("base address %d: a transaction landed twice or not at all", got)
	}
}

func (e *env) tamperlessUndelegate(t *testing.T) chains.Signed {
	t.Helper()
	u, err := e.a.Build(t.Context(), chains.Action{Kind: signer.ActionUndelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(10_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	return e.sign(t, u)
}

func TestMalformedAndLag(t *testing.T) {
	e := newEnv(t, envOpts{})
	ctx := t.Context()
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultMalformed, Path: "/blocks/latest"})
	if _, err := e.a.Head(ctx); chains.Classify(err) != chains.ClassRetryable {
		t.Errorf("Head on malformed JSON: class %s, %v", chains.Classify(err), err)
	}
	e.sim.Inject(cardanosim.Fault{Kind: cardanosim.FaultMalformed, Path: "/accounts/"})
	if _, err := e.a.Rewards(ctx, e.owner.base, chains.Window{From: 0, To: 100}); chains.Classify(err) != chains.ClassRetryable {
		t.Errorf("Rewards on malformed JSON: class %s, %v", chains.Classify(err), err)
	}
	for range 5 {
		e.sim.MakeBlock()
	}
	h1, err := e.a.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.SetLag(4)
	if h2, err := e.a.Head(ctx); err != nil || h2 < h1 {
		t.Errorf("Head behind a lagging node: %d (was %d), %v", h2, h1, err)
	}
	// Expiry is only claimed from a tip past the TTL: a lagging tip cannot prove it.
	_, u := e.signedDelegate(t)
	ref := chains.TxRef{ID: (func() string { s := e.sign(t, u); return s.Ref.ID })(), Seq: u.Seq}
	if st, err := e.a.Status(ctx, ref); err != nil || st.State != chains.StateUnknown {
		t.Errorf("never sent, TTL ahead: %+v, %v", st, err)
	}
	e.sim.SetLag(0)
	e.sim.AdvanceEpoch()
	e.sim.SetLag(1) // the node answering is one block behind: still before the TTL
	if st, err := e.a.Status(ctx, ref); err != nil || st.State != chains.StateUnknown {
		t.Errorf("lagging tip before the TTL: %+v, %v", st, err)
	}
	e.sim.SetLag(0)
	if st, err := e.a.Status(ctx, ref); err != nil || st.State != chains.StateExpired {
		t.Errorf("tip past the TTL, never sent: %+v, %v", st, err)
	}
}
