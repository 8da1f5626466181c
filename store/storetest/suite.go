package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// Run runs the conformance suite against the backend whose fresh DSNs newDSN makes.
func Run(t *testing.T, newDSN func(t testing.TB) string) {
	tests := []struct {
		name string
		run  func(t *testing.T, newDSN func(t testing.TB) string)
	}{
		{"PostAndRead", testPostAndRead},
		{"IdempotentRepost", testIdempotentRepost},
		{"ConflictingRepost", testConflictingRepost},
		{"InsufficientFundsStoresNothing", testInsufficientFunds},
		{"InvalidStoresNothing", testInvalid},
		{"HugeAmounts", testHugeAmounts},
		{"ConcurrentSameKey", testConcurrentSameKey},
		{"ConcurrentNoOverdraft", testConcurrentNoOverdraft},
		{"Reopen", testReopen},
		{"NotFoundAndEmpty", testNotFoundAndEmpty},
		{"InvariantsCatchTampering", testInvariantsDetect},
	}
	tests = append(tests, signerTests...)
	tests = append(tests, sequenceTests...)
	tests = append(tests, intentTests...)
	tests = append(tests, leaseTests...)
	tests = append(tests, payoutTests...)

	tests = append(tests, balanceTests...)
	tests = append(tests, distributionTests...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.run(t, newDSN)
		})
	}
}

// Open opens the store at dsn and closes it when the test ends.
func Open(t testing.TB, dsn string) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", store.Redact(dsn), err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

// Funding returns a transaction moving amount base units of token from outside into
// custody:hot.
func Funding(token, key string, amount int64) ledger.Transaction {
	return ledger.Transaction{
		Token: token, Key: key, Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{
			{Account: ledger.CustodyHot, Amount: money.NewAmount(amount)},
			{Account: ledger.ExternalChain, Amount: money.NewAmount(-amount)},
		},
	}
}

// Transfer returns a transaction debiting to and crediting from by amount base units.
func Transfer(token, key string, reason ledger.Reason, from, to ledger.Account, amount int64) ledger.Transaction {
	return ledger.Transaction{
		Token: token, Key: key, Reason: reason,
		Postings: []ledger.Posting{
			{Account: to, Amount: money.NewAmount(amount)},
			{Account: from, Amount: money.NewAmount(-amount)},
		},
	}
}

// CheckInvariants fails the test on any violated ledger invariant.
func CheckInvariants(t testing.TB, s store.Store) {
	t.Helper()
	violations, err := ledger.Check(context.Background(), s)
	if err != nil {
		t.Fatalf("check invariants: %v", err)
	}
	for _, v := range violations {
		t.Errorf("invariant violated: %s", v)
	}
}

// WantBalances fails the test unless the token's non-zero stored balances are exactly want
// (account -> base units).
func WantBalances(t testing.TB, s store.Store, token string, want map[ledger.Account]string) {
	t.Helper()
	got, err := s.Balances(context.Background(), token)
	if err != nil {
		t.Fatal(err)
	}
	gotMap := map[ledger.Account]string{}
	for _, b := range got {
		if !b.Amount.IsZero() {
			gotMap[b.Account] = b.Amount.String()
		}
	}
	if fmt.Sprint(gotMap) != fmt.Sprint(want) {
		t.Fatalf("%s balances = %v, want %v", token, gotMap, want)
	}
}

func post(t testing.TB, s store.Store, tx ledger.Transaction) ledger.Transaction {
	t.Helper()
	stored, created, err := s.Post(context.Background(), tx)
	if err != nil {
		t.Fatalf("post %s: %v", tx.Key, err)
	}
	if !created {
		t.Fatalf("post %s: not created", tx.Key)
	}
	return stored
}

