package signer

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/money"
)

// Policy decides which requests may be signed. It denies by default: a request is allowed
// only when a rule covers its key and chain, pins the chain id it is bound to, allows its
// action and target, and sets a limit for its token. A Policy is immutable once built.
type Policy struct {
	// AllowlistDelay is how long a new allowlist entry waits before it takes effect, so a
	// target slipped into the configuration cannot be paid at once.
	AllowlistDelay time.Duration
	Rules          []Rule
}

// Rule is what one set of keys may sign on one chain.
type Rule struct {
	Chain   string   // chain family ("bsc", "solana", …)
	Keys    []string // key ids the rule covers
	ChainID string   // the only chain id or genesis hash payloads may be bound to
	Actions []Action // actions allowed; none means nothing is
	Allow   []AllowEntry
	Limits  []Limit
	// Approval, when set, requires approvals for transactions moving more than its
	// threshold.
	Approval *ApprovalRule
}

// AllowEntry is one allowlisted validator, pool or contract.
type AllowEntry struct {
	Address string
	// AddedAt is when the entry was added; it is effective from AddedAt+AllowlistDelay.
	// The zero time means it has always been there.
	AddedAt time.Time
}

// Limit bounds what a key may move of one token: per transaction and over any rolling 24
// hours. Both are in base units and both are required. An allowance (approve) is bounded by
// the per-transaction limit but does not consume the rolling one: it moves nothing, the
// transfer it allows does.
type Limit struct {
	Token  string
	PerTx  money.Amount
	Per24h money.Amount
}

// ApprovalRule requires Required distinct valid approvals, from the ed25519 public keys in
// Approvers, for any transaction moving more than Threshold base units.
type ApprovalRule struct {
	Threshold money.Amount
	Required  int
	Approvers []ed25519.PublicKey
}

// LimitWindow is the rolling window of the per-24-hour limits.
const LimitWindow = 24 * time.Hour

// Rule names used in DeniedError.Rule; each names the check that refused.
const (
	RuleNoRule           = "no-rule"
	RuleChainMismatch    = "chain-mismatch"
	RuleChainID          = "chain-id"
	RuleAction           = "action"
	RuleZeroAddress      = "zero-address"
	RuleContractCreation = "contract-creation"
	RuleAllowlist        = "allowlist"
	RuleAllowlistDelay   = "allowlist-delay"
	RuleNoLimit          = "no-limit"
	RuleIntentMismatch   = "intent-mismatch"
	RuleUndecodable      = "undecodable-payload"
	RuleNoDecoder        = "no-decoder"
)

// Verdict is what policy concluded about an allowed request.
type Verdict struct {
	Rule          int   // index of the rule that allowed it
	Limit         Limit // the limit that applies
	NeedsApproval bool
}

