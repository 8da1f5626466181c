package signer

import (
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/btcsuite/btcd/btcutil/bech32"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/sha3"
)

// RFC 8032 section 7.1, tests 1 to 3: secret seeds and their public keys.
var rfc8032Keys = []struct{ seed, pub string }{
	{"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"},
	{"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"},
	{"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"},
}

func mustHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("hex %q: %v", s, err)
	}
	return b
}

func mustB64(t testing.TB, s string) []byte {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatalf("base64 %q: %v", s, err)
	}
	return b
}

// secp256k1Pub returns the uncompressed public key of the scalar k.
func secp256k1Pub(t testing.TB, k int64) []byte {
	t.Helper()
	d := make([]byte, 32)
	big.NewInt(k).FillBytes(d)
	priv, err := crypto.ToECDSA(d)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.FromECDSAPub(&priv.PublicKey)
}

// cip19Key decodes one of CIP-19's bech32 test keys (addr_vk…, stake_vk…).
func cip19Key(t testing.TB, s string) []byte {
	t.Helper()
	_, data, err := bech32.DecodeNoLimit(s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bech32.ConvertBits(data, 5, 8, false)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// CIP-19 "Test vectors": the payment and stake verification keys, and their key hashes.
const (
	cip19PaymentVK   = "addr_vk1w0l2sr2zgfm26ztc6nl9xy8ghsk5sh6ldwemlpmp9xylzy4dtf7st80zhd"
	cip19StakeVK     = "stake_vk1px4j0r2fk7ux5p23shz8f3y5y2qam7s954rgf3lg5merqcj6aetsft99wu"
	cip19PaymentHash = "9493315cd92eb5d8c4304e67b7e16ae36d61d34502694657811a2c8e"
	cip19StakeHash   = "337b62cfff6403a06a3acbc34f8c46003c69fe79a3628cefa9c47251"
)

// TestAddressKnownVectors checks each format against vectors published by the chains or
// their reference tooling.
func TestAddressKnownVectors(t *testing.T) {
	tonPub := "f42c77f931bea20ec5d0150731276bbb2e2860947661245b2319ef8133ee8d41"
	tests := []struct {
		name    string
		chain   string
		network string
		typ     KeyType
		givePub []byte
		want    string
	}{
		// The address of secp256k1 private key 1, the best known Ethereum address.
		{"evm key 1 polygon", "polygon", "mainnet", Secp256k1, secp256k1Pub(t, 1), "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"},
		{"evm key 1 bsc testnet", "bsc", "testnet", Secp256k1, secp256k1Pub(t, 1), "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"},
		{"evm key 1 ronin", "ronin", "saigon", Secp256k1, secp256k1Pub(t, 1), "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"},
		{"evm key 1 sonic", "sonic", "mainnet", Secp256k1, secp256k1Pub(t, 1), "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"},
		{"evm key 1 compressed", "bsc", "mainnet", Secp256k1,
			mustHex(t, "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"), "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"},
		{"evm key 2", "polygon", "mainnet", Secp256k1, secp256k1Pub(t, 2), "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF"},
		{"evm key 3", "polygon", "mainnet", Secp256k1, secp256k1Pub(t, 3), "0x6813Eb9362372EEF6200f3b1dbC3f819671cBA69"},

		// Solana's own program ids: the system program is 32 zero bytes.
		{"solana system program", "solana", "mainnet", Ed25519, make([]byte, 32), "11111111111111111111111111111111"},
		{"solana vote program", "solana", "devnet", Ed25519,
			mustHex(t, "0761481d357474bb7c4d7624ebd3bdb3d8355e73d11043fc0da3538000000000"), "Vote111111111111111111111111111111111111111"},
		{"solana stake program", "solana", "mainnet", Ed25519,
			mustHex(t, "06a1d8179137542a983437bdfe2a7ab2557f535c8a78722b68a49dc000000000"), "Stake11111111111111111111111111111111111111"},

		// NEAR docs, "Implicit Accounts": ed25519:AQgnQSR1Mp3v7xrw7egJtu3ibNzoCGwUwnEehypip9od.
		{"near docs implicit account", "near", "testnet", Ed25519,
			base58Decode(t, "AQgnQSR1Mp3v7xrw7egJtu3ibNzoCGwUwnEehypip9od"), "8bca86065be487de45e795b2c3154fe834d53ffa07e0a44f29e76a2a5f075df8"},

		// Mysten's TypeScript SDK ed25519 public key tests, generated with the sui CLI.
		{"sui sdk 1", "sui", "mainnet", Ed25519, mustB64(t, "UdGRWooy48vGTs0HBokIis5NK+DUjiWc9ENUlcfCCBE="),
			"0xd77a6cd55073e98d4029b1b0b8bd8d88f45f343dad2732fc9a7965094e635c55"},
		{"sui sdk 2", "sui", "testnet", Ed25519, mustB64(t, "0PTAfQmNiabgbak9U/stWZzKc5nsRqokda2qnV2DTfg="),
			"0x7e8fd489c3d3cd9cc7cbcc577dc5d6de831e654edd9997d95c412d013e6eea23"},
		{"sui sdk 3", "sui", "mainnet", Ed25519, mustB64(t, "6L/l0uhGt//9cf6nLQ0+24Uv2qanX/R6tn7lWUJX1Xk="),
			"0x3a1b4410ebe9c3386a429c349ba7929aafab739c277f97f32622b971972a14a2"},

		// Algorand's zero address and the SDKs' golden value for a key of 0xff bytes;
		// Trust Wallet Core's Algorand address test key.
		{"algorand zero address", "algorand", "mainnet", Ed25519, make([]byte, 32), strings.Repeat("A", 52) + "Y5HFKQ"},
		{"algorand golden 0xff", "algorand", "testnet", Ed25519, []byte(strings.Repeat("\xff", 32)), "7777777777777777777777777777777777777777777777777774MSJUVU"},
		{"algorand trust wallet", "algorand", "mainnet", Ed25519,
			ed25519.NewKeyFromSeed(mustHex(t, "a6c4394041e64fe93d889386d7922af1b9a87f12e433762759608e61434d6cf7")).Public().(ed25519.PublicKey),
			"ADIYK65L3XR5ODNNCUIQVEET455L56MRKJHRBX5GU4TZI2752QIWK4UL5A"},

		// CIP-19 test vectors, type 6 (enterprise, key hash).
		{"cardano cip19 enterprise mainnet", "cardano", "mainnet", Ed25519, cip19Key(t, cip19PaymentVK), "addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8"},
		{"cardano cip19 enterprise preprod", "cardano", "preprod", Ed25519, cip19Key(t, cip19PaymentVK), "addr_test1vz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzerspjrlsz"},

		// Trust Wallet Core's TON tests (wallet v4r2): the public key of private key
		// 63474e5f…9cb8, raw address 0:66fbe3c5…edb3.
		{"ton v4r2 mainnet", "ton", "mainnet", Ed25519, mustHex(t, tonPub), "UQBm--PFwDv1yCeS-QTJ-L8oiUpqo9IT1BwgVptlSq3ts4DV"},
		{"ton v4r2 testnet", "ton", "testnet", Ed25519, mustHex(t, tonPub),
			tonFriendly(t, 0xd1, "66fbe3c5c03bf5c82792f904c9f8bf28894a6aa3d213d41c20569b654aadedb3")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Address(tt.chain, tt.network, tt.typ, tt.givePub)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("Address(%s, %s) = %s, want %s", tt.chain, tt.network, got, tt.want)
			}
		})
	}
}