func testPostAndRead(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	v1, _ := ledger.Delegated("Vote111")
	funded := post(t, s, Funding("sol", "fund-1", 1000))
	if funded.ID == 0 || funded.Token != "SOL" || funded.Hash == "" || funded.PostedAt.IsZero() {
		t.Fatalf("stored transaction not filled in: %+v", funded)
	}
	post(t, s, Transfer("SOL", "delegate-1", ledger.ReasonDelegate, ledger.CustodyHot, v1, 600))
	post(t, s, ledger.Transaction{
		Token: "SOL", Key: "harvest-1", Reason: ledger.ReasonHarvest, Memo: "epoch 812",
		Postings: []ledger.Posting{
			{Account: v1, Amount: money.NewAmount(7)},
			{Account: ledger.RewardsReserve, Amount: money.NewAmount(-7)},
		},
	})
	WantBalances(t, s, "SOL", map[ledger.Account]string{
		ledger.CustodyHot: "400", v1: "607", ledger.ExternalChain: "1000", ledger.RewardsReserve: "7",
	})
	bal, err := s.Balance(ctx, "SOL", v1)
	if err != nil || bal.String() != "607" {
		t.Fatalf("Balance(%s) = %v, %v", v1, bal, err)
	}
	got, err := s.Transaction(ctx, "harvest-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Memo != "epoch 812" || got.Reason != ledger.ReasonHarvest || len(got.Postings) != 2 ||
		got.Hash != ledger.ContentHash(got) || !got.PostedAt.Equal(got.PostedAt.UTC()) {
		t.Fatalf("read back %+v", got)
	}
	var keys []string
	if err := s.EachTransaction(ctx, "SOL", func(tx ledger.Transaction) error {
		keys = append(keys, tx.Key)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(keys) != "[fund-1 delegate-1 harvest-1]" {
		t.Fatalf("transactions in order %v", keys)
	}
	stop := errors.New("stop")
	if err := s.EachTransaction(ctx, "SOL", func(ledger.Transaction) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("EachTransaction did not return the callback's error: %v", err)
	}
	CheckInvariants(t, s)
}

func testIdempotentRepost(t *testing.T, newDSN func(t testing.TB) string) {
	s := Open(t, newDSN(t))
	first := post(t, s, Funding("ADA", "fund", 50))
	// The same content in another posting order is the same transaction.
	again := Funding("ADA", "fund", 50)
	again.Postings[0], again.Postings[1] = again.Postings[1], again.Postings[0]
	for i := 0; i < 3; i++ {
		stored, created, err := s.Post(context.Background(), again)
		if err != nil || created || stored.ID != first.ID || stored.Hash != first.Hash {
			t.Fatalf("repost %d = %+v, %v, %v; want the first transaction, not created", i, stored, created, err)
		}
	}
	WantBalances(t, s, "ADA", map[ledger.Account]string{ledger.CustodyHot: "50", ledger.ExternalChain: "50"})
	CheckInvariants(t, s)
}

func testConflictingRepost(t *testing.T, newDSN func(t testing.TB) string) {
	s := Open(t, newDSN(t))
	post(t, s, Funding("ADA", "fund", 50))
	tests := []struct {
		name string
		give ledger.Transaction
	}{
		{"amount", Funding("ADA", "fund", 51)},
		{"token", Funding("SOL", "fund", 50)},
		{"memo", func() ledger.Transaction { tx := Funding("ADA", "fund", 50); tx.Memo = "x"; return tx }()},
		{"reason", func() ledger.Transaction {
			tx := Funding("ADA", "fund", 50)
			tx.Reason = ledger.ReasonCorrection
			tx.Memo = "m"
			return tx
		}()},
	}
	for _, tt := range tests {
		_, _, err := s.Post(context.Background(), tt.give)
		var conflict *ledger.ConflictError
		if !errors.As(err, &conflict) || !errors.Is(err, ledger.ErrIdempotencyConflict) || conflict.Key != "fund" {
			t.Errorf("%s: error = %v, want an idempotency conflict", tt.name, err)
		}
	}
	WantBalances(t, s, "ADA", map[ledger.Account]string{ledger.CustodyHot: "50", ledger.ExternalChain: "50"})
}

func testInsufficientFunds(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	post(t, s, Funding("BNB", "fund", 100))
	v, _ := ledger.Delegated("0xabc")
	// Three postings: the overdraft is on the last one, after others were written.
	tx := ledger.Transaction{Token: "BNB", Key: "overdraw", Reason: ledger.ReasonDelegate, Postings: []ledger.Posting{
		{Account: ledger.CustodyHot, Amount: money.NewAmount(-101)},
		{Account: v, Amount: money.NewAmount(100)},
		{Account: ledger.MustAccount("custody:unbonding"), Amount: money.NewAmount(1)},
	}}
	_, _, err := s.Post(ctx, tx)
	var insufficient *ledger.InsufficientFundsError
	if !errors.As(err, &insufficient) || insufficient.Account != ledger.CustodyHot ||
		insufficient.Balance.String() != "100" || insufficient.Change.String() != "-101" {
		t.Fatalf("error = %v, want insufficient funds on custody:hot with 100 and -101", err)
	}
	if _, err := s.Transaction(ctx, "overdraw"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("refused transaction was stored: %v", err)
	}
	WantBalances(t, s, "BNB", map[ledger.Account]string{ledger.CustodyHot: "100", ledger.ExternalChain: "100"})
	// The key is free to use once the funds are there.
	post(t, s, Funding("BNB", "fund-2", 1))
	post(t, s, tx)
	CheckInvariants(t, s)
}

func testInvalid(t *testing.T, newDSN func(t testing.TB) string) {
	s := Open(t, newDSN(t))
	tests := []struct {
		name string
		give ledger.Transaction
	}{
		{"unbalanced", ledger.Transaction{Token: "SOL", Key: "k", Reason: ledger.ReasonFunding, Postings: []ledger.Posting{
			{Account: ledger.CustodyHot, Amount: money.NewAmount(5)},
			{Account: ledger.ExternalChain, Amount: money.NewAmount(-4)},
		}}},
		{"unknown account", ledger.Transaction{Token: "SOL", Key: "k", Reason: ledger.ReasonFunding, Postings: []ledger.Posting{
			{Account: "custody:cold", Amount: money.NewAmount(5)},
			{Account: ledger.ExternalChain, Amount: money.NewAmount(-5)},
		}}},
		{"unknown token", Funding("DOGE", "k", 5)},
		{"no reason", func() ledger.Transaction { tx := Funding("SOL", "k", 5); tx.Reason = 0; return tx }()},
	}
	for _, tt := range tests {
		if _, _, err := s.Post(context.Background(), tt.give); !errors.Is(err, ledger.ErrInvalid) {
			t.Errorf("%s: error = %v, want ErrInvalid", tt.name, err)
		}
	}
	tokens, err := s.Tokens(context.Background())
	if err != nil || len(tokens) != 0 {
		t.Fatalf("invalid transactions left tokens %v, %v", tokens, err)
	}
}

func testHugeAmounts(t *testing.T, newDSN func(t testing.TB) string) {
	s := Open(t, newDSN(t))
	huge := new(big.Int).Lsh(big.NewInt(1), 250) // far beyond 64 and 128 bits
	a, _ := money.FromBig(huge)
	tx := ledger.Transaction{Token: "NEAR", Key: "huge", Reason: ledger.ReasonFunding, Postings: []ledger.Posting{
		{Account: ledger.CustodyHot, Amount: a},
		{Account: ledger.ExternalChain, Amount: a.Neg()},
	}}
	post(t, s, tx)
	tx.Key = "huge-2"
	post(t, s, tx)
	twice := new(big.Int).Lsh(huge, 1).String()
	WantBalances(t, s, "NEAR", map[ledger.Account]string{ledger.CustodyHot: twice, ledger.ExternalChain: twice})
	back, err := s.Transaction(context.Background(), "huge")
	if err != nil || !back.Postings[0].Amount.Abs().Equal(a) {
		t.Fatalf("read back %v, %v", back.Postings, err)
	}
	CheckInvariants(t, s)
}

func testConcurrentSameKey(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)} // two handles, as two processes would have
	const workers = 8
	var wg sync.WaitGroup
	results := make(chan bool, workers)
	ids := make(chan int64, workers)
	start := make(chan struct{})
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(s store.Store) {
			defer wg.Done()
			<-start
			stored, created, err := s.Post(context.Background(), Funding("SUI", "once", 10))
			if err != nil {
				t.Errorf("post: %v", err)
				return
			}
			results <- created
			ids <- stored.ID
		}(stores[i%2])
	}
	close(start)
	wg.Wait()
	close(results)
	close(ids)
	created := 0
	for c := range results {
		if c {
			created++
		}
	}
	var first int64
	for id := range ids {
		if first == 0 {
			first = id
		}
		if id != first {
			t.Errorf("posters saw different transactions %d and %d", first, id)
		}
	}
	if created != 1 {
		t.Fatalf("%d posters created the transaction, want exactly 1", created)
	}
	WantBalances(t, stores[0], "SUI", map[ledger.Account]string{ledger.CustodyHot: "10", ledger.ExternalChain: "10"})
	CheckInvariants(t, stores[0])
}

