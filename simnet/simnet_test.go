package simnet_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/softstake/staker/chains"
	_ "github.com/softstake/staker/chains/all"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/simnet"
	"github.com/softstake/staker/store/storetest"
)

const passphrase = "simnet test passphrase"

var cheapKeys = signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1}

var (
	shared     *simnet.Network
	sharedDir  string
	sharedOnce sync.Once
	sharedErr  error
	startTook  time.Duration
)

// network starts the six chains once for every test of the package.
func network(t *testing.T) *simnet.Network {
	t.Helper()
	sharedOnce.Do(func() {
		sharedDir, sharedErr = mkdirTemp()
		if sharedErr != nil {
			return
		}
		began := time.Now()
		shared, sharedErr = simnet.Start(context.Background(), simnet.Options{Seed: 7, Dir: sharedDir, Passphrase: passphrase, Keystore: cheapKeys})
		startTook = time.Since(began)
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

// configOf is a whole configuration with every chain's token block.
func configOf(n *simnet.Network, dir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "version: 1\nsigner:\n  keystore: %s\n  passphrase: env:SIMNET_TEST_PASSPHRASE\n  allowlist_delay: 0s\ntokens:\n", filepath.Join(dir, "keys"))
	for _, c := range n.Chains {
		fmt.Fprintf(&b, "  %s:\n%s", c.Token().Symbol, c.ConfigYAML())
	}
	return b.String()
}

// adapterConfig turns a token's chain block into what the adapter factory takes, as the
// daemon's wiring does.
func adapterConfig(t *testing.T, tok *config.Token) chains.Config {
	t.Helper()
	ch := &tok.Chain
	cc := chains.Config{Chain: ch.Name, Token: tok.Token, Network: ch.Network, Settings: ch.DecodeSettings}
	if ch.ChainID != 0 {
		cc.ChainID = fmt.Sprint(ch.ChainID)
	}
	for _, e := range ch.Endpoints {
		cc.Endpoints = append(cc.Endpoints, chains.Endpoint{URL: e.URL, Header: http.Header{}})
	}
	for _, c := range ch.Custody {
		cc.Custody = append(cc.Custody, c.Address)
	}
	for _, v := range ch.Validators {
		cc.Validators = append(cc.Validators, v.ID)
	}
	return cc
}

func TestConfigParsesAndBuildsEveryAdapter(t *testing.T) {
	n := network(t)
	t.Logf("start took %s", startTook)
	if got := len(n.Chains); got != len(simnet.Symbols()) {
		t.Fatalf("%d chains, want %d", got, len(simnet.Symbols()))
	}
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	text := configOf(n, sharedDir)
	cfg, err := config.Parse([]byte(text), "simnet.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, text)
	}
	for _, c := range n.Chains {
		tok, ok := cfg.Token(c.Token().Symbol)
		if !ok {
			t.Fatalf("%s: not in the configuration", c.Token().Symbol)
		}
		a, err := chains.New(context.Background(), adapterConfig(t, tok), chains.Options{Sequences: st})
		if err != nil {
			t.Fatalf("%s: %v", c.Token().Symbol, err)
		}
		if _, err := a.Balance(context.Background(), c.Custody()); err != nil {
			t.Errorf("%s: custody balance: %v", c.Token().Symbol, err)
		}
	}
}

func mkdirTemp() (string, error) { return os.MkdirTemp("", "simnet-test-") }

func TestStartRefusesBadOptions(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		give simnet.Options
	}{
		{"no directory", simnet.Options{Passphrase: passphrase}},
		{"no passphrase", simnet.Options{Dir: t.TempDir()}},
		{"unknown token", simnet.Options{Dir: t.TempDir(), Passphrase: passphrase, Tokens: []string{"TON"}, Keystore: cheapKeys}},
		{"token twice", simnet.Options{Dir: t.TempDir(), Passphrase: passphrase, Tokens: []string{"SOL", "SOL"}, Keystore: cheapKeys}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n, err := simnet.Start(ctx, tt.give); err == nil {
				n.Close()
				t.Fatal("started")
			}
		})
	}
}

// TestAdvanceDayRefusesPartialAndPassedDays: days end a whole number of days after the
// start and move forward only; a refused day leaves the chain where it was.
func TestAdvanceDayRefusesPartialAndPassedDays(t *testing.T) {
	ctx := context.Background()
	n, err := simnet.Start(ctx, simnet.Options{Seed: 1, Dir: t.TempDir(), Passphrase: passphrase, Tokens: []string{"SOL"}, Keystore: cheapKeys})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	c := n.Chain("SOL")
	day := func(d float64) time.Time { return simnet.DefaultStart.Add(time.Duration(d * float64(24*time.Hour))) }
	if err := c.AdvanceDay(ctx, day(1.5)); err == nil {
		t.Error("advanced to the middle of a day")
	}
	if err := c.AdvanceDay(ctx, day(1)); err != nil {
		t.Fatal(err)
	}
	for _, d := range []float64{1, 0, -1} {
		if err := c.AdvanceDay(ctx, day(d)); err == nil {
			t.Errorf("advanced to day %v after day 1", d)
		}
	}
	if err := c.AdvanceDay(ctx, day(3)); err != nil {
		t.Errorf("skipping a day: %v", err)
	}
}