// TestTONFriendlyHelper proves the test's own user-friendly encoder against the published
// bounceable and non-bounceable forms, so the testnet vector above is independent.
func TestTONFriendlyHelper(t *testing.T) {
	raw := "66fbe3c5c03bf5c82792f904c9f8bf28894a6aa3d213d41c20569b654aadedb3"
	if got := tonFriendly(t, 0x11, raw); got != "EQBm--PFwDv1yCeS-QTJ-L8oiUpqo9IT1BwgVptlSq3ts90Q" {
		t.Errorf("bounceable = %s", got)
	}
	if got := tonFriendly(t, 0x51, raw); got != "UQBm--PFwDv1yCeS-QTJ-L8oiUpqo9IT1BwgVptlSq3ts4DV" {
		t.Errorf("non-bounceable = %s", got)
	}
}

func TestCardanoStakeAndBaseAddresses(t *testing.T) {
	payment, stake := cip19Key(t, cip19PaymentVK), cip19Key(t, cip19StakeVK)
	for _, k := range []struct {
		key  []byte
		want string
	}{{payment, cip19PaymentHash}, {stake, cip19StakeHash}} {
		h, err := cardanoKeyHash(k.key)
		if err != nil || hex.EncodeToString(h) != k.want {
			t.Fatalf("key hash = %x, %v; want %s", h, err, k.want)
		}
	}
	tests := []struct {
		name    string
		network string
		fn      func(string) (string, error)
		want    string
	}{
		{"stake mainnet", "mainnet", func(n string) (string, error) { return CardanoStakeAddress(n, stake) },
			"stake1uyehkck0lajq8gr28t9uxnuvgcqrc6070x3k9r8048z8y5gh6ffgw"},
		{"stake testnet", "preview", func(n string) (string, error) { return CardanoStakeAddress(n, stake) },
			"stake_test1uqehkck0lajq8gr28t9uxnuvgcqrc6070x3k9r8048z8y5gssrtvn"},
		{"base mainnet", "mainnet", func(n string) (string, error) { return CardanoBaseAddress(n, payment, stake) },
			"addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x"},
		{"base testnet", "preprod", func(n string) (string, error) { return CardanoBaseAddress(n, payment, stake) },
			"addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgs68faae"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.fn(tt.network)
			if err != nil || got != tt.want {
				t.Fatalf("got %s, %v; want %s", got, err, tt.want)
			}
		})
	}
	if _, err := CardanoStakeAddress("mainnet", stake[:31]); !errors.Is(err, ErrInvalidPublicKey) {
		t.Errorf("short stake key: %v", err)
	}
}