func testConcurrentNoOverdraft(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)}
	post(t, stores[0], Funding("TON", "fund", 100))
	v, _ := ledger.Delegated("EQpool")
	const workers = 40 // each moves 3: only 33 fit in 100
	var wg sync.WaitGroup
	var mu sync.Mutex
	ok, refused := 0, 0
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, _, err := stores[i%2].Post(context.Background(),
				Transfer("TON", fmt.Sprintf("move-%d", i), ledger.ReasonDelegate, ledger.CustodyHot, v, 3))
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				ok++
			case errors.Is(err, ledger.ErrInsufficientFunds):
				refused++
			default:
				t.Errorf("post %d: %v", i, err)
			}
		}(i)
	}
	wg.Wait()
	if ok != 33 || refused != workers-33 {
		t.Fatalf("%d moves stored and %d refused, want 33 and %d", ok, refused, workers-33)
	}
	WantBalances(t, stores[0], "TON", map[ledger.Account]string{ledger.CustodyHot: "1", v: "99", ledger.ExternalChain: "100"})
	CheckInvariants(t, stores[0])
}

func testReopen(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	when := time.Date(2026, 11, 20, 1, 2, 3, 456789000, time.UTC)
	s, err := store.Open(context.Background(), dsn, store.Options{Now: func() time.Time { return when }})
	if err != nil {
		t.Fatal(err)
	}
	post(t, s, Funding("ALGO", "fund", 5))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = Open(t, dsn) // migrations run again and find nothing to do
	got, err := s.Transaction(context.Background(), "fund")
	if err != nil || !got.PostedAt.Equal(when) {
		t.Fatalf("after reopen: %+v, %v (want posted at %s)", got, err, when)
	}
	WantBalances(t, s, "ALGO", map[ledger.Account]string{ledger.CustodyHot: "5", ledger.ExternalChain: "5"})
}

