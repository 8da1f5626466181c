package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/mr-tron/base58"
	"github.com/spf13/cobra"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// maxPrivateKeyFile bounds what keys import reads from a private key file.
const maxPrivateKeyFile = 4 << 10

func newKeysCmd() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Create, import and inspect the encrypted custody keys",
		Long: `Custody keys live encrypted in a keystore directory (mode 0700), one file per key,
<id>.key, mode 0600: scrypt and AES-256-GCM with the key's id, type and public key bound
to the ciphertext. A key file readable by group or others, or a directory writable by
them, is refused.

ed25519 keys serve Solana, Cardano, TON, NEAR, Sui and Algorand; secp256k1 keys serve
the EVM chains (Polygon, BNB Smart Chain, Ronin, Sonic).

Passphrases are given by reference only, --passphrase env:NAME or file:PATH, never as a
literal value on the command line, where shell history and process listings would keep it.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.PersistentFlags().StringVar(&dir, "keystore", "data/keys", "keystore directory")
	cmd.AddCommand(newKeysNewCmd(&dir), newKeysImportCmd(&dir), newKeysListCmd(&dir), newKeysAddressCmd(&dir))
	return cmd
}

func newKeysNewCmd(dir *string) *cobra.Command {
	var typ, id, passphrase, network string
	cmd := &cobra.Command{
		Use:   "new --type ed25519|secp256k1 --id ID --passphrase env:NAME|file:PATH",
		Short: "Generate a key and store it encrypted",
		Example: `  STAKER_KEY_PASSPHRASE=… staker keys new --type ed25519 --id sol-hot-1 --passphrase env:STAKER_KEY_PASSPHRASE
  staker keys new --type secp256k1 --id evm-hot-1 --passphrase file:/run/secrets/keystore`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			kt, err := keyTypeFlag(typ)
			if err != nil {
				return err
			}
			if id == "" {
				return usagef("missing --id")
			}
			if err := checkNetwork(network); err != nil {
				return err
			}
			pass, err := resolvePassphrase(passphrase)
			if err != nil {
				return err
			}
			defer clear(pass)
			ks, err := openKeystore(*dir)
			if err != nil {
				return err
			}
			info, err := ks.Create(id, kt, pass)
			if err != nil {
				return keysError(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created key %s in %s\n", info.ID, ks.Dir())
			return printKey(cmd.OutOrStdout(), info, network)
		},
	}
	cmd.Flags().StringVar(&typ, "type", "", "key type: ed25519 or secp256k1")
	cmd.Flags().StringVar(&id, "id", "", "key id: 1 to 64 of a-z 0-9 . _ -")
	cmd.Flags().StringVar(&passphrase, "passphrase", "", "the passphrase that encrypts the key, as env:NAME or file:PATH")
	cmd.Flags().StringVar(&network, "network", "testnet", "network whose address forms to print (mainnet or a test network)")
	return cmd
}

func newKeysImportCmd(dir *string) *cobra.Command {
	var typ, id, keyFile, passphrase, network string
	cmd := &cobra.Command{
		Use:   "import --type ed25519|secp256k1 --id ID --private-key-file FILE --passphrase env:NAME|file:PATH",
		Short: "Import an existing private key and store it encrypted",
		Long: `Import reads the private key from a file (mode 0600 or stricter), never from a flag: hex
