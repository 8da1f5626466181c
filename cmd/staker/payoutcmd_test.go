package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/payout"
)

func TestPayoutCommands(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "feed.key")
	gen := runStaker(t, "payout", "keygen", "--out", keyFile)
	if gen.code != 0 || !strings.Contains(gen.stdout, "created feed key ed25519:") {
		t.Fatalf("keygen = %d\n%s%s", gen.code, gen.stdout, gen.stderr)
	}
	seed, err := os.ReadFile(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(keyFile); fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v", fi.Mode())
	}
	if strings.Contains(gen.stdout+gen.stderr, strings.TrimSpace(string(seed))) {
		t.Fatal("keygen printed the private key")
	}
	key, err := payout.ReadFeedKeyFile(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	pub := hex.EncodeToString(key.Public())
	if !strings.Contains(gen.stdout, "public key: "+pub) {
		t.Fatalf("keygen did not print the public key %s:\n%s", pub, gen.stdout)
	}

	sb, err := payout.Sign(payout.Batch{
		Key: "payout/SOL/2026-11-20", Token: "SOL", Day: "2026-11-20",
		Totals: payout.Totals{Reward: money.NewAmount(100), Fee: money.NewAmount(10), Treasury: money.NewAmount(40),
			Distributable: money.NewAmount(50), SumEffective: money.NewAmount(1000), Lines: 2, FeeBps: 1000, Policy: "pool_rate"},
		Lines: []payout.Line{{User: "alice", Amount: money.NewAmount(30)}, {User: "bob", Amount: money.NewAmount(20)}},
	}, key)
	if err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.json")
	data, _ := sb.MarshalJSON()
	if err := os.WriteFile(good, data, 0o600); err != nil {
		t.Fatal(err)
	}
	tampered := filepath.Join(dir, "tampered.json")
	if err := os.WriteFile(tampered, bytes.Replace(data, []byte(`"amount":"30"`), []byte(`"amount":"31"`), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	otherPub := hex.EncodeToString(ed25519.NewKeyFromSeed(make([]byte, 32)).Public().(ed25519.PublicKey))

	tests := []struct {
		name     string
		give     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{name: "verify", give: []string{"payout", "verify", good, "--public-key", pub}, wantOut: "ok: payout/SOL/2026-11-20, 2 lines, reward 100, manifest hash " + sb.ManifestHash},
		{name: "tampered", give: []string{"payout", "verify", tampered, "--public-key", pub}, wantCode: 2, wantErr: "the lines add up to 51, distributable is 50"},
		{name: "another key", give: []string{"payout", "verify", good, "--public-key", otherPub}, wantCode: 2, wantErr: "signed by another feed key"},
		{name: "bad public key", give: []string{"payout", "verify", good, "--public-key", "xyz"}, wantCode: 2, wantErr: "--public-key: bad feed key"},
		{name: "no public key", give: []string{"payout", "verify", good}, wantCode: 2, wantErr: "missing --public-key"},
		{name: "not a batch", give: []string{"payout", "verify", keyFile, "--public-key", pub}, wantCode: 2, wantErr: "malformed payout batch"},
		{name: "missing file", give: []string{"payout", "verify", filepath.Join(dir, "none.json"), "--public-key", pub}, wantCode: 2, wantErr: "no such file"},
		{name: "keygen over a key", give: []string{"payout", "keygen", "--out", keyFile}, wantCode: 2, wantErr: "already exists; keygen never replaces a key file"},
		{name: "keygen without --out", give: []string{"payout", "keygen"}, wantCode: 2, wantErr: "missing --out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runStaker(t, tt.give...)
			if got.code != tt.wantCode || !strings.Contains(got.stdout, tt.wantOut) || !strings.Contains(got.stderr, tt.wantErr) {
				t.Fatalf("staker %v = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
					tt.give, got.code, got.stdout, got.stderr, tt.wantCode, tt.wantOut, tt.wantErr)
			}
		})
	}
	if again, _ := os.ReadFile(keyFile); !bytes.Equal(again, seed) {
		t.Fatal("keygen replaced the key file")
	}
}
