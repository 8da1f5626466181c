package signer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/softstake/staker/money"
)

// Keys is what the Service needs of a keystore: it never sees key material, only asks for
// signatures. *Keystore implements it.
type Keys interface {
	Info(id string) (KeyInfo, error)
	Sign(id string, message []byte) ([]byte, error)
}

// ServiceOptions wire a Service.
type ServiceOptions struct {
	Keys     Keys
	Policy   *Policy
	Store    Store
	Audit    *AuditLog
	Decoders map[string]Decoder // by chain family; a chain without one is denied
	Now      func() time.Time   // nil means time.Now
	Logger   *slog.Logger       // nil discards
}

// Service is the Signer that judges before it signs: it decodes the payload and checks it
// says what the request claims, applies the policy, demands approvals, records the signing
// history atomically with the rolling limits, and writes the audit record before releasing
// a signature. If the audit record cannot be written, it refuses (fail closed).
type Service struct {
	opts ServiceOptions
}

// NewService checks the options and returns a Service. It logs the policy's hash.
func NewService(opts ServiceOptions) (*Service, error) {
	switch {
	case opts.Keys == nil, opts.Policy == nil, opts.Store == nil, opts.Audit == nil:
		return nil, errors.New("signer service: keys, policy, store and audit log are all required")
	}
	if err := opts.Policy.Validate(); err != nil {
		return nil, err
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	opts.Logger.Info("signer policy loaded", "policy_sha256", opts.Policy.Hash(), "rules", len(opts.Policy.Rules))
	return &Service{opts: opts}, nil
}

// PublicKey implements Signer.
func (s *Service) PublicKey(_ context.Context, keyID string) ([]byte, KeyType, error) {
	info, err := s.opts.Keys.Info(keyID)
	if err != nil {
		return nil, "", err
	}
	return info.PublicKey, info.Type, nil
}

// Sign implements Signer.
func (s *Service) Sign(ctx context.Context, req Request) (Signature, error) {
	sum := sha256.Sum256(req.Payload)
	rec := AuditRecord{KeyID: req.KeyID, Chain: req.Chain, PayloadSHA256: hex.EncodeToString(sum[:])}
	sig, err := s.sign(ctx, req, &rec)
	if err != nil {
		rec.Decision, rec.Rule, rec.Detail = classify(err)
	}
	if _, auditErr := s.opts.Audit.Append(rec); auditErr != nil {
		if err != nil {
			return Signature{}, errors.Join(err, auditErr)
		}
		return Signature{}, fmt.Errorf("sign refused: %w", auditErr)
	}
	return sig, err
}

// sign does everything but the audit write, filling rec as it learns.
func (s *Service) sign(ctx context.Context, req Request, rec *AuditRecord) (Signature, error) {
	now := s.opts.Now()
	in, err := s.decode(req)
	if err != nil {
		return Signature{}, err
	}
	rec.Intent = &in
	rec.IntentID = IntentID(req.KeyID, in)
	info, err := s.opts.Keys.Info(req.KeyID)
	if err != nil {
		return Signature{}, err
	}
	verdict, err := s.opts.Policy.Evaluate(req.KeyID, in, now)
	if err != nil {
		return Signature{}, err
	}
	if verdict.NeedsApproval {
		approvers, err := s.approvals(ctx, verdict, req.KeyID, in, rec.IntentID, now)
		if err != nil {
			return Signature{}, err
		}
		for _, a := range approvers {
			rec.Approvers = append(rec.Approvers, hex.EncodeToString(a))
		}
	}
	if (info.Type == Secp256k1) != evmChains[in.Chain] {
		return Signature{}, &DeniedError{Rule: RuleChainMismatch, Detail: fmt.Sprintf("a %s key does not sign %s transactions", info.Type, in.Chain)}
	}
	message, err := messageToSign(in.Chain, in.ChainID, req.Payload)
	if err != nil {
		return Signature{}, &DeniedError{Rule: RuleUndecodable, Detail: err.Error()}
	}
	// The signature is made in memory first, so a locked key refuses before anything is
	// recorded; it is released only after the history and the audit log hold it.
	raw, err := s.opts.Keys.Sign(req.KeyID, message)
	if err != nil {
		return Signature{}, err
	}
	// An allowance moves nothing: the per-transaction limit bounds it, but only the
	// transfer it allows consumes the rolling limit.
	counted := in.Amount
	if in.Action == ActionApprove {
		counted = money.Zero
	}
	existing, err := s.opts.Store.ReserveSigning(ctx, SigningRecord{
		KeyID: req.KeyID, Chain: in.Chain, Nonce: in.Nonce, PayloadHash: rec.PayloadSHA256,
		IntentID: rec.IntentID, Token: in.Token, Amount: counted, SignedAt: now,
	}, verdict.Limit.Per24h, LimitWindow)
	if err != nil {
		return Signature{}, err
	}
	rec.Decision = "signed"
	if existing {
		rec.Decision = "resigned"
	}
	return Signature{Bytes: raw, PublicKey: info.PublicKey}, nil
}

// decode checks the request is self-consistent and that the payload says what the intent
// claims, returning the intent as decoded from the payload.
func (s *Service) decode(req Request) (Intent, error) {
	if req.Chain != req.Intent.Chain {
		return Intent{}, &DeniedError{Rule: RuleChainMismatch, Detail: fmt.Sprintf("request is for %s, intent for %s", req.Chain, req.Intent.Chain)}
	}
	decoder, ok := s.opts.Decoders[req.Chain]
	if !ok {
		return Intent{}, &DeniedError{Rule: RuleNoDecoder, Detail: fmt.Sprintf("no payload decoder for %s: nothing is signed blind", req.Chain)}
	}
	in, err := decoder(req.Payload)
	if err != nil {
		return Intent{}, &DeniedError{Rule: RuleUndecodable, Detail: err.Error()}
	}
	if in.From == "" { // some payloads do not name their signer (an unsigned EVM transaction)
		in.From = req.Intent.From
	}
	if field := intentMismatch(in, req.Intent); field != "" {
		return Intent{}, &DeniedError{Rule: RuleIntentMismatch, Detail: fmt.Sprintf("payload's %s differs from the request's intent", field)}
	}
	return in, nil
}

// intentMismatch names the first field in which the decoded intent differs from the
// claimed one, or returns "".
func intentMismatch(decoded, claimed Intent) string {
	switch {
	case decoded.Action != claimed.Action:
		return "action"
	case decoded.Chain != claimed.Chain:
		return "chain"
	case decoded.ChainID != claimed.ChainID:
		return "chain id"
	case decoded.From != claimed.From:
		return "sender"
	case !sameAddress(decoded.To, claimed.To):
		return "target"
	case decoded.Token != claimed.Token:
		return "token"
	case !decoded.Amount.Equal(claimed.Amount):
		return "amount"
	case decoded.Nonce != claimed.Nonce:
		return "nonce"
	}
	return ""
}

// approvals returns the approvers whose approvals count, or a *NeedsApprovalError after
// recording the request for approvers to see.
func (s *Service) approvals(ctx context.Context, v Verdict, keyID string, in Intent, intentID string, now time.Time) ([][]byte, error) {
	rule := s.opts.Policy.Rules[v.Rule].Approval
	got, err := s.opts.Store.Approvals(ctx, intentID)
	if err != nil {
		return nil, fmt.Errorf("read approvals: %w", err)
	}
	n, valid := countApprovals(rule, intentID, got)
	if n >= rule.Required {
		out := make([][]byte, len(valid))
		for i, k := range valid {
			out[i] = k
		}
		return out, nil
	}
	if err := s.opts.Store.RequestApproval(ctx, PendingApproval{IntentID: intentID, KeyID: keyID, Intent: in, RequestedAt: now}); err != nil {
		return nil, fmt.Errorf("record approval request: %w", err)
	}
	return nil, &NeedsApprovalError{IntentID: intentID, Have: n, Need: rule.Required}
}

// classify names an error's decision for the audit log.
func classify(err error) (decision, rule, detail string) {
	var denied *DeniedError
	switch {
	case errors.As(err, &denied):
		return "denied", denied.Rule, denied.Detail
	case errors.Is(err, ErrNeedsApproval):
		return "needs-approval", "", err.Error()
	case errors.Is(err, ErrLimitExceeded):
		return "limit", "", err.Error()
	case errors.Is(err, ErrConflictingPayload):
		return "conflict", "", err.Error()
	case errors.Is(err, ErrLocked):
		return "locked", "", err.Error()
	case errors.Is(err, ErrUnknownKey):
		return "denied", "unknown-key", err.Error()
	}
	return "error", "", err.Error()
}

// Interface guards.
var _ Signer = (*Service)(nil)
