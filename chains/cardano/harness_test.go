package cardano

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"net/http"
	"testing"
	"time"

	"golang.org/x/crypto/blake2b"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/chains/cardano/cardanosim"
	"github.com/softstake/staker/chains/chainstest"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

const testNetwork = "localnet"

// cardanoSigner applies the signer's rule for cardano payloads (sign the BLAKE2b-256 of
// the body) in front of the in-memory test signer, which signs ed25519 payloads as given.
type cardanoSigner struct{ *chainstest.TestSigner }

func (s cardanoSigner) Sign(ctx context.Context, req signer.Request) (signer.Signature, error) {
	sum := blake2b.Sum256(req.Payload)
	req.Payload = sum[:]
	return s.TestSigner.Sign(ctx, req)
}

func testKey(name string) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte("cardano test key " + name))
	return ed25519.NewKeyFromSeed(seed[:])
}

func poolHash(b byte) cardanosim.Hash28 {
	var h cardanosim.Hash28
	for i := range h {
		h[i] = b ^ byte(i)
	}
	return h
}

// env is a simulated chain with pools, a funded custody owner and an adapter on it.
type env struct {
	sim     *cardanosim.Sim
	a       *Adapter
	signer  cardanoSigner
	fixture chainstest.Fixture
	owner   owner
	pool    string // active pool
	pool2   string // another active pool
	retired string
	payKey  ed25519.PrivateKey
	stkKey  ed25519.PrivateKey
}

type envOpts struct {
	twoKeys bool   // separate payment and stake keys
	fund    uint64 // lovelace at the buffer; 1000 ADA when zero
	policy  chains.RPCPolicy
}

var fastPolicy = chains.RPCPolicy{
	MaxAttempts: 3, WaitMin: time.Millisecond, WaitMax: 5 * time.Millisecond,
	MaxRetryAfter: 20 * time.Millisecond, AttemptTimeout: 5 * time.Second, CallTimeout: 20 * time.Second,
}

func newEnv(t *testing.T, o envOpts) *env {
	t.Helper()
	sim := cardanosim.New(cardanosim.Config{})
	sim.Start()
	t.Cleanup(sim.Close)
	e := &env{sim: sim, signer: cardanoSigner{chainstest.NewTestSigner()}, payKey: testKey("payment")}
	e.stkKey = e.payKey
	if o.twoKeys {
		e.stkKey = testKey("stake")
	}
	e.signer.AddEd25519("pay", e.payKey)
	e.signer.AddEd25519("stake", e.stkKey)
	e.pool = sim.AddPool(cardanosim.Pool{ID: poolHash(1), Ticker: "ALPHA", Name: "Alpha", MarginPPM: 20_000, FixedCost: 170_000_000, Pledge: 1e12, RatePPM: 600})
	e.pool2 = sim.AddPool(cardanosim.Pool{ID: poolHash(2), Ticker: "BETA", Name: "Beta", MarginPPM: 50_000, FixedCost: 340_000_000, Pledge: 1e11, RatePPM: 500})
	e.retired = sim.AddPool(cardanosim.Pool{ID: poolHash(3), Ticker: "GONE", Name: "Gone", RatePPM: 500})
	sim.RetirePool(poolHash(3))
	sim.AdvanceEpoch() // epoch 1: the retirement takes effect

	base, err := signer.CardanoBaseAddress(testNetwork, e.payKey.Public().(ed25519.PublicKey), e.stkKey.Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	if e.owner, err = parseOwner(base, 0); err != nil {
		t.Fatal(err)
	}
	fund := o.fund
	if fund == 0 {
		fund = 1000_000_000
	}
	if err := sim.Fund(e.owner.enterprise, fund); err != nil {
		t.Fatal(err)
	}
	policy := o.policy
	if policy.MaxAttempts == 0 {
		policy = fastPolicy
	}
	cfg := chains.Config{
		Chain: Name, Network: testNetwork,
		Endpoints: []chains.Endpoint{{URL: sim.URL(), Header: http.Header{"Project_id": {"test-project"}}}},
		Custody:   []string{base},
		Settings: func(into any) error {
			s := into.(*Settings)
			s.FinalityBlocks = 3
			return nil
		},
	}
	ad, err := chains.New(t.Context(), cfg, chains.Options{Policy: policy})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	e.a = ad.(*Adapter)
	e.fixture = chainstest.Fixture{
		Adapter: e.a, Signer: e.signer, KeyID: "pay", Owner: base, Validator: e.pool,
		Amount: money.NewAmount(100_000_000), Tolerance: money.Zero,
		DelegateExtra: money.NewAmountUint64(cardanosim.MainnetParams.KeyDeposit), // the first delegation registers the stake key
		Settle:        func(*testing.T) { sim.MakeBlock() },
		Accrue: func(*testing.T) {
			for range 6 {
				sim.AdvanceEpoch()
			}
		},
		Mature:       func(*testing.T) {},
		BadValidator: e.retired,
	}
	return e
}

// do builds, signs with every key the body needs, broadcasts and settles a, returning the
// final status.
func (e *env) do(t *testing.T, a chains.Action) (chains.TxStatus, chains.TxRef) {
	t.Helper()
	u, err := e.a.Build(t.Context(), a)
	if err != nil {
		t.Fatalf("Build %s: %v", a.Kind, err)
	}
	s := e.sign(t, u)
	ref, err := e.a.Broadcast(t.Context(), s)
	if err != nil {
		t.Fatalf("Broadcast %s: %v", a.Kind, err)
	}
	return chainstest.Await(t, e.fixture, ref), ref
}

// sign signs u with the keys its body requires.
func (e *env) sign(t *testing.T, u chains.Unsigned) chains.Signed {
	t.Helper()
	b, err := decodeBody(u.Payload)
	if err != nil {
		t.Fatal(err)
	}
	var sigs []signer.Signature
	for _, h := range b.signers {
		id := "pay"
		if h != e.owner.payment {
			id = "stake"
		}
		sig, err := e.signer.Sign(t.Context(), signer.Request{KeyID: id, Chain: u.Chain, Payload: u.Payload, Intent: u.Intent})
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, sig)
	}
	s, err := e.a.AttachWitnesses(u, sigs...)
	if err != nil {
		t.Fatalf("AttachWitnesses: %v", err)
	}
	return s
}

func TestChainstest(t *testing.T) {
	e := newEnv(t, envOpts{})
	chainstest.Run(t, e.fixture)
}
