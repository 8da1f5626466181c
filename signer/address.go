package signer

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/mr-tron/base58"
	"github.com/xssnick/tonutils-go/ton/wallet"
	"golang.org/x/crypto/blake2b"

	"github.com/softstake/staker/money"
)

// Address errors.
var (
	// ErrUnknownChain means no address format is known for the chain family.
	ErrUnknownChain = errors.New("unknown chain family")
	// ErrKeyTypeMismatch means the chain's addresses come from another type of key.
	ErrKeyTypeMismatch = errors.New("key type does not serve this chain")
	// ErrInvalidPublicKey means the public key bytes are not a valid key of the stated type.
	ErrInvalidPublicKey = errors.New("invalid public key")
)

// Mainnet is the network name that selects mainnet address forms; every other network name
// is a testnet, devnet or local network.
const Mainnet = "mainnet"

// TONWalletVersion is the wallet contract whose address Address gives for a TON key: the
// standard wallet v4 revision 2, workchain 0, subwallet id 698983191 (the default of the
// reference wallets). A key deploys that contract on its first outgoing transfer; the same
// key under another wallet version (v3R2, v5R1) has a different address.
const TONWalletVersion = "v4r2"

// addressFormat derives one chain family's address from a public key.
type addressFormat struct {
	keyType KeyType
	derive  func(network string, pub []byte) (string, error)
}

// addressFormats maps every chain family of the money registry to its address format.
var addressFormats = map[string]addressFormat{
	"solana":   {Ed25519, solanaAddress},
	"cardano":  {Ed25519, cardanoEnterpriseAddress},
	"polygon":  {Secp256k1, evmAddress},
	"bsc":      {Secp256k1, evmAddress},
	"ton":      {Ed25519, tonAddress},
	"near":     {Ed25519, nearAddress},
	"sui":      {Ed25519, suiAddress},
	"algorand": {Ed25519, algorandAddress},
	"ronin":    {Secp256k1, evmAddress},
	"sonic":    {Secp256k1, evmAddress},
}

// Address returns the address that publicKey controls on chain, in the chain's native
// format. chain is a chain family name as in money.Token.Chain; network is Mainnet or the
// name of a test network, and changes the result only where the chain encodes it (Cardano's
// bech32 prefix and network id, TON's testnet flag).
//
// The formats:
//
//   - polygon, bsc, ronin, sonic: 0x and the EIP-55 checksummed hex of the last 20 bytes
//     of Keccak-256 of the uncompressed secp256k1 key (33-byte compressed keys are
//     accepted). Ronin wallets often display the same address as "ronin:" and the 40 hex
//     digits; its RPC and contracts use the 0x form returned here.
//   - solana: base58 of the 32-byte ed25519 key.
//   - near: the implicit account id, lowercase hex of the key.
//   - sui: 0x and hex of BLAKE2b-256 of the flag byte 0x00 (ed25519) and the key.
//   - algorand: base32 (RFC 4648 alphabet, no padding) of the key and the last 4 bytes of
//     its SHA-512/256.
//   - cardano: the CIP-19 enterprise address (header type 6) whose payment credential is
//     BLAKE2b-224 of the key, bech32 with prefix addr (mainnet) or addr_test. It holds no
//     stake credential: custody that delegates uses a separate stake key and the base
//     address of both (CardanoBaseAddress), registered at its stake address
//     (CardanoStakeAddress).
//   - ton: the address of the standard wallet contract for the key (TONWalletVersion), in
//     the user-friendly form, non-bounceable (UQ… on mainnet, 0Q… on test networks).
func Address(chain, network string, typ KeyType, publicKey []byte) (string, error) {
	f, ok := addressFormats[chain]
	if !ok {
		return "", fmt.Errorf("%w %q", ErrUnknownChain, chain)
	}
	if network == "" {
		return "", errors.New("address: network is empty (want mainnet or a test network name)")
	}
	if typ != f.keyType {
		return "", fmt.Errorf("%w: %s addresses come from %s keys, not %s", ErrKeyTypeMismatch, chain, f.keyType, typ)
	}
	return f.derive(network, publicKey)
}

// AddressChains returns the chain families whose addresses come from keys of type typ, in
// the order of the token registry.
func AddressChains(typ KeyType) []string {
	var chains []string
	for _, t := range money.Tokens() {
		if f, ok := addressFormats[t.Chain]; ok && f.keyType == typ {
			chains = append(chains, t.Chain)
		}
	}
	return chains
}

// CardanoStakeAddress returns the CIP-19 reward (stake) address, header type 14, of an
// ed25519 stake key: bech32 with prefix stake (mainnet) or stake_test. It is where
// registration and delegation certificates and reward withdrawals point.
func CardanoStakeAddress(network string, stakeKey []byte) (string, error) {
	h, err := cardanoKeyHash(stakeKey)
	if err != nil {
		return "", err
	}
	hrp, net := "stake", byte(1)
	if network != Mainnet {
		hrp, net = "stake_test", 0
	}
	return cardanoBech32(hrp, append([]byte{0xe0 | net}, h...))
}