(with or without 0x) or base58. For ed25519 the key is the 32-byte seed or the 64-byte
private key (seed and public key, as Solana keypairs hold it); for secp256k1 the 32-byte
scalar. Delete the plaintext file once the import is checked.`,
		Example: `  staker keys import --type secp256k1 --id evm-hot-1 --private-key-file ./evm.hex --passphrase env:STAKER_KEY_PASSPHRASE`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			kt, err := keyTypeFlag(typ)
			if err != nil {
				return err
			}
			if id == "" || keyFile == "" {
				return usagef("missing %s", strings.Join(missing(map[string]string{"--id": id, "--private-key-file": keyFile}), ", "))
			}
			if err := checkNetwork(network); err != nil {
				return err
			}
			private, err := readPrivateKeyFile(keyFile)
			if err != nil {
				return err
			}
			defer clear(private)
			pass, err := resolvePassphrase(passphrase)
			if err != nil {
				return err
			}
			defer clear(pass)
			ks, err := openKeystore(*dir)
			if err != nil {
				return err
			}
			info, err := ks.Import(id, kt, private, pass)
			if err != nil {
				return keysError(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported key %s into %s\n", info.ID, ks.Dir())
			return printKey(cmd.OutOrStdout(), info, network)
		},
	}
	cmd.Flags().StringVar(&typ, "type", "", "key type: ed25519 or secp256k1")
	cmd.Flags().StringVar(&id, "id", "", "key id: 1 to 64 of a-z 0-9 . _ -")
	cmd.Flags().StringVar(&keyFile, "private-key-file", "", "file holding the private key in hex or base58")
	cmd.Flags().StringVar(&passphrase, "passphrase", "", "the passphrase that encrypts the key, as env:NAME or file:PATH")
	cmd.Flags().StringVar(&network, "network", "testnet", "network whose address forms to print (mainnet or a test network)")
	return cmd
}

func newKeysListCmd(dir *string) *cobra.Command {
	var network string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List keys with their public keys and addresses, without decrypting them",
		Long: `List prints each key's id, type and public key (hex), then its address on every chain
