package store_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// The test binary doubles as the child process of the cross-process tests: with
// STAKER_STORE_HELPER set it runs one helper and exits instead of running tests.
func TestMain(m *testing.M) {
	if mode := os.Getenv("STAKER_STORE_HELPER"); mode != "" {
		if err := runHelper(mode, os.Getenv("STAKER_STORE_DSN")); err != nil {
			fmt.Fprintln(os.Stderr, "helper:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// spreadTx funds five validators in one transaction of six postings.
func spreadTx() ledger.Transaction {
	tx := ledger.Transaction{Token: "POL", Key: "spread", Reason: ledger.ReasonFunding,
		Postings: []ledger.Posting{{Account: ledger.ExternalChain, Amount: money.NewAmount(-500)}}}
	for i := 1; i <= 5; i++ {
		v, _ := ledger.Delegated(fmt.Sprintf("v%d", i))
		tx.Postings = append(tx.Postings, ledger.Posting{Account: v, Amount: money.NewAmount(100)})
	}
	return tx
}

func runHelper(mode, dsn string) error {
	ctx := context.Background()
	s, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	switch mode {
	case "post-same-key":
		// Wait for the parent's go, so both children post at once.
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			return err
		}
		stored, created, err := s.Post(ctx, storetest.Funding("SOL", "same-key", 42))
		if err != nil {
			return err
		}
		fmt.Printf("created=%t id=%d\n", created, stored.ID)
		return nil
	case "pause-in-post":
		at, err := strconv.Atoi(os.Getenv("STAKER_STORE_PAUSE_AT"))
		if err != nil {
			return err
		}
		store.SetPostingHook(func(written int) {
			if written == at {
				fmt.Println("paused")
				select {} // wait here for SIGKILL
			}
		})
		_, _, err = s.Post(ctx, spreadTx())
		return fmt.Errorf("post returned without pausing: %v", err)
	}
	return fmt.Errorf("unknown helper %q", mode)
}

func helper(t *testing.T, mode, dsn string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), append(env, "STAKER_STORE_HELPER="+mode, "STAKER_STORE_DSN="+dsn)...)
	cmd.Stderr = os.Stderr
	return cmd
}

// TestTwoProcessesSameKey: two processes post the same idempotency key at the same moment;
// exactly one ledger transaction results and both see it.
func TestTwoProcessesSameKey(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			dsn := b.DSN(t)
			s := storetest.Open(t, dsn) // migrate first so the children race on the post alone
			type child struct {
				cmd   *exec.Cmd
				stdin io.WriteCloser
				out   *strings.Builder
			}
			var children []child
			for i := 0; i < 2; i++ {
				c := child{cmd: helper(t, "post-same-key", dsn), out: &strings.Builder{}}
				c.cmd.Stdout = c.out
				var err error
				if c.stdin, err = c.cmd.StdinPipe(); err != nil {
					t.Fatal(err)
				}
				if err := c.cmd.Start(); err != nil {
					t.Fatal(err)
				}
				children = append(children, c)
			}
			time.Sleep(300 * time.Millisecond) // let both open their store before the go
			for _, c := range children {
				if _, err := io.WriteString(c.stdin, "go\n"); err != nil {
					t.Fatal(err)
				}
			}
			created := 0
			var ids []string
			for _, c := range children {
				if err := c.cmd.Wait(); err != nil {
					t.Fatalf("child: %v", err)
				}
				out := strings.TrimSpace(c.out.String())
				if strings.HasPrefix(out, "created=true") {
					created++
				}
				ids = append(ids, out[strings.Index(out, "id="):])
			}
			if created != 1 || ids[0] != ids[1] {
				t.Fatalf("children said %v (created %d times), want one creation of one transaction", ids, created)
			}
			n := 0
			if err := s.EachTransaction(context.Background(), "SOL", func(ledger.Transaction) error { n++; return nil }); err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Fatalf("%d transactions stored, want 1", n)
			}
			storetest.WantBalances(t, s, "SOL", map[ledger.Account]string{ledger.CustodyHot: "42", ledger.ExternalChain: "42"})
		})
	}
}

// TestKilledMidTransaction: a process killed with SIGKILL while writing a multi-posting
// transaction leaves none of it; killed right after the commit, all of it. Either way the
// books stay consistent and usable.
func TestKilledMidTransaction(t *testing.T) {
	tests := []struct {
		name    string
		pauseAt int  // postings written when the child is killed; -1 = after commit
		wantAll bool // whether the transaction must be there afterwards
	}{
		{name: "after first posting", pauseAt: 1},
		{name: "after four of six postings", pauseAt: 4},
		{name: "after last posting before commit", pauseAt: 6},
		{name: "after commit", pauseAt: -1, wantAll: true},
	}
	for _, b := range storetest.Backends() {
		for _, tt := range tests {
			t.Run(b.Name+"/"+tt.name, func(t *testing.T) {
				t.Parallel()
				dsn := b.DSN(t)
				cmd := helper(t, "pause-in-post", dsn, "STAKER_STORE_PAUSE_AT="+strconv.Itoa(tt.pauseAt))
				stdout, err := cmd.StdoutPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				line, err := bufio.NewReader(stdout).ReadString('\n')
				if err != nil || line != "paused\n" {
					_ = cmd.Process.Kill()
					t.Fatalf("child said %q, %v", line, err)
				}
				if err := cmd.Process.Kill(); err != nil {
					t.Fatal(err)
				}
				_ = cmd.Wait() // killed: the error is expected

				s := storetest.Open(t, dsn)
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				defer cancel()
				_, err = s.Transaction(ctx, "spread")
				switch {
				case tt.wantAll && err != nil:
					t.Fatalf("committed transaction lost: %v", err)
				case !tt.wantAll && !errors.Is(err, store.ErrNotFound):
					t.Fatalf("half-written transaction visible: %v", err)
				}
				want := map[ledger.Account]string{}
				if tt.wantAll {
					want[ledger.ExternalChain] = "500"
					for i := 1; i <= 5; i++ {
						v, _ := ledger.Delegated(fmt.Sprintf("v%d", i))
						want[v] = "100"
					}
				}
				storetest.WantBalances(t, s, "POL", want)
				// The same accounts take new postings: the dead writer holds no lock.
				stored, created, err := s.Post(ctx, spreadTx())
				if err != nil || created == tt.wantAll || len(stored.Postings) != 6 {
					t.Fatalf("post after kill = %v, %v", created, err)
				}
				storetest.CheckInvariants(t, s)
			})
		}
	}
}
