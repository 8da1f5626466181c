package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/softstake/staker/store"
)

// intentTests are the conformance tests of durable intents.
var intentTests = []struct {
	name string
	run  func(t *testing.T, newDSN func(t testing.TB) string)
}{
	{"IntentLifecycle", testIntentLifecycle},
	{"IntentConcurrentAdvance", testIntentConcurrentAdvance},
	{"Cursors", testCursors},
}

func testIntentLifecycle(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	if _, _, err := s.LoadIntent(ctx, "x"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("load missing intent: %v", err)
	}
	for i, want := range []bool{true, false} {
		created, err := s.CreateIntent(ctx, "d1", "BNB", "planned", []byte(`{"n":1}`))
		if err != nil || created != want {
			t.Fatalf("create #%d = %v, %v; want %v", i, created, err, want)
		}
	}
	if ok, err := s.AdvanceIntent(ctx, "d1", "built", "signed", []byte(`{}`)); err != nil || ok {
		t.Fatalf("advance from the wrong state = %v, %v", ok, err)
	}
	if ok, err := s.AdvanceIntent(ctx, "d1", "planned", "built", []byte(`{"n":2}`)); err != nil || !ok {
		t.Fatalf("advance = %v, %v", ok, err)
	}
	state, data, err := s.LoadIntent(ctx, "d1")
	if err != nil || state != "built" || string(data) != `{"n":2}` {
		t.Fatalf("load = %s %s %v", state, data, err)
	}
	if _, err := s.CreateIntent(ctx, "d2", "BNB", "planned", []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateIntent(ctx, "s1", "SOL", "planned", []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	ids, err := s.IntentsIn(ctx, "BNB", []string{"planned", "built"})
	if err != nil || fmt.Sprint(ids) != "[d1 d2]" {
		t.Fatalf("open BNB intents %v, %v", ids, err)
	}
	if ids, err := s.IntentsIn(ctx, "BNB", []string{"finalized"}); err != nil || len(ids) != 0 {
		t.Fatalf("finalized intents %v, %v", ids, err)
	}
	if _, err := s.AdvanceIntent(ctx, "d1", "built", "signed", []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	if tr, err := s.IntentTransitions(ctx, "d1"); err != nil || fmt.Sprint(tr) != "[planned->built built->signed]" {
		t.Fatalf("transitions %v, %v", tr, err)
	}
}

func testIntentConcurrentAdvance(t *testing.T, newDSN func(t testing.TB) string) {
	dsn := newDSN(t)
	stores := []store.Store{Open(t, dsn), Open(t, dsn)}
	if _, err := stores[0].CreateIntent(context.Background(), "i", "SUI", "broadcast", []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ok, err := stores[i%2].AdvanceIntent(context.Background(), "i", "broadcast", "finalized", []byte(fmt.Sprintf(`{"by":%d}`, i)))
			if err != nil {
				t.Errorf("advance %d: %v", i, err)
			}
			if ok {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("%d advances from the same state won, want 1", wins)
	}
	if tr, _ := stores[0].IntentTransitions(context.Background(), "i"); len(tr) != 1 {
		t.Fatalf("transitions %v", tr)
	}
}

func testCursors(t *testing.T, newDSN func(t testing.TB) string) {
	ctx := context.Background()
	s := Open(t, newDSN(t))
	if _, ok, err := s.Cursor(ctx, "harvest/BNB"); err != nil || ok {
		t.Fatalf("new cursor = %v, %v", ok, err)
	}
	for _, pos := range []uint64{10, 10, 25} {
		if err := s.AdvanceCursor(ctx, "harvest/BNB", pos); err != nil {
			t.Fatalf("advance to %d: %v", pos, err)
		}
	}
	if err := s.AdvanceCursor(ctx, "harvest/BNB", 24); !errors.Is(err, store.ErrCursorBackwards) {
		t.Fatalf("moving back: %v", err)
	}
	if pos, ok, err := s.Cursor(ctx, "harvest/BNB"); err != nil || !ok || pos != 25 {
		t.Fatalf("cursor = %d %v %v", pos, ok, err)
	}
}