family its type serves, in the form of --network. Cardano addresses are enterprise
addresses (payment key only); TON addresses are those of the key's wallet v4r2 contract,
non-bounceable. Ronin addresses print in the 0x form its RPC uses (wallets also show them
as ronin:<40 hex digits>).`,
		Example: `  staker keys list --network mainnet`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkNetwork(network); err != nil {
				return err
			}
			ks, err := openKeystore(*dir)
			if err != nil {
				return err
			}
			keys, err := ks.List()
			if err != nil {
				return keysError(err)
			}
			out := cmd.OutOrStdout()
			if len(keys) == 0 {
				_, err := fmt.Fprintf(out, "no keys in %s\n", ks.Dir())
				return err
			}
			for i, k := range keys {
				if i > 0 {
					fmt.Fprintln(out)
				}
				if err := printKey(out, k, network); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&network, "network", "testnet", "network whose address forms to print (mainnet or a test network)")
	return cmd
}

func newKeysAddressCmd(dir *string) *cobra.Command {
	var chain, network string
	cmd := &cobra.Command{
		Use:   "address --chain C ID",
		Short: "Print a key's address on one chain",
		Long: `Address prints the address key ID controls on the chain C, a token symbol (SOL, ADA,
POL, BNB, TON, NEAR, SUI, ALGO, AXS, S) or a chain family name (solana, cardano, polygon,
bsc, ton, near, sui, algorand, ronin, sonic), in the form of --network.`,
		Example: `  staker keys address --chain SOL sol-hot-1
  staker keys address --chain ADA --network mainnet ada-pay-1`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if chain == "" {
				return usagef("missing --chain")
			}
			family, err := chainFamily(chain)
			if err != nil {
				return err
			}
			if err := checkNetwork(network); err != nil {
				return err
			}
			ks, err := openKeystore(*dir)
			if err != nil {
				return err
			}
			info, err := ks.Info(args[0])
			if err != nil {
				return keysError(err)
			}
			addr, err := signer.Address(family, network, info.Type, info.PublicKey)
			if err != nil {
				return keysError(fmt.Errorf("key %s: %w", info.ID, err))
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), addr)
			return err
		},
	}
	cmd.Flags().StringVar(&chain, "chain", "", "token symbol (SOL) or chain family (solana)")
	cmd.Flags().StringVar(&network, "network", "testnet", "mainnet or a test network name")
	return cmd
}

func openKeystore(dir string) (*signer.Keystore, error) {
	ks, err := signer.OpenKeystore(dir, keystoreOptions)
	if err != nil {
		return nil, keysError(err)
	}
	return ks, nil
}

// keysError marks the keystore errors that are the caller's to fix (exit 2); the rest,
// such as an unreadable or corrupt key file, are runtime failures.
func keysError(err error) error {
	for _, e := range []error{signer.ErrUnknownKey, signer.ErrKeyExists, signer.ErrInvalidKeyID,
		signer.ErrInsecurePermissions, signer.ErrInvalidPrivateKey, signer.ErrKeyTypeMismatch, signer.ErrUnknownChain} {
		if errors.Is(err, e) {
			return asUsage(err)
		}
	}
	return err
}

func keyTypeFlag(s string) (signer.KeyType, error) {
	switch t := signer.KeyType(s); t {
	case signer.Ed25519, signer.Secp256k1:
		return t, nil
	case "":
		return "", usagef("missing --type (ed25519 or secp256k1)")
	default:
		return "", usagef("--type %q: want ed25519 or secp256k1", s)
	}
}

func checkNetwork(network string) error {
	if network == "" {
		return usagef("--network is empty: want mainnet or a test network name")
	}
	return nil
}

// chainFamily resolves a token symbol or a chain family name to the family.
func chainFamily(s string) (string, error) {
	if t, err := money.Lookup(strings.ToUpper(s)); err == nil {
		return t.Chain, nil
	}
	var families []string
	for _, t := range money.Tokens() {
		if t.Chain == strings.ToLower(s) {
			return t.Chain, nil
		}
		families = append(families, t.Chain)
	}
	var symbols []string
	for _, t := range money.Tokens() {
		symbols = append(symbols, t.Symbol)
	}
	return "", usagef("--chain %q: not a token (%s) or chain family (%s)", s, strings.Join(symbols, ", "), strings.Join(families, ", "))
}

// printKey prints a key's id, type, public key and its address on each chain family its
// type serves.
func printKey(w io.Writer, k signer.KeyInfo, network string) error {
	fmt.Fprintf(w, "%s  %s  %s\n", k.ID, k.Type, hex.EncodeToString(k.PublicKey))
	for _, chain := range signer.AddressChains(k.Type) {
		addr, err := signer.Address(chain, network, k.Type, k.PublicKey)
		if err != nil {
			return fmt.Errorf("key %s: %w", k.ID, err)
		}
		if _, err := fmt.Fprintf(w, "  %-9s %s\n", chain, addr); err != nil {
			return err
		}
	}
	return nil
}

// readPrivateKeyFile reads a private key in hex or base58 from a file that only its owner
// can read. Its errors describe the file, never its content.
func readPrivateKeyFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, asUsage(fmt.Errorf("--private-key-file: %w", err))
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("--private-key-file: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, usagef("--private-key-file %s is not a regular file", path)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return nil, usagef("--private-key-file %s has mode %04o, which grants group or others access (run chmod 600 %s)", path, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxPrivateKeyFile+1))
	defer clear(data)
	if err != nil {
		return nil, fmt.Errorf("--private-key-file %s: %w", path, err)
	}
	if len(data) > maxPrivateKeyFile {
		return nil, usagef("--private-key-file %s is larger than %d bytes", path, maxPrivateKeyFile)
	}
	key, ok := decodePrivateKey(data)
	if !ok {
		return nil, usagef("--private-key-file %s: want one private key of 32 or 64 bytes in hex or base58", path)
	}
	return key, nil
}

// decodePrivateKey decodes hex (64 or 128 digits, optionally after 0x) or base58, and
// accepts only 32 or 64 bytes. Hex of those sizes and base58 of those sizes have different
// lengths, so the two cannot be confused. Hex is decoded without copying the text; base58
// needs a string, a copy that is left to the garbage collector.
func decodePrivateKey(data []byte) ([]byte, bool) {
	text := bytes.TrimSpace(data)
	h, prefixed := bytes.CutPrefix(text, []byte("0x"))
	if len(h) == 64 || len(h) == 128 {
		b := make([]byte, len(h)/2)
		if _, err := hex.Decode(b, h); err == nil {
			return b, true
		}
		clear(b)
	}
	if prefixed {
		return nil, false
	}
	b, err := base58.Decode(string(text))
	if err != nil || !slices.Contains([]int{32, 64}, len(b)) {
		clear(b)
		return nil, false
	}
	return b, true
}

// missing lists the flags whose value is empty, in name order.
func missing(flags map[string]string) []string {
	var names []string
	for name, v := range flags {
		if v == "" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}