func testNotFoundAndEmpty(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	if _, err := s.Transaction(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Transaction(nope) error = %v", err)
	}
	if b, err := s.Balance(ctx, "SOL", ledger.CustodyHot); err != nil || !b.IsZero() {
		t.Fatalf("Balance on empty books = %v, %v", b, err)
	}
	if bs, err := s.Balances(ctx, "SOL"); err != nil || len(bs) != 0 {
		t.Fatalf("Balances on empty books = %v, %v", bs, err)
	}
	CheckInvariants(t, s)
}

// testInvariantsDetect proves the invariants can fail: it checks a view of the store whose
// stored balances disagree with the postings.
func testInvariantsDetect(t *testing.T, newDSN func(t testing.TB) string) {
	s := Open(t, newDSN(t))
	post(t, s, Funding("S", "fund", 5))
	violations, err := ledger.Check(context.Background(), skewed{s})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, v := range violations {
		names[v.Invariant] = true
	}
	if !names["balances-derived"] || !names["books-balance"] || !names["no-forbidden-negative"] {
		t.Fatalf("skewed books gave violations %v", violations)
	}
}

// skewed reports custody:hot as -1 whatever the store holds.
type skewed struct{ store.Store }

func (k skewed) Balances(ctx context.Context, token string) ([]ledger.Balance, error) {
	bs, err := k.Store.Balances(ctx, token)
	for i := range bs {
		if bs[i].Account == ledger.CustodyHot {
			bs[i].Amount = money.NewAmount(-1)
		}
	}
	return bs, err
}
