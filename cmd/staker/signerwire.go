package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
)

// signerPolicy builds the signer's policy from the configuration: one rule per token whose
// custody has signing keys, allowing those keys the token's signing actions, its allowlist
// (validators, then extra entries, each effective allowlist_delay after its added_at), its
// limits, and, above the token's approval_above, the configured approvals.
func signerPolicy(cfg *config.Config) (*signer.Policy, error) {
	approvers := make([]ed25519.PublicKey, 0, len(cfg.Signer.Approvals.Approvers))
	for _, a := range cfg.Signer.Approvals.Approvers {
		pub, err := hex.DecodeString(a.PublicKey)
		if err != nil || len(pub) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("approver %s: public key is not 32 bytes of hex", a.Name)
		}
		approvers = append(approvers, pub)
	}
	p := &signer.Policy{AllowlistDelay: cfg.Signer.AllowlistDelay}
	for _, symbol := range cfg.Symbols() {
		tok, _ := cfg.Token(symbol)
		var keys []string
		for _, c := range tok.Chain.Custody {
			if c.Key != "" {
				keys = append(keys, c.Key)
			}
		}
		if len(keys) == 0 {
			continue // watched only: nothing to sign
		}
		s := tok.Chain.Signing
		rule := signer.Rule{
			Chain:   tok.Chain.Name,
			Keys:    keys,
			ChainID: s.ChainID,
			Limits:  []signer.Limit{{Token: symbol, PerTx: s.PerTxLimit, Per24h: s.DailyLimit}},
		}
		for _, a := range s.Actions {
			rule.Actions = append(rule.Actions, signer.Action(a))
		}
		for _, e := range s.Allow {
			rule.Allow = append(rule.Allow, signer.AllowEntry{Address: e.Address, AddedAt: e.AddedAt})
		}
		if !tok.Chain.ApprovalAbove.IsZero() {
			rule.Approval = &signer.ApprovalRule{Threshold: tok.Chain.ApprovalAbove,
				Required: int(cfg.Signer.Approvals.Required), Approvers: approvers}
		}
		p.Rules = append(p.Rules, rule)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("signer policy from %s: %w", cfg.File, err)
	}
	return p, nil
}

// signerKeys lists the signing key ids the policy names, once each.
func signerKeys(p *signer.Policy) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range p.Rules {
		for _, k := range r.Keys {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// servedSigner is a signing Service with everything it holds open.
type servedSigner struct {
	svc   *signer.Service
	keys  *signer.Keystore
	store store.Store
	audit *signer.AuditLog
}

// Close locks every key and releases the store and the audit log.
func (s *servedSigner) Close() error {
	s.keys.LockAll()
	return errors.Join(s.audit.Close(), s.store.Close())
}

// openSigner builds the in-process signing Service of the configuration: the keystore
// (opened with ksOpts) with
// every policy key unlocked for unlockFor, the store's signing history, the audit log, and
// each signing token's payload decoder from its chain adapter.
func openSigner(ctx context.Context, cfg *config.Config, ksOpts signer.KeystoreOptions, unlockFor time.Duration, logger *slog.Logger) (_ *servedSigner, err error) {
	policy, err := signerPolicy(cfg)
	if err != nil {
		return nil, asUsage(err)
	}
	ks, err := signer.OpenKeystore(cfg.Signer.Keystore, ksOpts)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			ks.LockAll()
		}
	}()
	if keys := signerKeys(policy); len(keys) > 0 {
		pass, err := cfg.Signer.Passphrase.Resolve()
		if err != nil {
			return nil, asUsage(fmt.Errorf("signer.passphrase: %w", err))
		}
		for _, k := range keys {
			if err := ks.Unlock(k, []byte(pass), unlockFor); err != nil {
				return nil, fmt.Errorf("unlock %s: %w", k, err)
			}
		}
	}
	dsn, err := cfg.Store.ResolveDSN()
	if err != nil {
		return nil, asUsage(err)
	}
	st, err := store.Open(ctx, dsn, store.Options{Logger: logger})
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			st.Close()
		}
	}()
	decoders := map[string]signer.Decoder{}
	for i, r := range policy.Rules {
		for _, symbol := range cfg.Symbols() {
			tok, _ := cfg.Token(symbol)
			if tok.Chain.Name != r.Chain {
				continue
			}
			cc, err := adapterConfig(tok)
			if err != nil {
				return nil, asUsage(err)
			}
			adapter, err := chains.New(ctx, cc, chains.Options{Logger: logger, Sequences: st})
			if err != nil {
				return nil, fmt.Errorf("%s decoder: %w", symbol, err)
			}
			decoders[r.Chain] = adapter.Decoder()
			// Without signing.chain_id the rule pins the network's name, which is not what a
			// payload is bound to on chains identified by a genesis hash: pin the identity
			// the adapter checked the node against (on a localnet, the node's own).
			if r.ChainID == tok.Chain.Network {
				policy.Rules[i].ChainID = adapter.Info().ChainID
			}
		}
	}
	audit, err := signer.OpenAuditLog(cfg.Signer.AuditLog, nil)
	if err != nil {
		return nil, err
	}
	svc, err := signer.NewService(signer.ServiceOptions{Keys: ks, Policy: policy, Store: st, Audit: audit,
		Decoders: decoders, Logger: logger})
	if err != nil {
		audit.Close()
		return nil, asUsage(err)
	}
	return &servedSigner{svc: svc, keys: ks, store: st, audit: audit}, nil
}

func newSignerServeCmd() *cobra.Command {
	var (
		path      string
		socket    string
		unlockFor time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve [--config FILE] [--socket PATH]",
		Short: "Serve the signer on a Unix socket, so the daemon can run without any key",
		Long: `Loads the signing policy from the configuration, unlocks the custody keys it names for
--unlock-for (default 24h; after that every request is refused as locked until the service
is restarted), opens the signing history and the audit log, and serves signing requests on
a Unix socket (mode 0600) until interrupted. The policy's SHA-256 is logged at start.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(path)
			if err != nil {
				return err
			}
			if socket == "" {
				socket = cfg.Signer.Socket
			}
			if socket == "" {
				return usagef("no socket: give --socket or signer.socket in %s", path)
			}
			logger := slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: cfg.Log.SlogLevel()})).With("component", "signer")
			served, err := openSigner(cmd.Context(), cfg, keystoreOptions, unlockFor, logger)
			if err != nil {
				return err
			}
			defer served.Close()
			l, err := signer.ListenUnix(socket)
			if err != nil {
				return err
			}
			logger.Info("signer serving", "socket", socket, "unlocked_for", unlockFor.String())
			return signer.Serve(cmd.Context(), l, served.svc)
		},
	}
	cmd.Flags().StringVar(&path, "config", defaultConfigPath, "configuration file")
	cmd.Flags().StringVar(&socket, "socket", "", "Unix socket to listen on (default: signer.socket)")
	cmd.Flags().DurationVar(&unlockFor, "unlock-for", 24*time.Hour, "how long the keys stay unlocked")
	return cmd
}

// Interface guards: the store keeps the chains' transaction sequence numbers.
var _ chains.SequenceStore = store.Store(nil)