// CardanoBaseAddress returns the CIP-19 base address, header type 0, that pays to
// paymentKey and delegates with stakeKey (both ed25519): the address custody funds sit at
// so that they count towards the stake key's delegation.
func CardanoBaseAddress(network string, paymentKey, stakeKey []byte) (string, error) {
	ph, err := cardanoKeyHash(paymentKey)
	if err != nil {
		return "", err
	}
	sh, err := cardanoKeyHash(stakeKey)
	if err != nil {
		return "", err
	}
	hrp, net := cardanoAddrPrefix(network)
	payload := append([]byte{0x00 | net}, ph...)
	return cardanoBech32(hrp, append(payload, sh...))
}

func evmAddress(_ string, pub []byte) (string, error) {
	p, err := secp256k1Point(pub)
	if err != nil {
		return "", err
	}
	return crypto.PubkeyToAddress(*p).Hex(), nil
}

// secp256k1Point parses a 65-byte uncompressed or 33-byte compressed secp256k1 public key
// and checks that it is on the curve.
func secp256k1Point(pub []byte) (*ecdsa.PublicKey, error) {
	var (
		p   *ecdsa.PublicKey
		err error
	)
	switch len(pub) {
	case 65:
		p, err = crypto.UnmarshalPubkey(pub)
	case 33:
		p, err = crypto.DecompressPubkey(pub)
	default:
		return nil, fmt.Errorf("%w: secp256k1 public key is %d bytes, want 65 (uncompressed) or 33 (compressed)", ErrInvalidPublicKey, len(pub))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: not a point on secp256k1", ErrInvalidPublicKey)
	}
	return p, nil
}

func solanaAddress(_ string, pub []byte) (string, error) {
	if err := checkEd25519(pub); err != nil {
		return "", err
	}
	return base58.Encode(pub), nil
}

func nearAddress(_ string, pub []byte) (string, error) {
	if err := checkEd25519(pub); err != nil {
		return "", err
	}
	return hex.EncodeToString(pub), nil
}

func suiAddress(_ string, pub []byte) (string, error) {
	if err := checkEd25519(pub); err != nil {
		return "", err
	}
	sum := blake2b.Sum256(append([]byte{0x00}, pub...))
	return "0x" + hex.EncodeToString(sum[:]), nil
}

var algorandEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func algorandAddress(_ string, pub []byte) (string, error) {
	if err := checkEd25519(pub); err != nil {
		return "", err
	}
	sum := sha512.Sum512_256(pub)
	return algorandEncoding.EncodeToString(append(append([]byte(nil), pub...), sum[len(sum)-4:]...)), nil
}

func cardanoEnterpriseAddress(network string, pub []byte) (string, error) {
	h, err := cardanoKeyHash(pub)
	if err != nil {
		return "", err
	}
	hrp, net := cardanoAddrPrefix(network)
	return cardanoBech32(hrp, append([]byte{0x60 | net}, h...))
}

func tonAddress(network string, pub []byte) (string, error) {
	if err := checkEd25519(pub); err != nil {
		return "", err
	}
	a, err := wallet.AddressFromPubKey(ed25519.PublicKey(pub), wallet.V4R2, wallet.DefaultSubwallet)
	if err != nil {
		return "", fmt.Errorf("ton wallet address: %w", err)
	}
	return a.Bounce(false).Testnet(network != Mainnet).String(), nil
}

// cardanoAddrPrefix returns the bech32 prefix and the CIP-19 network id of payment
// addresses on network: mainnet is 1, every test network 0.
func cardanoAddrPrefix(network string) (string, byte) {
	if network == Mainnet {
		return "addr", 1
	}
	return "addr_test", 0
}

// cardanoKeyHash is the credential of an ed25519 key: BLAKE2b-224 of the key.
func cardanoKeyHash(pub []byte) ([]byte, error) {
	if err := checkEd25519(pub); err != nil {
		return nil, err
	}
	h, err := blake2b.New(28, nil)
	if err != nil {
		return nil, err
	}
	h.Write(pub)
	return h.Sum(nil), nil
}

// cardanoBech32 encodes an address payload. Cardano addresses are longer than the 90
// characters BIP-173 allows; the checksum is the same.
func cardanoBech32(hrp string, payload []byte) (string, error) {
	data, err := bech32.ConvertBits(payload, 8, 5, true)
	if err != nil {
		return "", fmt.Errorf("bech32: %w", err)
	}
	return bech32.Encode(hrp, data)
}

func checkEd25519(pub []byte) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("%w: ed25519 public key is %d bytes, want %d", ErrInvalidPublicKey, len(pub), ed25519.PublicKeySize)
	}
	return nil
}
