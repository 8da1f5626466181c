package signer

import (
	"crypto/ed25519"
	"errors"
	"testing"
	"time"

	"github.com/softstake/staker/money"
)

const (
	validatorA = "0x1111111111111111111111111111111111111111"
	validatorB = "0x2222222222222222222222222222222222222222"
)

var policyNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func testPolicy(approver ed25519.PublicKey) *Policy {
	return &Policy{
		AllowlistDelay: 48 * time.Hour,
		Rules: []Rule{{
			Chain: "bsc", Keys: []string{"bsc-hot"}, ChainID: "56",
			Actions: []Action{ActionDelegate, ActionUndelegate, ActionClaim},
			Allow: []AllowEntry{
				{Address: validatorA},
				{Address: validatorB, AddedAt: policyNow.Add(-24 * time.Hour)}, // not yet effective
			},
			Limits:   []Limit{{Token: "BNB", PerTx: money.NewAmount(1000), Per24h: money.NewAmount(5000)}},
			Approval: &ApprovalRule{Threshold: money.NewAmount(500), Required: 1, Approvers: []ed25519.PublicKey{approver}},
		}},
	}
}

func bscIntent() Intent {
	return Intent{Action: ActionDelegate, Chain: "bsc", ChainID: "56", From: "0xabc", To: validatorA,
		Token: "BNB", Amount: money.NewAmount(100), Nonce: "3"}
}

func TestPolicyDenies(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	p := testPolicy(pub)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		key       string
		change    func(*Intent)
		wantRule  string
		wantLimit bool
	}{
		{name: "unknown key", key: "other", wantRule: RuleNoRule},
		{name: "chain without rule", change: func(in *Intent) { in.Chain = "sonic" }, wantRule: RuleNoRule},
		{name: "wrong chain id", change: func(in *Intent) { in.ChainID = "97" }, wantRule: RuleChainID},
		{name: "action not allowed", change: func(in *Intent) { in.Action = ActionTransfer }, wantRule: RuleAction},
		{name: "contract creation", change: func(in *Intent) { in.To = "" }, wantRule: RuleContractCreation},
		{name: "zero address", change: func(in *Intent) { in.To = "0x0000000000000000000000000000000000000000" }, wantRule: RuleZeroAddress},
		{name: "unknown contract", change: func(in *Intent) { in.To = "0x3333333333333333333333333333333333333333" }, wantRule: RuleAllowlist},
		{name: "new entry inside its delay", change: func(in *Intent) { in.To = validatorB }, wantRule: RuleAllowlistDelay},
		{name: "token without limit", change: func(in *Intent) { in.Token = "AXS" }, wantRule: RuleNoLimit},
		{name: "negative amount", change: func(in *Intent) { in.Amount = money.NewAmount(-1) }, wantRule: RuleIntentMismatch},
		{name: "per-transaction limit", change: func(in *Intent) { in.Amount = money.NewAmount(1001) }, wantLimit: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := bscIntent()
			if tt.change != nil {
				tt.change(&in)
			}
			key := tt.key
			if key == "" {
				key = "bsc-hot"
			}
			_, err := p.Evaluate(key, in, policyNow)
			if tt.wantLimit {
				var le *LimitError
				if !errors.As(err, &le) || le.Kind != "per-transaction" || !errors.Is(err, ErrLimitExceeded) {
					t.Fatalf("error = %v, want a per-transaction limit", err)
				}
				return
			}
			var denied *DeniedError
			if !errors.As(err, &denied) || denied.Rule != tt.wantRule || !errors.Is(err, ErrDenied) {
				t.Fatalf("error = %v, want denial by %s", err, tt.wantRule)
			}
		})
	}
}