// TestAddressRFC8032Keys pushes RFC 8032's test keys through every ed25519 format and
// re-derives each address with the specification's arithmetic, written independently here.
func TestAddressRFC8032Keys(t *testing.T) {
	for i, k := range rfc8032Keys {
		pub := ed25519.NewKeyFromSeed(mustHex(t, k.seed)).Public().(ed25519.PublicKey)
		if hex.EncodeToString(pub) != k.pub {
			t.Fatalf("RFC 8032 test %d: public key %x, want %s", i+1, pub, k.pub)
		}
		for _, network := range []string{"mainnet", "testnet"} {
			want := map[string]string{
				"solana":   base58Encode(pub),
				"near":     k.pub,
				"sui":      "0x" + hex.EncodeToString(blake2b256(append([]byte{0}, pub...))),
				"algorand": algorandSpec(pub),
				"cardano":  cardanoEnterpriseSpec(t, network, pub),
			}
			for chain, w := range want {
				got, err := Address(chain, network, Ed25519, pub)
				if err != nil || got != w {
					t.Errorf("RFC 8032 test %d %s %s: got %s, %v; want %s", i+1, chain, network, got, err, w)
				}
			}
			ton, err := Address("ton", network, Ed25519, pub)
			if err != nil {
				t.Fatal(err)
			}
			checkTONFriendly(t, ton, network != "mainnet")
		}
	}
}

// TestAddressEVMChecksum re-derives EVM addresses with Keccak-256 and EIP-55 as written in
// the EIP, after checking that helper against the EIP's own examples.
func TestAddressEVMChecksum(t *testing.T) {
	eipExamples := []string{
		"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
		"0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
	}
	for _, e := range eipExamples {
		if got := eip55(strings.ToLower(e[2:])); got != e {
			t.Fatalf("test helper eip55 = %s, want %s", got, e)
		}
	}
	for k := int64(1); k <= 20; k++ {
		pub := secp256k1Pub(t, k*7919)
		h := sha3.NewLegacyKeccak256()
		h.Write(pub[1:])
		want := eip55(hex.EncodeToString(h.Sum(nil)[12:]))
		for _, chain := range []string{"polygon", "bsc", "ronin", "sonic"} {
			got, err := Address(chain, "mainnet", Secp256k1, pub)
			if err != nil || got != want {
				t.Fatalf("key %d on %s: got %s, %v; want %s", k*7919, chain, got, err, want)
			}
		}
	}
}

