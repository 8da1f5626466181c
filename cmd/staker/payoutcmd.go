package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/payout"
)

func newPayoutCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "payout",
		Short: "Manage the payout feed key and check signed payout batches",
		Long: `Every payout batch the daemon publishes carries its manifest hash (SHA-256 of its
canonical form) and an ed25519 signature by the feed key, so that the payout system can
check what it receives. payout/README.md specifies the canonical form and the signature.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newPayoutKeygenCmd(), newPayoutVerifyCmd())
	return cmd
}

func newPayoutKeygenCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "keygen --out FILE",
		Short: "Generate a feed key into a new file (mode 0600) and print its public key",
		Long: `keygen writes a new ed25519 feed key seed, in hex, to FILE with mode 0600. It never
replaces an existing file. It prints the key id and the public key, which the payout
system needs to verify batches; the private key is never printed.`,
		Example: `  staker payout keygen --out /etc/staker/feed.key`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usagef("missing --out")
			}
			key, err := payout.CreateFeedKeyFile(out, rand.Reader)
			if errors.Is(err, fs.ErrExist) {
				return usagef("--out %s already exists; keygen never replaces a key file", out)
			}
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "created feed key %s in %s\npublic key: %s\n",
				key.ID(), out, hex.EncodeToString(key.Public()))
			return err
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "the new key file")
	return cmd
}

func newPayoutVerifyCmd() *cobra.Command {
	var publicKey string
	cmd := &cobra.Command{
		Use:   "verify FILE --public-key HEX",
		Short: "Check a signed payout batch (JSON) against the feed public key",
		Long: `verify reads a signed payout batch in its JSON form (as exported, published or served)
and checks that it is well formed, that its totals add up (fee + treasury + the lines =
the reward), that its content hashes to its manifest hash, and that the feed key with the
given public key signed it. It exits 0 if all holds and 2 naming the first problem if not.`,
		Example: `  staker payout verify export/SOL/2026-11-20.json --public-key 8a88e3dd…`,
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if publicKey == "" {
				return usagef("missing --public-key")
			}
			pub, err := payout.ParsePublicKey(publicKey)
			if err != nil {
				return asUsage(fmt.Errorf("--public-key: %w", err))
			}
			data, err := os.ReadFile(args[0])
			if err != nil {
				return asUsage(err)
			}
			sb, err := payout.ParseSignedBatch(data)
			if err != nil {
				return asUsage(fmt.Errorf("%s: %w", args[0], err))
			}
			if err := payout.Verify(sb, pub); err != nil {
				return asUsage(fmt.Errorf("%s: %w", args[0], err))
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "ok: %s, %d lines, reward %s, manifest hash %s, signed by %s\n",
				sb.Key, len(sb.Lines), sb.Totals.Reward, sb.ManifestHash, sb.KeyID)
			return err
		},
	}
	cmd.Flags().StringVar(&publicKey, "public-key", "", "the feed public key, 64 hex digits")
	return cmd
}
