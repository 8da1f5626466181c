package config

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// family is what config knows of a chain family: its networks (with the EVM chain id each
// one has), whether the operator chooses validators, and the shapes of its addresses and
// validator ids. Deeper checks (does the address exist, is the validator active) belong to
// the chain adapter.
type family struct {
	evm      bool
	networks map[string]uint64 // network name -> EVM chain id (0 for non-EVM or unknown)
	// noValidators explains why this family has no validator allowlist, or is empty.
	noValidators string
	address      idFormat
	validator    idFormat
	// validatorNoun says what a validator id is on this chain, for messages.
	validatorNoun string
}

// idFormat checks the shape of an address or id.
type idFormat struct {
	re   *regexp.Regexp
	desc string
	// check, when set, replaces re (for shapes a regexp says badly).
	check func(string) bool
}

func (f idFormat) ok(s string) bool {
	if f.check != nil {
		return f.check(s)
	}
	return f.re.MatchString(s)
}

// localnet is every family's network for a node run by the operator (or a simulator); an
// EVM localnet has no fixed chain id, so chain_id must be given.
const localnet = "localnet"

var (
	evmAddress = idFormat{re: regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`), desc: "0x followed by 40 hex digits"}
	base58Key  = idFormat{re: regexp.MustCompile(`^[1-9A-HJ-NP-Za-km-z]{32,44}$`), desc: "base58, 32 to 44 characters"}
	numericID  = idFormat{check: func(s string) bool {
		n, err := strconv.ParseUint(s, 10, 64)
		return err == nil && n > 0 && strconv.FormatUint(n, 10) == s
	}, desc: "a positive whole number"}
	tonAddress = idFormat{re: regexp.MustCompile(`^((0|-1):[0-9a-fA-F]{64}|[A-Za-z0-9_\-+/]{48})$`), desc: `raw "0:<64 hex>" or user-friendly 48 characters`}
	nearID     = idFormat{check: func(s string) bool {
		return len(s) >= 2 && len(s) <= 64 && nearAccount.MatchString(s)
	}, desc: "2 to 64 lowercase letters, digits and . _ -"}
	nearAccount = regexp.MustCompile(`^(([a-z\d]+[\-_])*[a-z\d]+\.)*([a-z\d]+[\-_])*[a-z\d]+$`)
	suiAddress  = idFormat{re: regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`), desc: "0x followed by 64 hex digits"}
	algoAddress = idFormat{re: regexp.MustCompile(`^[A-Z2-7]{58}$`), desc: "58 characters of base32 (A-Z, 2-7)"}
	adaAddress  = idFormat{re: regexp.MustCompile(`^addr(_test)?1[02-9ac-hj-np-z]{50,}$`), desc: "bech32 addr1… or addr_test1…"}
	adaPool     = idFormat{re: regexp.MustCompile(`^(pool1[02-9ac-hj-np-z]{51}|[0-9a-f]{56})$`), desc: "bech32 pool1… (56 characters) or 56 hex digits"}
)

// families lists the chain families of the money registry. Network names are the ones the
// chains use themselves, except Polygon: its staking contracts live on Ethereum, so its
// networks are Ethereum's ("sepolia" is the parent chain of the Amoy testnet).
var families = map[string]family{
	"solana": {
		networks:  map[string]uint64{"mainnet": 0, "devnet": 0, "testnet": 0, localnet: 0},
		address:   base58Key,
		validator: base58Key, validatorNoun: "a vote account address",
	},
	"cardano": {
		networks:  map[string]uint64{"mainnet": 0, "preprod": 0, "preview": 0, localnet: 0},
		address:   adaAddress,
		validator: adaPool, validatorNoun: "a stake pool id",
	},
	"polygon": {
		evm:       true,
		networks:  map[string]uint64{"mainnet": 1, "sepolia": 11155111, localnet: 0},
		address:   evmAddress,
		validator: numericID, validatorNoun: "a validator id",
	},
	"bsc": {
		evm:       true,
		networks:  map[string]uint64{"mainnet": 56, "testnet": 97, localnet: 0},
		address:   evmAddress,
		validator: evmAddress, validatorNoun: "a validator operator address",
	},
	"ton": {
		networks:  map[string]uint64{"mainnet": 0, "testnet": 0, localnet: 0},
		address:   tonAddress,
		validator: tonAddress, validatorNoun: "a nominator pool address",
	},
	"near": {
		networks:  map[string]uint64{"mainnet": 0, "testnet": 0, localnet: 0},
		address:   nearID,
		validator: nearID, validatorNoun: "a staking pool account id",
	},
	"sui": {
		networks:  map[string]uint64{"mainnet": 0, "testnet": 0, "devnet": 0, localnet: 0},
		address:   suiAddress,
		validator: suiAddress, validatorNoun: "a validator address",
	},
	"algorand": {
		networks:     map[string]uint64{"mainnet": 0, "testnet": 0, "betanet": 0, localnet: 0},
		noValidators: "algorand has no delegation: custody accounts take part in consensus themselves",
		address:      algoAddress,
	},
	"ronin": {
		evm:          true,
		networks:     map[string]uint64{"mainnet": 2020, "saigon": 202601, localnet: 0},
		noValidators: "AXS stakes into a single pool contract, chosen under settings",
		address:      evmAddress,
	},
	"sonic": {
		evm:       true,
		networks:  map[string]uint64{"mainnet": 146, "testnet": 14601, "blaze": 57054, localnet: 0},
		address:   evmAddress,
		validator: numericID, validatorNoun: "a validator id",
	},
}

// networkNames lists a family's networks, sorted, for messages.
func (f family) networkNames() string {
	names := make([]string, 0, len(f.networks))
	for n := range f.networks {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// networkWithID returns the name of the family's network whose chain id is id, if any.
func (f family) networkWithID(id uint64) (string, bool) {
	for name, nid := range f.networks {
		if nid != 0 && nid == id {
			return name, true
		}
	}
	return "", false
}

// evmFamilies lists the EVM families, sorted, for messages.
func evmFamilies() string {
	var names []string
	for name, f := range families {
		if f.evm {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// checkID returns a message when s does not have the shape f, described as noun.
func checkID(f idFormat, noun, s string) (string, bool) {
	if f.ok(s) {
		return "", true
	}
	return fmt.Sprintf("%q is not %s (%s)", s, noun, f.desc), false
}