func TestAddressErrors(t *testing.T) {
	ed := make([]byte, 32)
	tests := []struct {
		name    string
		chain   string
		network string
		typ     KeyType
		pub     []byte
		wantIs  error
		wantMsg string
	}{
		{"unknown chain", "dogecoin", "mainnet", Ed25519, ed, ErrUnknownChain, `"dogecoin"`},
		{"token symbol is not a family", "SOL", "mainnet", Ed25519, ed, ErrUnknownChain, `"SOL"`},
		{"ed25519 key for evm", "bsc", "mainnet", Ed25519, ed, ErrKeyTypeMismatch, "bsc addresses come from secp256k1 keys, not ed25519"},
		{"secp256k1 key for ton", "ton", "mainnet", Secp256k1, secp256k1Pub(t, 1), ErrKeyTypeMismatch, "ton addresses come from ed25519 keys"},
		{"short ed25519", "solana", "mainnet", Ed25519, ed[:31], ErrInvalidPublicKey, "31 bytes, want 32"},
		{"long ed25519 ton", "ton", "mainnet", Ed25519, make([]byte, 33), ErrInvalidPublicKey, "33 bytes"},
		{"secp256k1 wrong length", "polygon", "mainnet", Secp256k1, make([]byte, 64), ErrInvalidPublicKey, "64 bytes"},
		{"secp256k1 off curve", "polygon", "mainnet", Secp256k1, append([]byte{4}, make([]byte, 64)...), ErrInvalidPublicKey, "not a point"},
		{"empty network", "solana", "", Ed25519, ed, nil, "network is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Address(tt.chain, tt.network, tt.typ, tt.pub)
			if err == nil {
				t.Fatalf("Address = %s, want an error", got)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v is not %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tt.wantMsg)
			}
		})
	}
}

func TestAddressChains(t *testing.T) {
	if got, want := AddressChains(Ed25519), []string{"solana", "cardano", "ton", "near", "sui", "algorand"}; !slices.Equal(got, want) {
		t.Errorf("ed25519 chains = %v, want %v", got, want)
	}
	if got, want := AddressChains(Secp256k1), []string{"polygon", "bsc", "ronin", "sonic"}; !slices.Equal(got, want) {
		t.Errorf("secp256k1 chains = %v, want %v", got, want)
	}
	if got := AddressChains("rsa"); got != nil {
		t.Errorf("rsa chains = %v", got)
	}
}