func TestPolicyAllows(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	p := testPolicy(pub)
	tests := []struct {
		name         string
		change       func(*Intent)
		at           time.Time
		wantApproval bool
	}{
		{name: "small delegation"},
		{name: "checksummed target", change: func(in *Intent) { in.To = "0x1111111111111111111111111111111111111111" }},
		{name: "at the approval threshold", change: func(in *Intent) { in.Amount = money.NewAmount(500) }},
		{name: "above the approval threshold", change: func(in *Intent) { in.Amount = money.NewAmount(501) }, wantApproval: true},
		{name: "new entry after its delay", change: func(in *Intent) { in.To = validatorB }, at: policyNow.Add(24 * time.Hour)},
		{name: "at the per-transaction limit", change: func(in *Intent) { in.Amount = money.NewAmount(1000) }, wantApproval: true},
	}
	for _, tt := range tests {
		in := bscIntent()
		if tt.change != nil {
			tt.change(&in)
		}
		at := tt.at
		if at.IsZero() {
			at = policyNow
		}
		v, err := p.Evaluate("bsc-hot", in, at)
		if err != nil || v.NeedsApproval != tt.wantApproval || v.Limit.Token != "BNB" {
			t.Errorf("%s: verdict %+v, %v", tt.name, v, err)
		}
	}
}

func TestPolicyValidate(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name   string
		change func(*Policy)
	}{
		{name: "no chain id", change: func(p *Policy) { p.Rules[0].ChainID = "" }},
		{name: "no keys", change: func(p *Policy) { p.Rules[0].Keys = nil }},
		{name: "key twice", change: func(p *Policy) { p.Rules = append(p.Rules, p.Rules[0]) }},
		{name: "per-tx above 24h", change: func(p *Policy) { p.Rules[0].Limits[0].PerTx = money.NewAmount(6000) }},
		{name: "zero limit", change: func(p *Policy) { p.Rules[0].Limits[0].Per24h = money.Zero }},
		{name: "more approvals than approvers", change: func(p *Policy) { p.Rules[0].Approval.Required = 2 }},
	}
	for _, tt := range tests {
		p := testPolicy(pub)
		tt.change(p)
		if err := p.Validate(); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
	a, b := testPolicy(pub), testPolicy(pub)
	if a.Hash() != b.Hash() {
		t.Error("equal policies hash differently")
	}
	b.Rules[0].Limits[0].Per24h = money.NewAmount(5001)
	if a.Hash() == b.Hash() {
		t.Error("a changed limit does not change the policy hash")
	}
}

func TestApprovals(t *testing.T) {
	pub1, priv1, _ := ed25519.GenerateKey(nil)
	pub2, priv2, _ := ed25519.GenerateKey(nil)
	_, outsider, _ := ed25519.GenerateKey(nil)
	rule := &ApprovalRule{Required: 2, Approvers: []ed25519.PublicKey{pub1, pub2}}
	id := IntentID("bsc-hot", bscIntent())
	other := bscIntent()
	other.Amount = money.NewAmount(101)
	if IntentID("bsc-hot", other) == id || IntentID("bsc-hot-2", bscIntent()) == id {
		t.Fatal("intent id ignores amount or key")
	}
	tests := []struct {
		name string
		give []Approval
		want int
	}{
		{name: "none", want: 0},
		{name: "one", give: []Approval{{Approver: pub1, Signature: Approve(id, priv1)}}, want: 1},
		{name: "same approver twice", give: []Approval{{Approver: pub1, Signature: Approve(id, priv1)}, {Approver: pub1, Signature: Approve(id, priv1)}}, want: 1},
		{name: "two distinct", give: []Approval{{Approver: pub1, Signature: Approve(id, priv1)}, {Approver: pub2, Signature: Approve(id, priv2)}}, want: 2},
		{name: "outsider", give: []Approval{{Approver: outsider.Public().(ed25519.PublicKey), Signature: Approve(id, outsider)}}, want: 0},
		{name: "signature of another intent", give: []Approval{{Approver: pub1, Signature: Approve(IntentID("bsc-hot", other), priv1)}}, want: 0},
		{name: "signature claimed for another approver", give: []Approval{{Approver: pub2, Signature: Approve(id, priv1)}}, want: 0},
	}
	for _, tt := range tests {
		if got, _ := countApprovals(rule, id, tt.give); got != tt.want {
			t.Errorf("%s: %d approvals count, want %d", tt.name, got, tt.want)
		}
	}
}
