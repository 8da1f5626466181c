package payout

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/holiman/uint256"
	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

func TestFromAllocationWorkedExample(t *testing.T) {
	b := workedExample(t)
	want, err := os.ReadFile("testdata/sol-2025-03-01.canonical")
	if err != nil {
		t.Fatal(err)
	}
	if got := AppendCanonical(nil, b); string(got) != string(want) {
		t.Fatalf("canonical form:\n%s\nwant:\n%s", got, want)
	}
	sum := sha256.Sum256(want)
	if got := ManifestHash(b); got != hex.EncodeToString(sum[:]) {
		t.Fatalf("ManifestHash = %s, want the SHA-256 of the golden form %x", got, sum)
	}
	// The README quotes this hash so that other implementations can check theirs.
	if got := ManifestHash(b); got != "0c33606e3d9c05f9111694689fac1a601e8663f0925d0b735ecc129fe5d25355" {
		t.Fatalf("manifest hash of the worked example is %s, README.md says otherwise", got)
	}
}

func TestFromAllocationSkipsZeroAndSorts(t *testing.T) {
	var hs []allocator.Holding
	for _, u := range []string{"u10", "u9", "u1", "idle", "b"} {
		h := allocator.Holding{User: u, Eligible: u != "idle"}
		h.Avg.SetUint64(1000)
		hs = append(hs, h)
	}
	p := allocator.Params{Reward: money.NewAmount(7), Policy: allocator.Redistribute}
	b := mustBatch(t, hs, p, "2026-11-20")
	var users []string
	for _, l := range b.Lines {
		users = append(users, l.User)
	}
	if got, want := len(users), 4; got != want || users[0] != "b" || users[1] != "u1" || users[2] != "u10" || users[3] != "u9" {
		t.Fatalf("lines for %v, want b u1 u10 u9 (byte order, no idle user)", users)
	}
	if b.Key != "payout/SOL/2026-11-20" || b.Totals.Lines != 4 || b.Totals.Policy != "redistribute" {
		t.Fatalf("batch header %q %+v", b.Key, b.Totals)
	}
	// A reward too small for everyone: users with a zero reward get no line.
	p.Reward = money.NewAmount(2)
	if b := mustBatch(t, hs, p, "2026-11-20"); len(b.Lines) != 2 || b.Totals.Lines != 2 {
		t.Fatalf("2 units over 4 users: %d lines, want 2", len(b.Lines))
	}
}

func TestFromAllocationRefuses(t *testing.T) {
	tok, _ := money.Lookup("SOL")
	day, _ := allocator.ParseDay("2026-11-20")
	tests := []struct {
		name     string
		giveUser string
		giveP    func(p allocator.Params) allocator.Params
		wantErr  string
	}{
		{"control character in a user id", "bad\nuser", nil, `user "bad\nuser" has a control character at byte 3`},
		{"invalid UTF-8 user id", "bad\xffuser", nil, "not valid UTF-8 at byte 3"},
		{"C1 control character", "bad\u0085", nil, "control character at byte 3"},
		{"params of another split", "ok", func(p allocator.Params) allocator.Params { p.Reward = money.NewAmount(99); return p }, "the split's reward 100 is not the parameters' 99"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := allocator.Holding{User: tt.giveUser, Eligible: true}
			h.Avg.SetUint64(10)
			p := allocator.Params{Reward: money.NewAmount(100), Policy: allocator.Redistribute}
			a, err := allocator.Split([]allocator.Holding{h}, p)
			if err != nil {
				t.Fatal(err)
			}
			if tt.giveP != nil {
				p = tt.giveP(p)
			}
			_, err = FromAllocation(tok, day, a, p)
			if !errors.Is(err, ErrMalformed) || !contains(err, tt.wantErr) {
				t.Fatalf("error = %v, want ErrMalformed with %q", err, tt.wantErr)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(b *Batch)
		wantErr error
		wantMsg string
	}{
		{"valid", func(*Batch) {}, nil, ""},
		{"empty key", func(b *Batch) { b.Key = "" }, ErrMalformed, "empty key"},
		{"key with a newline", func(b *Batch) { b.Key = "payout/SOL\n" }, ErrMalformed, "control character"},
		{"unknown token", func(b *Batch) { b.Token = "DOGE" }, ErrMalformed, `token "DOGE"`},
		{"token not as the registry spells it", func(b *Batch) { b.Token = "sol" }, ErrMalformed, `token "sol"`},
		{"bad day", func(b *Batch) { b.Day = "2025-3-1" }, ErrMalformed, `day "2025-3-1"`},
		{"bad policy", func(b *Batch) { b.Totals.Policy = "POOL_RATE" }, ErrMalformed, `policy "POOL_RATE"`},
		{"fee above 100%", func(b *Batch) { b.Totals.FeeBps = 10001 }, ErrMalformed, "fee_bps 10001"},
		{"negative treasury", func(b *Batch) { b.Totals.Treasury = money.NewAmount(-1) }, ErrMalformed, "treasury -1 is negative"},
		{"unsorted lines", func(b *Batch) { b.Lines[0], b.Lines[1] = b.Lines[1], b.Lines[0] }, ErrMalformed, `line 2: user "alice" does not sort after "carol"`},
		{"duplicate user", func(b *Batch) { b.Lines[1].User = "alice" }, ErrMalformed, `line 2: user "alice" does not sort after "alice"`},
		{"zero line", func(b *Batch) { b.Lines[2].Amount = money.Zero }, ErrMalformed, "line 3: user \"erin\": amount 0 is not above zero"},
		{"empty user", func(b *Batch) { b.Lines[0].User = "" }, ErrMalformed, "line 1: empty user"},
		{"line count", func(b *Batch) { b.Totals.Lines = 5 }, ErrTotals, "totals count 5 lines, the batch has 4"},
		{"lines beyond distributable", func(b *Batch) { b.Lines[3].Amount = money.NewAmount(4422605) }, ErrTotals, "the lines add up to 36928747, distributable is 36928746"},
		{"fee taken from treasury", func(b *Batch) {
			b.Totals.Fee = money.NewAmount(10000001)
		}, ErrTotals, "fee 10000001 + treasury 53071254 + lines 36928746 = 100000001, reward is 100000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := workedExample(t)
			tt.edit(&b)
			err := b.Validate()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Validate() = %v", err)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) || !contains(err, tt.wantMsg) {
				t.Fatalf("Validate() = %v, want %v with %q", err, tt.wantErr, tt.wantMsg)
			}
		})
	}
}

func TestHugeAmounts(t *testing.T) {
	// NEAR-sized amounts beyond 2^128 survive the canonical form and the JSON exactly.
	var big uint256.Int
	big.Lsh(uint256.NewInt(3), 200)
	b := Batch{Key: "payout/NEAR/2026-11-20", Token: "NEAR", Day: "2026-11-20", Totals: Totals{
		Reward: allocator.Amount(&big), Fee: money.Zero, Treasury: money.Zero, Distributable: allocator.Amount(&big),
		SumEffective: allocator.Amount(&big), Lines: 1, Policy: "redistribute",
	}, Lines: []Line{{User: "whale", Amount: allocator.Amount(&big)}}}
	sb, err := Sign(b, testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := sb.MarshalJSON()
	back, err := ParseSignedBatch(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(back, testKey(t).Public()); err != nil {
		t.Fatal(err)
	}
	if !back.Lines[0].Amount.Equal(allocator.Amount(&big)) {
		t.Fatalf("amount %s, want %s", back.Lines[0].Amount, big.Dec())
	}
}

func contains(err error, s string) bool {
	return err != nil && strings.Contains(err.Error(), s)
}