// Evaluate judges a request by key id and decoded intent at time now. It returns a Verdict
// when the request is allowed (subject to approvals and the rolling limit, which need the
// signing history), or a *DeniedError or *LimitError.
func (p *Policy) Evaluate(keyID string, in Intent, now time.Time) (Verdict, error) {
	deny := func(rule, format string, args ...any) (Verdict, error) {
		return Verdict{}, &DeniedError{Rule: rule, Detail: fmt.Sprintf(format, args...)}
	}
	idx := slices.IndexFunc(p.Rules, func(r Rule) bool { return r.Chain == in.Chain && slices.Contains(r.Keys, keyID) })
	if idx < 0 {
		return deny(RuleNoRule, "no rule lets key %q sign on %s", keyID, in.Chain)
	}
	r := p.Rules[idx]
	if r.ChainID == "" || in.ChainID != r.ChainID {
		return deny(RuleChainID, "payload is bound to chain id %q, policy pins %q", in.ChainID, r.ChainID)
	}
	if !slices.Contains(r.Actions, in.Action) {
		return deny(RuleAction, "action %q is not allowed on %s", in.Action, in.Chain)
	}
	if in.To == "" {
		return deny(RuleContractCreation, "transaction has no target (contract creation or a missing recipient)")
	}
	if isZeroAddress(in.To) {
		return deny(RuleZeroAddress, "target %s is the zero address", in.To)
	}
	entry := slices.IndexFunc(r.Allow, func(e AllowEntry) bool { return sameAddress(e.Address, in.To) })
	if entry < 0 {
		return deny(RuleAllowlist, "target %s is not on the %s allowlist", in.To, in.Chain)
	}
	if added := r.Allow[entry].AddedAt; !added.IsZero() && now.Before(added.Add(p.AllowlistDelay)) {
		return deny(RuleAllowlistDelay, "target %s was allowlisted at %s and takes effect at %s",
			in.To, added.UTC().Format(time.RFC3339), added.Add(p.AllowlistDelay).UTC().Format(time.RFC3339))
	}
	li := slices.IndexFunc(r.Limits, func(l Limit) bool { return strings.EqualFold(l.Token, in.Token) })
	if li < 0 {
		return deny(RuleNoLimit, "no limit is set for %s with key %q, so none may be moved", in.Token, keyID)
	}
	limit := r.Limits[li]
	if in.Amount.Sign() < 0 {
		return deny(RuleIntentMismatch, "negative amount %s", in.Amount)
	}
	if in.Amount.Cmp(limit.PerTx) > 0 {
		return Verdict{}, &LimitError{Kind: "per-transaction", Token: in.Token, Limit: limit.PerTx, Requested: in.Amount}
	}
	v := Verdict{Rule: idx, Limit: limit}
	if a := r.Approval; a != nil && a.Required > 0 && in.Amount.Cmp(a.Threshold) > 0 {
		v.NeedsApproval = true
	}
	return v, nil
}

// isZeroAddress reports whether addr is an all-zero hex address (20 bytes or more, with or
// without 0x), the burn address of the EVM chains.
func isZeroAddress(addr string) bool {
	h := strings.TrimPrefix(strings.TrimPrefix(addr, "0x"), "0X")
	if h == "" || strings.Trim(h, "0") != "" {
		return false
	}
	return len(h) >= 40
}

// sameAddress compares addresses; hex addresses compare case-insensitively (EIP-55 case is a
// checksum, not identity), others exactly.
func sameAddress(a, b string) bool {
	if strings.HasPrefix(a, "0x") && strings.HasPrefix(b, "0x") {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// Hash returns a hex SHA-256 of the policy's canonical JSON, to log at start so operators
// can tell which policy a signer runs.
func (p *Policy) Hash() string {
	data, err := json.Marshal(p)
	if err != nil {
		panic(fmt.Sprintf("signer: policy does not encode: %v", err)) // plain data: cannot happen
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Validate checks the policy for mistakes that would make it deny everything or allow
// something unintended, naming the rule.
func (p *Policy) Validate() error {
	seen := map[string]bool{}
	for i, r := range p.Rules {
		where := fmt.Sprintf("signer policy rule %d (%s)", i, r.Chain)
		if r.Chain == "" || len(r.Keys) == 0 {
			return fmt.Errorf("%s: needs a chain and at least one key", where)
		}
		for _, k := range r.Keys {
			if seen[r.Chain+"/"+k] {
				return fmt.Errorf("%s: key %q already has a rule on %s", where, k, r.Chain)
			}
			seen[r.Chain+"/"+k] = true
		}
		if r.ChainID == "" {
			return fmt.Errorf("%s: needs a pinned chain id or genesis hash", where)
		}
		for _, l := range r.Limits {
			if l.PerTx.Sign() <= 0 || l.Per24h.Sign() <= 0 || l.PerTx.Cmp(l.Per24h) > 0 {
				return fmt.Errorf("%s: %s limits must be above zero with per-transaction at most the 24-hour limit", where, l.Token)
			}
		}
		if a := r.Approval; a != nil && (a.Required < 0 || a.Required > len(a.Approvers)) {
			return fmt.Errorf("%s: %d approvals required of %d approvers", where, a.Required, len(a.Approvers))
		}
	}
	return nil
}
