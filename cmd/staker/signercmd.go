package main

import (
	"bufio"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func newSignerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "signer",
		Short: "The signing service and its audit log",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	audit := &cobra.Command{
		Use:   "audit",
		Short: "Work with the signer's audit log",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	audit.AddCommand(newAuditVerifyCmd())
	cmd.AddCommand(audit, newSignerServeCmd())
	return cmd
}

func newAuditVerifyCmd() *cobra.Command {
	var sf storeFlags
	cmd := &cobra.Command{
		Use:   "verify FILE [--store DSN | --config FILE]",
		Short: "Check every record of an audit log; exit 1 naming the first edited, removed or reordered one",
		Long: `Checks that the records are numbered one after another, each chained to the hash of the
one before and matching its own hash: an edited, removed, inserted or reordered record is
named by line. With the signer's store (--store or --config), it also checks that every
signature in the signing history has its record in the log, which catches records cut from
the end of the file.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return asUsage(fmt.Errorf("audit log: %w", err))
			}
			defer f.Close()
			signed := map[string]bool{}
			last, err := signer.ReadAuditLog(f, func(rec signer.AuditRecord) error {
				if (rec.Decision == "signed" || rec.Decision == "resigned") && rec.Intent != nil {
					signed[signingKey(rec.KeyID, rec.Chain, rec.Intent.Nonce, rec.PayloadSHA256)] = true
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			checked := 0
			if sf.dsn != "" || sf.configPath != "" {
				st, err := sf.open(cmd.Context(), nil)
				if err != nil {
					return err
				}
				defer st.Close()
				err = st.EachSigning(cmd.Context(), func(r signer.SigningRecord) error {
					if !signed[signingKey(r.KeyID, r.Chain, r.Nonce, r.PayloadHash)] {
						return fmt.Errorf("%s: the signing history holds a signature with no audit record (key %s, %s nonce %s, signed %s): records were removed",
							args[0], r.KeyID, r.Chain, r.Nonce, r.SignedAt.UTC().Format(time.RFC3339))
					}
					checked++
					return nil
				})
				if err != nil {
					return err
				}
			}
			out := fmt.Sprintf("%s: OK, %d records, last %s", args[0], last.Seq, orNone(last.Hash))
			if sf.dsn != "" || sf.configPath != "" {
				out += fmt.Sprintf("; all %d signatures of the signing history are recorded", checked)
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), out)
			return err
		},
	}
	sf.register(cmd)
	return cmd
}

func signingKey(keyID, chain, nonce, payloadHash string) string {
	return keyID + "\x00" + chain + "\x00" + nonce + "\x00" + payloadHash
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func newApproveCmd() *cobra.Command {
	var (
		sf         storeFlags
		keyID      string
		keystore   string
		passphrase string
		yes        bool
	)
	cmd := &cobra.Command{
		Use:   "approve INTENT_ID --key APPROVER --passphrase env:NAME|file:PATH",
		Short: "Approve a signing request that waits for approvals",
		Long: `Shows the request waiting under INTENT_ID (printed by the signer when it refused for want of
approvals) and, once confirmed, signs the intent's canonical hash with the approver's ed25519
key from the keystore and records the approval. The signer signs once enough distinct
approvers have approved.`,
		Example: `  staker approve 3f1c…9a --key alice --passphrase env:ALICE_PASSPHRASE --config staker.yaml`,
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			intentID := args[0]
			if keyID == "" {
				return usagef("missing --key")
			}
			pass, err := resolvePassphrase(passphrase)
			if err != nil {
				return err
			}
			ks, err := signer.OpenKeystore(keystore, keystoreOptions)
			if err != nil {
				return err
			}
			info, err := ks.Info(keyID)
			if err != nil {
				return err
			}
			if info.Type != signer.Ed25519 {
				return usagef("--key %s is a %s key; approvers use ed25519 keys", keyID, info.Type)
			}
			st, err := sf.open(cmd.Context(), nil)
			if err != nil {
				return err
			}
			defer st.Close()
			pending, err := st.PendingApproval(cmd.Context(), intentID)
			if errors.Is(err, signer.ErrNotFound) {
				return asUsage(err)
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			describeIntent(out, pending)
			if !yes && !confirm(cmd.InOrStdin(), out) {
				return errors.New("not approved")
			}
			if err := ks.Unlock(keyID, pass, time.Minute); err != nil {
				return err
			}
			defer ks.Lock(keyID)
			sig, err := ks.Sign(keyID, signer.ApprovalMessage(intentID))
			if err != nil {
				return err
			}
			if err := st.AddApproval(cmd.Context(), signer.Approval{IntentID: intentID,
				Approver: ed25519.PublicKey(info.PublicKey), Signature: sig, At: time.Now().UTC()}); err != nil {
				return err
			}
			_, err = fmt.Fprintf(out, "approved %s as %s\n", intentID, keyID)
			return err
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&keyID, "key", "", "the approver's key id in the keystore (ed25519)")
	cmd.Flags().StringVar(&keystore, "keystore", "data/keys", "keystore directory")
	cmd.Flags().StringVar(&passphrase, "passphrase", "", "the keystore passphrase, as env:NAME or file:PATH")
	cmd.Flags().BoolVar(&yes, "yes", false, "approve without asking")
	return cmd
}

// resolvePassphrase reads a passphrase given by reference; a literal value is refused, so
// passphrases never sit in shell history or process listings.
func resolvePassphrase(ref string) ([]byte, error) {
	if ref == "" {
		return nil, usagef("missing --passphrase (env:NAME or file:PATH)")
	}
	secret, err := config.ParseSecret(ref, ".")
	if err != nil {
		return nil, asUsage(fmt.Errorf("--passphrase: %w", err))
	}
	value, err := secret.Resolve()
	if err != nil {
		return nil, asUsage(fmt.Errorf("--passphrase: %w", err))
	}
	return []byte(value), nil
}

func describeIntent(w io.Writer, p signer.PendingApproval) {
	in := p.Intent
	fmt.Fprintf(w, "intent %s, requested %s\n", p.IntentID, p.RequestedAt.UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "  key      %s\n  action   %s on %s (chain id %s)\n  from     %s\n  to       %s\n",
		p.KeyID, in.Action, in.Chain, in.ChainID, in.From, in.To)
	amount := in.Amount.String() + " base units"
	if t, err := money.Lookup(in.Token); err == nil {
		amount = t.Format(in.Amount) + " " + t.Symbol + " (" + amount + ")"
	}
	fmt.Fprintf(w, "  amount   %s\n  nonce    %s\n", amount, in.Nonce)
}

func confirm(in io.Reader, out io.Writer) bool {
	fmt.Fprint(out, "approve this intent? type yes: ")
	line, _ := bufio.NewReader(in).ReadString('\n')
	return strings.TrimSpace(line) == "yes"
}