// --- the specifications' arithmetic, written independently of the code under test ---

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58Encode is Bitcoin's base58: the big-endian number in base 58, one '1' per leading
// zero byte.
func base58Encode(b []byte) string {
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod := new(big.Int)
	for n.Sign() > 0 {
		n.DivMod(n, big.NewInt(58), mod)
		out = append(out, base58Alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	slices.Reverse(out)
	return string(out)
}

func base58Decode(t testing.TB, s string) []byte {
	t.Helper()
	n := new(big.Int)
	zeros := 0
	for i, c := range s {
		d := strings.IndexRune(base58Alphabet, c)
		if d < 0 {
			t.Fatalf("base58 %q: bad digit", s)
		}
		if d == 0 && i == zeros {
			zeros++
		}
		n.Mul(n, big.NewInt(58)).Add(n, big.NewInt(int64(d)))
	}
	return append(make([]byte, zeros), n.Bytes()...)
}

func blake2b256(b []byte) []byte {
	h, _ := blake2b.New(32, nil)
	h.Write(b)
	return h.Sum(nil)
}

// algorandSpec: base32 of the key and the last four bytes of its SHA-512/256, padding
// stripped.
func algorandSpec(pub []byte) string {
	h := sha512.New512_256()
	h.Write(pub)
	sum := h.Sum(nil)
	return strings.TrimRight(base32.StdEncoding.EncodeToString(append(slices.Clone(pub), sum[28:]...)), "=")
}

// cardanoEnterpriseSpec: header 0110 and the network id, then BLAKE2b-224 of the key,
// bech32 as BIP-173 defines it (without its length limit).
func cardanoEnterpriseSpec(t testing.TB, network string, pub []byte) string {
	h, _ := blake2b.New(28, nil)
	h.Write(pub)
	hrp, header := "addr_test", byte(0x60)
	if network == "mainnet" {
		hrp, header = "addr", 0x61
	}
	return bech32Spec(hrp, append([]byte{header}, h.Sum(nil)...))
}

func bech32Spec(hrp string, payload []byte) string {
	const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	var data []byte
	acc, bits := 0, 0
	for _, b := range payload {
		acc = acc<<8 | int(b)
		bits += 8
		for bits >= 5 {
			bits -= 5
			data = append(data, byte(acc>>bits&31))
		}
	}
	if bits > 0 {
		data = append(data, byte(acc<<(5-bits)&31))
	}
	polymod := func(values []byte) uint32 {
		gen := []uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
		chk := uint32(1)
		for _, v := range values {
			top := chk >> 25
			chk = (chk&0x1ffffff)<<5 ^ uint32(v)
			for i := range 5 {
				if top>>i&1 == 1 {
					chk ^= gen[i]
				}
			}
		}
		return chk
	}
	var values []byte
	for _, c := range hrp {
		values = append(values, byte(c>>5))
	}
	values = append(values, 0)
	for _, c := range hrp {
		values = append(values, byte(c&31))
	}
	values = append(append(values, data...), 0, 0, 0, 0, 0, 0)
	mod := polymod(values) ^ 1
	var sb strings.Builder
	sb.WriteString(hrp + "1")
	for _, d := range data {
		sb.WriteByte(charset[d])
	}
	for i := range 6 {
		sb.WriteByte(charset[mod>>(5*(5-i))&31])
	}
	return sb.String()
}

// eip55 checksums 40 lowercase hex digits: a letter is upper case where the matching nibble
// of Keccak-256 of the lowercase hex is 8 or more.
func eip55(lower string) string {
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte(lower))
	sum := h.Sum(nil)
	out := []byte(lower)
	for i, c := range out {
		nibble := sum[i/2] >> 4
		if i%2 == 1 {
			nibble = sum[i/2] & 0xf
		}
		if c >= 'a' && nibble >= 8 {
			out[i] = c - 'a' + 'A'
		}
	}
	return "0x" + string(out)
}

// tonFriendly encodes a workchain-0 address in the user-friendly form: flags, workchain,
// the 32-byte hash and CRC16-XMODEM of those 34 bytes, URL-safe base64.
func tonFriendly(t testing.TB, flags byte, rawHex string) string {
	t.Helper()
	b := append([]byte{flags, 0}, mustHex(t, rawHex)...)
	crc := uint16(0)
	for _, c := range b {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return base64.URLEncoding.EncodeToString(binary.BigEndian.AppendUint16(b, crc))
}

// checkTONFriendly decodes a user-friendly TON address and checks its flags (non-bounceable,
// testnet as asked), workchain 0 and checksum.
func checkTONFriendly(t testing.TB, addr string, testnet bool) {
	t.Helper()
	b, err := base64.URLEncoding.DecodeString(addr)
	if err != nil || len(b) != 36 {
		t.Fatalf("ton address %s: %v, %d bytes", addr, err, len(b))
	}
	wantFlags := byte(0x51)
	if testnet {
		wantFlags |= 0x80
	}
	if b[0] != wantFlags || b[1] != 0 {
		t.Errorf("ton address %s: flags %#x workchain %d, want flags %#x workchain 0", addr, b[0], b[1], wantFlags)
	}
	if again := tonFriendly(t, b[0], hex.EncodeToString(b[2:34])); again != addr {
		t.Errorf("ton address %s: checksum mismatch (want %s)", addr, again)
	}
}

func ExampleAddress() {
	pub, _ := hex.DecodeString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
	for _, chain := range []string{"solana", "near", "algorand"} {
		addr, _ := Address(chain, "mainnet", Ed25519, pub)
		fmt.Println(chain, addr)
	}
	// Output:
	// solana FVen3X669xLzsi6N2V91DoiyzHzg1uAgqiT8jZ9nS96Z
	// near d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a
	// algorand 25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE
}
