package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/money"
)

// Approver public keys for tests (any 32 bytes of hex will do for config).
const (
	testKeyA = "2bd806c97f0e00af1a1fc3328fa763a9269723c8db8fac4f93af71db186d6e90"
	testKeyB = "81b637d8fcd2c6da6359e6963113a1170de795e4b725b84d1e0b4cfd9ec58ce9"
)

// problemStrings returns err's problems formatted, or fails the test if err is not *Problems.
func problemStrings(t *testing.T, err error) []string {
	t.Helper()
	var p *Problems
	if !errors.As(err, &p) {
		t.Fatalf("error %v (%T) is not *Problems", err, err)
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("errors.Is(err, ErrInvalid) = false")
	}
	out := make([]string, len(p.List))
	for i, pr := range p.List {
		out[i] = pr.String()
	}
	return out
}

func diffLines(t *testing.T, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("problems differ\n got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
}

// TestBadFiles loads each testdata/bad_*.yaml and compares every problem reported, with its
// file, line and key path, to the expected list.
func TestBadFiles(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		{
			give: "bad_amounts.yaml",
			want: []string{
				`testdata/bad_amounts.yaml:6: tokens.SOL.min: amount "1e3" of SOL: not a plain decimal number`,
				`testdata/bad_amounts.yaml:7: tokens.SOL.cap: amount "0.0000000001": too many decimals (SOL has 9)`,
				`testdata/bad_amounts.yaml:9: tokens.SOL.buffer.min_abs: amount "-5" of SOL: negative amount not allowed`,
				`testdata/bad_amounts.yaml:18: tokens.SOL.approval_above: amount "twelve" of SOL: not a plain decimal number`,
				`testdata/bad_amounts.yaml:20: tokens.BNB.cap: cap 1000 (the default) is below min 2000`,
				`testdata/bad_amounts.yaml:33: tokens.SUI.cap: cap 10 is below min 100`,
			},
		},
		{
			give: "bad_api.yaml",
			want: []string{
				`testdata/bad_api.yaml:3: api.listen: port "80800" must be a number from 1 to 65535`,
				`testdata/bad_api.yaml:5: api.tokens[0].name: missing; each token needs a name for the audit trail`,
				`testdata/bad_api.yaml:7: api.tokens[1].role: missing; one of admin, operator, treasury, payouts, viewer`,
				`testdata/bad_api.yaml:9: api.tokens[2].name: duplicate name "feed" (also api.tokens[1])`,
				`testdata/bad_api.yaml:9: api.tokens[2].token: missing; give the token as env:NAME or file:PATH`,
				`testdata/bad_api.yaml:13: api.tokens[3].token: the same secret as api.tokens[0]; every token must be distinct`,
				`testdata/bad_api.yaml:15: api.tokens[4].role: "root" is not one of admin, operator, treasury, payouts, viewer`,
			},
		},
		{
			give: "bad_api_open.yaml",
			want: []string{
				`testdata/bad_api_open.yaml:3: api.listen: listening beyond loopback needs at least one token under api.tokens`,
			},
		},
		{
			give: "bad_chain.yaml",
			want: []string{
				`testdata/bad_chain.yaml:6: tokens.SOL.chain: "ethereum" does not match SOL, which lives on "solana"`,
				`testdata/bad_chain.yaml:7: tokens.SOL.network: "mainnet-beta" is not a solana network (one of devnet, localnet, mainnet, testnet)`,
				`testdata/bad_chain.yaml:8: tokens.SOL.chain_id: applies only to EVM chains (bsc, polygon, ronin, sonic)`,
				`testdata/bad_chain.yaml:15: tokens.SOL.settings: must be a mapping, not "finalized"`,
				`testdata/bad_chain.yaml:17: tokens.BNB.chain: missing; BNB lives on "bsc"`,
				`testdata/bad_chain.yaml:19: tokens.BNB.chain_id: 56 is bsc mainnet, not testnet`,
				`testdata/bad_chain.yaml:27: tokens.S.chain_id: missing; a sonic localnet needs its chain id`,
				`testdata/bad_chain.yaml:37: tokens.NEAR.network: missing; one of localnet, mainnet, testnet`,
			},
		},
		{
			give: "bad_custody.yaml",
			want: []string{
				`testdata/bad_custody.yaml:11: tokens.SOL.custody[0]: needs a key (signer key id), an address, or both`,
				`testdata/bad_custody.yaml:12: tokens.SOL.custody[1].key: "sol key 1" is not a key id (letters, digits and . _ : / -, up to 128)`,
				`testdata/bad_custody.yaml:14: tokens.SOL.custody[2].address: "0OIl0OIl0OIl0OIl0OIl0OIl0OIl0OIl" is not a valid solana address (base58, 32 to 44 characters)`,
				`testdata/bad_custody.yaml:15: tokens.SOL.custody[3].key: duplicate key "sol-1" (also custody[2])`,
				`testdata/bad_custody.yaml:17: tokens.SOL.custody[5].address: duplicate address (also custody[4])`,
				`testdata/bad_custody.yaml:27: tokens.ADA.custody[0].address: a mainnet address (addr1…) on preprod`,
				`testdata/bad_custody.yaml:30: tokens.BNB.custody: at least one custody entry is needed`,
			},
		},
		{
			give: "bad_empty.yaml",
			want: []string{
				`testdata/bad_empty.yaml:1: version: missing; the file must start with "version: 1"`,
				`testdata/bad_empty.yaml:1: signer.passphrase: missing; in-process signing needs the keystore passphrase as env:NAME or file:PATH`,
				`testdata/bad_empty.yaml:1: tokens: no token is enabled; add at least one block under tokens`,
			},
		},
		{
			give: "bad_endpoints.yaml",
			want: []string{
				`testdata/bad_endpoints.yaml:9: tokens.SOL.endpoints[0].url: missing`,
				`testdata/bad_endpoints.yaml:10: tokens.SOL.endpoints[1].url: uses {api_key} but api_key is not set`,
				`testdata/bad_endpoints.yaml:11: tokens.SOL.endpoints[2].url: not a valid URL`,
				`testdata/bad_endpoints.yaml:12: tokens.SOL.endpoints[3].url: scheme "ftp" is not one of http, https, ws, wss`,
				`testdata/bad_endpoints.yaml:13: tokens.SOL.endpoints[4].url: carries credentials; give them as api_key: env:NAME or file:PATH`,
				`testdata/bad_endpoints.yaml:14: tokens.SOL.endpoints[5].url: has no host`,
				`testdata/bad_endpoints.yaml:15: tokens.SOL.endpoints[6].url: must not have a #fragment`,
				`testdata/bad_endpoints.yaml:17: tokens.SOL.endpoints[8].url: duplicate of endpoints[7]`,
				`testdata/bad_endpoints.yaml:19: tokens.SOL.endpoints[9].api_key_header: "X Api Key" is not an HTTP header name`,
				`testdata/bad_endpoints.yaml:19: tokens.SOL.endpoints[9].api_key_header: needs api_key`,
				`testdata/bad_endpoints.yaml:28: tokens.ADA.endpoints: at least one endpoint is needed`,
			},
		},
		{
			give: "bad_fee.yaml",
			want: []string{
				`testdata/bad_fee.yaml:6: tokens.SOL.fee_bps: 12000 is out of range 0..10000`,
				`testdata/bad_fee.yaml:17: tokens.BNB.fee_bps: -1 is out of range 0..10000`,
			},
		},
		{
			give: "bad_multidoc.yaml",
			want: []string{
				`testdata/bad_multidoc.yaml:2: the file must hold one YAML document, not several`,
			},
		},
		{
			give: "bad_no_tokens.yaml",
			want: []string{
				`testdata/bad_no_tokens.yaml:4: tokens: no token is enabled; add at least one block under tokens`,
			},
		},
		{
			give: "bad_not_mapping.yaml",
			want: []string{
				`testdata/bad_not_mapping.yaml:1: the file must be a mapping of keys (version, store, api, signer, log, tokens), not a list`,
			},
		},
		{
			give: "bad_policies.yaml",
			want: []string{
				`testdata/bad_policies.yaml:7: tokens.SOL.distribution.max_apr_bps: 100001 is out of range 0..100000`,
				`testdata/bad_policies.yaml:10: tokens.SOL.recognition.window_days: applies only to the smoothed policy`,
				`testdata/bad_policies.yaml:12: tokens.SOL.buffer.pct_bps: 10001 is out of range 0..10000`,
				`testdata/bad_policies.yaml:13: tokens.SOL.buffer.quantile: 1.5 is out of range: a quantile is above 0 and at most 1 (0.99 is p99)`,
				`testdata/bad_policies.yaml:14: tokens.SOL.buffer.safety_factor: 0.5 is out of range 1..10`,
				`testdata/bad_policies.yaml:15: tokens.SOL.buffer.low_watermark_bps: low watermark 10000 must be below the high watermark 10000`,
				`testdata/bad_policies.yaml:17: tokens.SOL.buffer.history_days: 3651 is out of range 7..3650`,
				`testdata/bad_policies.yaml:26: tokens.SOL.max_churn_bps: 10001 is out of range 0..10000`,
				`testdata/bad_policies.yaml:27: tokens.SOL.max_skipped_bps: 0 is out of range 1..10000`,
				`testdata/bad_policies.yaml:31: tokens.ADA.recognition.window_days: 0 is out of range 1..365`,
				`testdata/bad_policies.yaml:33: tokens.ADA.buffer.quantile: 0 is out of range: a quantile is above 0 and at most 1 (0.99 is p99)`,
				`testdata/bad_policies.yaml:34: tokens.ADA.buffer.safety_factor: 11 is out of range 1..10`,
				`testdata/bad_policies.yaml:35: tokens.ADA.buffer.low_watermark_bps: 10001 is out of range 0..10000`,
				`testdata/bad_policies.yaml:36: tokens.ADA.buffer.high_watermark_bps: 9999 is out of range 10000..100000`,
				`testdata/bad_policies.yaml:48: tokens.TON.buffer.quantile: "0.99999" has more than 4 decimals`,
				`testdata/bad_policies.yaml:49: tokens.TON.buffer.safety_factor: "1e2" is not a plain decimal number such as 0.99`,
			},
		},
		{
			give: "bad_secrets.yaml",
			want: []string{
				`testdata/bad_secrets.yaml:4: store.password: must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`,
				`testdata/bad_secrets.yaml:9: api.tokens[0].token: must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`,
				`testdata/bad_secrets.yaml:12: api.tokens[1].token: env: reference needs a variable name of letters, digits and "_" (env:NAME)`,
				`testdata/bad_secrets.yaml:15: api.tokens[2].token: file: reference needs a path (file:PATH)`,
				`testdata/bad_secrets.yaml:18: api.tokens[3].token: must be a reference "env:NAME" or "file:PATH", not a mapping`,
				`testdata/bad_secrets.yaml:20: signer.passphrase: must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`,
				`testdata/bad_secrets.yaml:27: tokens.SOL.endpoints[0].api_key: must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`,
			},
		},
		{
			give: "bad_signer.yaml",
			want: []string{
				`testdata/bad_signer.yaml:2: signer.passphrase: missing; in-process signing needs the keystore passphrase as env:NAME or file:PATH`,
				`testdata/bad_signer.yaml:3: signer.keystore: missing; in-process signing needs the keystore directory`,
				`testdata/bad_signer.yaml:4: signer.audit_log: missing; the signer must keep an audit log`,
				`testdata/bad_signer.yaml:5: signer.allowlist_delay: -1h0m0s is negative; 0 honours new allowlist entries at once`,
				`testdata/bad_signer.yaml:7: signer.approvals.required: 4 approvals required but 1 distinct approver keys listed`,
				`testdata/bad_signer.yaml:10: signer.approvals.approvers[1].name: missing; an approver needs a name`,
				`testdata/bad_signer.yaml:10: signer.approvals.approvers[1].public_key: an ed25519 public key is 64 hex digits, without 0x`,
				`testdata/bad_signer.yaml:11: signer.approvals.approvers[2].name: duplicate approver "alice" (also approvers[0])`,
				`testdata/bad_signer.yaml:11: signer.approvals.approvers[2].public_key: the same public key as approvers[0]; every approver needs their own key`,
				`testdata/bad_signer.yaml:12: signer.approvals.approvers[3].public_key: missing; an ed25519 public key is 64 hex digits`,
				`testdata/bad_signer.yaml:13: signer.approvals.approvers[4].public_key: not hex; an ed25519 public key is 64 hex digits`,
				`testdata/bad_signer.yaml:15: signer.approvals.approvers[5].public_key: 128 hex digits is the length of an ed25519 private key; give the public key only (64 hex digits)`,
				`testdata/bad_signer.yaml:16: signer.approvals.approvers[6].public_key: 62 hex digits; an ed25519 public key is 64 hex digits`,
				`testdata/bad_signer.yaml:17: signer.approvals.approvers[7].public_key: must be a string, not a list`,
			},
		},
		{
			give: "bad_signer_socket.yaml",
			want: []string{
				`testdata/bad_signer_socket.yaml:2: signer.socket: missing; socket mode needs the signer's socket path`,
				`testdata/bad_signer_socket.yaml:14: tokens.SOL.approval_above: needs signer.approvals.required above 0`,
			},
		},
		{
			give: "bad_signing.yaml",
			want: []string{
				`testdata/bad_signing.yaml:5: tokens.SOL.signing: per_tx_limit and daily_limit are required: custody has a signing key, and the signer denies by default, so a token whose keys have no limits could never act`,
				`testdata/bad_signing.yaml:12: tokens.SOL.validators[0].added_at: "2025-06-01" is not an RFC 3339 time such as "2025-06-01T00:00:00Z"`,
				`testdata/bad_signing.yaml:14: tokens.SOL.validators[1].added_at: "yesterday" is not an RFC 3339 time such as "2025-06-01T00:00:00Z"`,
				`testdata/bad_signing.yaml:30: tokens.BNB.signing.actions[1]: "stake" is not one of delegate, undelegate, withdraw, claim, restake, redelegate, approve, split, merge, register, transfer`,
				`testdata/bad_signing.yaml:30: tokens.BNB.signing.actions[3]: duplicate action "delegate" (also actions[0])`,
				`testdata/bad_signing.yaml:30: tokens.BNB.signing.actions[4]: "Transfer" is not one of delegate, undelegate, withdraw, claim, restake, redelegate, approve, split, merge, register, transfer`,
				`testdata/bad_signing.yaml:31: tokens.BNB.signing.per_tx_limit: 100.5 is above daily_limit 100`,
				`testdata/bad_signing.yaml:33: tokens.BNB.signing.chain_id: applies only to non-EVM chains; on bsc the chain block's chain_id pins signed payloads`,
				`testdata/bad_signing.yaml:36: tokens.BNB.signing.allow[1].address: duplicate of allow[0]`,
				`testdata/bad_signing.yaml:37: tokens.BNB.signing.allow[2].address: already allowlisted as validators[0]; every validator is on the allowlist`,
				`testdata/bad_signing.yaml:38: tokens.BNB.signing.allow[3].address: "StakeHub" is not an EVM address (0x followed by 40 hex digits)`,
				`testdata/bad_signing.yaml:39: tokens.BNB.signing.allow[4].address: missing`,
				`testdata/bad_signing.yaml:41: tokens.BNB.signing.allow[5].added_at: "2025-13-01T00:00:00Z" is not an RFC 3339 time such as "2025-06-01T00:00:00Z"`,
				`testdata/bad_signing.yaml:49: tokens.TON.signing.per_tx_limit: must be above zero`,
				`testdata/bad_signing.yaml:51: tokens.TON.signing.chain_id: must not be empty; leave it out to pin the network name`,
				`testdata/bad_signing.yaml:53: tokens.TON.signing.allow[0].address: "EQ pool" has spaces in it`,
				`testdata/bad_signing.yaml:54: tokens.TON.signing.per_tx_limt: unknown key "per_tx_limt"; did you mean "per_tx_limit"?`,
				`testdata/bad_signing.yaml:61: tokens.NEAR.signing.daily_limit: missing; both limits are required: custody has a signing key, and the signer denies by default, so a token whose keys have no limits could never act`,
				`testdata/bad_signing.yaml:68: tokens.SUI.signing.daily_limit: amount "1e3" of SUI: not a plain decimal number`,
				`testdata/bad_signing.yaml:68: tokens.SUI.signing.per_tx_limit: missing; both limits are required: custody has a signing key, and the signer denies by default, so a token whose keys have no limits could never act`,
				`testdata/bad_signing.yaml:75: tokens.S.signing.actions: must be a list, not "delegate"`,
			},
		},
		{
			give: "bad_syntax.yaml",
			want: []string{
				`testdata/bad_syntax.yaml:2: did not find expected key`,
			},
		},
		{
			give: "bad_tokens.yaml",
			want: []string{
				`testdata/bad_tokens.yaml:5: tokens.DOGE: unknown token "DOGE"; known tokens are SOL, ADA, POL, BNB, TON, NEAR, SUI, ALGO, AXS, S`,
				`testdata/bad_tokens.yaml:17: tokens.sol: SOL is already configured at line 7`,
			},
		},
		{
			give: "bad_types.yaml",
			want: []string{
				`testdata/bad_types.yaml:2: store: must be a mapping, not "sqlite:data/staker.db"`,
				`testdata/bad_types.yaml:4: api.listen: must be a string, not a list`,
				`testdata/bad_types.yaml:5: api.tokens: must be a list, not a mapping`,
				`testdata/bad_types.yaml:10: signer.approvals.required: must be a whole number, not "two"`,
				`testdata/bad_types.yaml:11: signer.approvals.approvers: must be a list, not "alice"`,
				`testdata/bad_types.yaml:13: log.level: "loud" is not one of debug, info, warn, error`,
				`testdata/bad_types.yaml:14: log.format: must be a string, not a mapping`,
				`testdata/bad_types.yaml:17: tokens.SOL.fee_bps: must be a whole number, not "100"`,
				`testdata/bad_types.yaml:18: tokens.SOL.count_open_orders: must be true or false, not "yes"`,
				`testdata/bad_types.yaml:20: tokens.SOL.distribution.policy: "everyone" is not one of pool_rate, redistribute`,
				`testdata/bad_types.yaml:21: tokens.SOL.distribution.max_apr_bps: must be a whole number, not 12.5`,
				`testdata/bad_types.yaml:22: tokens.SOL.recognition: must be a mapping, not "smoothed"`,
				`testdata/bad_types.yaml:24: tokens.SOL.buffer.history_days: 1 is out of range 7..3650`,
				`testdata/bad_types.yaml:25: tokens.SOL.buffer.pct_bps: 99999999999999999999 is out of range 0..10000`,
				`testdata/bad_types.yaml:28: tokens.SOL.endpoints: must be a list, not "https://api.devnet.solana.com"`,
				`testdata/bad_types.yaml:30: tokens.SOL.custody[0]: must be a mapping, not "sol-1"`,
				`testdata/bad_types.yaml:33: tokens.SOL.validators[0].weight: 0 is out of range 1..1000000`,
				`testdata/bad_types.yaml:34: tokens.SOL.max_share_bps: 0 is out of range 1..10000`,
				`testdata/bad_types.yaml:35: tokens.SOL.settings: must be a mapping, not a list`,
			},
		},
		{
			give: "bad_unknown_key.yaml",
			want: []string{
				`testdata/bad_unknown_key.yaml:2: colour: unknown key "colour"`,
				`testdata/bad_unknown_key.yaml:5: store.pasword: unknown key "pasword"; did you mean "password"?`,
				`testdata/bad_unknown_key.yaml:12: api.tokens[0].expires: unknown key "expires"`,
				`testdata/bad_unknown_key.yaml:16: signer.approvals.quorum: unknown key "quorum"`,
				`testdata/bad_unknown_key.yaml:19: log.colour: unknown key "colour"`,
				`testdata/bad_unknown_key.yaml:22: tokens.SOL.fee_bp: unknown key "fee_bp"; did you mean "fee_bps"?`,
				`testdata/bad_unknown_key.yaml:25: tokens.SOL.distribution.max_apr: unknown key "max_apr"`,
				`testdata/bad_unknown_key.yaml:27: tokens.SOL.recognition.windows: unknown key "windows"`,
				`testdata/bad_unknown_key.yaml:30: tokens.SOL.buffer.p99: unknown key "p99"`,
				`testdata/bad_unknown_key.yaml:33: tokens.SOL.rpc: unknown key "rpc"`,
				`testdata/bad_unknown_key.yaml:36: tokens.SOL.endpoints[0].apikey: unknown key "apikey"; did you mean "api_key"?`,
				`testdata/bad_unknown_key.yaml:39: tokens.SOL.custody[0].adress: unknown key "adress"; did you mean "address"?`,
				`testdata/bad_unknown_key.yaml:42: tokens.SOL.validators[0].wieght: unknown key "wieght"; did you mean "weight"?`,
			},
		},
		{
			give: "bad_validators.yaml",
			want: []string{
				`testdata/bad_validators.yaml:13: tokens.SOL.validators[0].id: missing`,
				`testdata/bad_validators.yaml:14: tokens.SOL.validators[1].id: "not-base58-0OIl" is not a vote account address (base58, 32 to 44 characters)`,
				`testdata/bad_validators.yaml:16: tokens.SOL.validators[3].id: duplicate validator (also validators[2])`,
				`testdata/bad_validators.yaml:17: tokens.SOL.validators[3].weight: 1000001 is out of range 1..1000000`,
				`testdata/bad_validators.yaml:18: tokens.SOL.max_share_bps: 4 validators at 2000 bps each cannot hold the whole pool (together they need at least 10000)`,
				`testdata/bad_validators.yaml:27: tokens.ALGO.validators: must be left out (algorand has no delegation: custody accounts take part in consensus themselves)`,
				`testdata/bad_validators.yaml:29: tokens.ALGO.max_share_bps: has no effect (algorand has no delegation: custody accounts take part in consensus themselves)`,
				`testdata/bad_validators.yaml:31: tokens.NEAR.validators: at least one validator is needed`,
				`testdata/bad_validators.yaml:47: tokens.POL.validators[0].id: "0" is not a validator id (a positive whole number)`,
				`testdata/bad_validators.yaml:48: tokens.POL.validators[1].id: "07" is not a validator id (a positive whole number)`,
			},
		},
		{
			give: "bad_version_missing.yaml",
			want: []string{
				`testdata/bad_version_missing.yaml:1: version: missing; the file must start with "version: 1"`,
			},
		},
		{
			give: "bad_version_type.yaml",
			want: []string{
				`testdata/bad_version_type.yaml:1: version: must be a whole number, not "1"`,
			},
		},
		{
			give: "bad_version_unsupported.yaml",
			want: []string{
				`testdata/bad_version_unsupported.yaml:1: version: unsupported version 2; this build reads version 1`,
			},
		},
		{
			give: "bad_yaml_structure.yaml",
			want: []string{
				`testdata/bad_yaml_structure.yaml:4: signer.version: unknown key "version"`,
				`testdata/bad_yaml_structure.yaml:5: signer.approvals: alias *signer refers to itself`,
				`testdata/bad_yaml_structure.yaml:7: log.level: alias *loop refers to itself`,
				`testdata/bad_yaml_structure.yaml:8: sol: unknown key "sol"`,
				`testdata/bad_yaml_structure.yaml:9: tokens.ADA.chain: "solana" does not match ADA, which lives on "cardano"`,
				`testdata/bad_yaml_structure.yaml:10: tokens.ADA.network: "devnet" is not a cardano network (one of localnet, mainnet, preprod, preview)`,
				`testdata/bad_yaml_structure.yaml:16: tokens.ADA.validators[0].id: "5p8qKVyKthA9DUb1rwQDzjcmTkaZdwN97J3LiaEywUjd" is not a stake pool id (bech32 pool1… (56 characters) or 56 hex digits)`,
				`testdata/bad_yaml_structure.yaml:22: tokens.SOL.network: duplicate key (first at line 21)`,
				`testdata/bad_yaml_structure.yaml:23: tokens.SOL: keys must be plain strings, not a list`,
				`testdata/bad_yaml_structure.yaml:25: tokens.ADA: << merges mappings only, not a string`,
			},
		},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.give] = true
		t.Run(tt.give, func(t *testing.T) {
			cfg, err := Load(filepath.Join("testdata", tt.give))
			if cfg != nil {
				t.Errorf("Load returned a config along with the error")
			}
			diffLines(t, problemStrings(t, err), tt.want)
		})
	}
	files, err := filepath.Glob("testdata/bad_*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !covered[filepath.Base(f)] {
			t.Errorf("%s has no expected problems in this test", f)
		}
	}
}

func TestProblemsErrorListsOnePerLine(t *testing.T) {
	_, err := Load("testdata/bad_fee.yaml")
	want := "testdata/bad_fee.yaml:6: tokens.SOL.fee_bps: 12000 is out of range 0..10000\n" +
		"testdata/bad_fee.yaml:17: tokens.BNB.fee_bps: -1 is out of range 0..10000"
	if err == nil || err.Error() != want {
		t.Errorf("Error() = %q, want %q", err, want)
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		name string
		give Problem
		want string
	}{
		{"full", Problem{File: "s.yaml", Line: 4, Path: "a.b", Msg: "bad"}, "s.yaml:4: a.b: bad"},
		{"no line", Problem{File: "s.yaml", Path: "a.b", Msg: "bad"}, "s.yaml: a.b: bad"},
		{"no path", Problem{File: "s.yaml", Line: 2, Msg: "bad"}, "s.yaml:2: bad"},
		{"no file", Problem{Line: 2, Path: "a", Msg: "bad"}, "2: a: bad"},
		{"message only", Problem{Msg: "bad"}, "bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.give.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "absent.yaml"))
	if !errors.Is(err, ErrNoConfig) {
		t.Fatalf("err = %v, want ErrNoConfig", err)
	}
	if errors.Is(err, ErrInvalid) {
		t.Errorf("a missing file must not count as invalid")
	}
}

func TestLoadUnreadable(t *testing.T) {
	_, err := Load(t.TempDir()) // a directory
	if err == nil || errors.Is(err, ErrNoConfig) || errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want a plain read error", err)
	}
	if !strings.HasPrefix(err.Error(), "load config: ") {
		t.Errorf("err = %q, want it to say what failed", err)
	}
}

// TestExample checks the shipped example: it passes, enables all ten tokens on test
// networks, and gives secrets by reference.
func TestExample(t *testing.T) {
	cfg, err := Load("../examples/staker.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var all []string
	for _, tok := range money.Tokens() {
		all = append(all, tok.Symbol)
	}
	if got := cfg.Symbols(); !slices.Equal(got, all) {
		t.Errorf("Symbols() = %v, want all of %v", got, all)
	}
	wantNetwork := map[string]string{
		"SOL": "devnet", "ADA": "preprod", "POL": "sepolia", "BNB": "testnet", "TON": "testnet",
		"NEAR": "testnet", "SUI": "testnet", "ALGO": "testnet", "AXS": "saigon", "S": "testnet",
	}
	wantChainID := map[string]uint64{"POL": 11155111, "BNB": 97, "AXS": 202601, "S": 14601}
	for sym, tok := range cfg.Tokens {
		if tok.Chain.Network != wantNetwork[sym] {
			t.Errorf("%s network = %q, want %q", sym, tok.Chain.Network, wantNetwork[sym])
		}
		if tok.Chain.ChainID != wantChainID[sym] {
			t.Errorf("%s chain id = %d, want %d", sym, tok.Chain.ChainID, wantChainID[sym])
		}
		if tok.Chain.Name != tok.Token.Chain || tok.Token.Symbol != sym {
			t.Errorf("%s: chain %q for token %+v", sym, tok.Chain.Name, tok.Token)
		}
		if tok.Chain.Settings.Kind == 0 {
			t.Errorf("%s has no settings block", sym)
		}
	}
	if !filepath.IsAbs(strings.TrimPrefix(cfg.Store.DSN, "sqlite:")) {
		t.Errorf("DSN %q is not absolute", cfg.Store.DSN)
	}
	if !cfg.Signer.Passphrase.IsSet() || cfg.Signer.Passphrase.Ref() != "env:STAKER_KEYSTORE_PASSPHRASE" {
		t.Errorf("passphrase ref = %q", cfg.Signer.Passphrase.Ref())
	}
	if sol, _ := cfg.Token("SOL"); sol.Chain.MaxSkippedBps != 1000 {
		t.Errorf("SOL max_skipped_bps = %d, want 1000", sol.Chain.MaxSkippedBps)
	}
	if bnb, _ := cfg.Token("BNB"); bnb.Chain.MaxSkippedBps != 0 {
		t.Errorf("BNB max_skipped_bps = %d, want 0 (no limit) when left out", bnb.Chain.MaxSkippedBps)
	}
	bnb, _ := cfg.Token("bnb")
	if bnb.Distribution.MaxAPRBps != 2000 || bnb.Token.Format(bnb.Cap) != "1000" || bnb.Token.Format(bnb.Min) != "0.5" {
		t.Errorf("BNB = %+v", bnb)
	}
	if a := cfg.Signer.Approvals; a.Required != 2 || len(a.Approvers) != 3 || cfg.Signer.AllowlistDelay != 24*time.Hour {
		t.Errorf("signer = %+v", cfg.Signer)
	}
	for sym, tok := range cfg.Tokens {
		s := tok.Chain.Signing
		if s.PerTxLimit.Sign() <= 0 || s.DailyLimit.Cmp(s.PerTxLimit) < 0 || len(s.Actions) == 0 || s.ChainID == "" {
			t.Errorf("%s signing = %+v", sym, s)
		}
		if wantAllow := len(tok.Chain.Validators); len(s.Allow) < wantAllow {
			t.Errorf("%s allows %d targets, fewer than its %d validators", sym, len(s.Allow), wantAllow)
		}
	}
	pol, _ := cfg.Token("POL")
	if got := pol.Chain.Signing.Allow; len(got) != 5 || got[0].Address != "1" || got[4].Address != "0x4AE8f648B1Ec892B6cc68C89cc088583964d08bE" {
		t.Errorf("POL allow = %+v, want the 3 validators, then the token and the StakeManager", got)
	}
	sol, _ := cfg.Token("SOL")
	if got := sol.Chain.Validators[2].AddedAt; !got.Equal(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("SOL validators[2].AddedAt = %v", got)
	}
}

// TestMinimalDefaults checks that a minimal file gets every default.
func TestMinimalDefaults(t *testing.T) {
	cfg, err := Load("testdata/good_minimal.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	dir, _ := filepath.Abs("testdata")
	if cfg.File != "testdata/good_minimal.yaml" || cfg.Dir != dir || cfg.Version != 1 {
		t.Errorf("File, Dir, Version = %q, %q, %d", cfg.File, cfg.Dir, cfg.Version)
	}
	if want := "sqlite:" + filepath.Join(dir, "data/staker.db"); cfg.Store.DSN != want {
		t.Errorf("DSN = %q, want %q", cfg.Store.DSN, want)
	}
	if cfg.API.Listen != DefaultListen || len(cfg.API.Tokens) != 0 {
		t.Errorf("API = %+v", cfg.API)
	}
	wantSigner := Signer{
		Mode:           SignerInProcess,
		Keystore:       filepath.Join(dir, DefaultKeystore),
		AuditLog:       filepath.Join(dir, DefaultAuditLog),
		Passphrase:     cfg.Signer.Passphrase,
		AllowlistDelay: 24 * time.Hour,
	}
	if !reflectEqual(cfg.Signer, wantSigner) {
		t.Errorf("Signer = %+v, want %+v", cfg.Signer, wantSigner)
	}
	if cfg.Log != (Log{Level: "info", Format: "text"}) {
		t.Errorf("Log = %+v", cfg.Log)
	}
	sol, ok := cfg.Token("sol")
	if !ok {
		t.Fatal("SOL not enabled")
	}
	if _, ok := cfg.Token("ADA"); ok {
		t.Error("ADA enabled though left out")
	}
	solToken, _ := money.Lookup("SOL")
	want := DefaultToken(solToken)
	want.Chain = sol.Chain // checked below
	if !reflectEqual(sol, want) {
		t.Errorf("SOL = %+v\nwant %+v", sol, want)
	}
	c := sol.Chain
	if c.Name != "solana" || c.Network != "devnet" || c.ChainID != 0 || c.MaxShareBps != DefaultMaxShareBps ||
		c.MaxChurnBps != DefaultMaxChurnBps || !c.ApprovalAbove.IsZero() || c.Settings.Kind != 0 ||
		len(c.Endpoints) != 1 || len(c.Custody) != 1 || len(c.Validators) != 1 || c.Validators[0].Weight != 1 {
		t.Errorf("SOL chain = %+v", c)
	}
	if !sol.CountOpenOrders || sol.Distribution.Policy != PoolRate || sol.Recognition.Policy != Smoothed ||
		sol.Recognition.WindowDays != 7 || sol.Buffer.QuantileBps != 9900 || sol.Buffer.HistoryDays != 90 {
		t.Errorf("SOL policies = %+v", sol)
	}
	wantSigning := Signing{
		Actions:    []string{"delegate", "undelegate", "withdraw", "claim", "restake", "redelegate", "approve", "split", "merge", "register"},
		PerTxLimit: money.NewAmount(100_000_000_000),   // 100 SOL
		DailyLimit: money.NewAmount(1_000_000_000_000), // 1000 SOL
		Allow:      []AllowEntry{{Address: "5p8qKVyKthA9DUb1rwQDzjcmTkaZdwN97J3LiaEywUjd"}},
		ChainID:    "devnet",
	}
	if !reflectEqual(c.Signing, wantSigning) {
		t.Errorf("SOL signing = %+v\nwant %+v", c.Signing, wantSigning)
	}
}

// TestAnchors checks anchors, merges and the ignored x- keys that hold shared blocks.
func TestAnchors(t *testing.T) {
	cfg, err := Load("testdata/good_anchors.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	bnb, _ := cfg.Token("BNB")
	s, _ := cfg.Token("S")
	if bnb.FeeBps != 500 || s.FeeBps != 700 {
		t.Errorf("fee: BNB %d (want the merged 500), S %d (want its own 700)", bnb.FeeBps, s.FeeBps)
	}
	if len(bnb.Chain.Custody) != 1 || !reflectEqual(bnb.Chain.Custody, s.Chain.Custody) {
		t.Errorf("custody not shared: %+v, %+v", bnb.Chain.Custody, s.Chain.Custody)
	}
	if s.Buffer.PctBps != 1500 || bnb.Buffer.PctBps != 1500 || bnb.Buffer.HistoryDays != 90 {
		t.Errorf("buffer: %+v, %+v", bnb.Buffer, s.Buffer)
	}
	pol, _ := cfg.Token("POL")
	if pol.FeeBps != 100 || pol.CountOpenOrders || len(pol.Chain.Custody) != 1 || pol.Buffer.PctBps != 1500 {
		t.Errorf("POL (merging [*low-fee, *evm]) = %+v", pol)
	}
}

// TestSigning reads the signing policy back: approver keys in lower case, the allowlist
// delay, and per token the actions (default all but transfer), the limits in base units, the
// allowlist (validators with their added_at, then the extra entries) and the pinned chain id.
func TestSigning(t *testing.T) {
	cfg, err := Load("testdata/good_signing.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	wantApprovals := Approvals{Required: 1, Approvers: []Approver{{Name: "alice", PublicKey: testKeyA}}}
	if !reflectEqual(cfg.Signer.Approvals, wantApprovals) || cfg.Signer.AllowlistDelay != 90*time.Minute {
		t.Errorf("signer = %+v", cfg.Signer)
	}
	june := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		symbol string
		want   Signing
	}{
		{"BNB", Signing{
			Actions:    []string{"delegate", "undelegate"},
			PerTxLimit: mustBase(t, "12500000000000000000"),
			DailyLimit: mustBase(t, "100000000000000000000"),
			Allow: []AllowEntry{
				{Address: "0x1a5F2bD0e6C93b7E4d8A0c1F9e2B3d4C5a6E7f80"},
				{Address: "0x2B6e3Cd1F7da4C8f5E9b1D2a0F3c4E5d6B7a8091", AddedAt: june},
				{Address: "0x0000000000000000000000000000000000002002"},
				{Address: "0x0000000000000000000000000000000000001000", AddedAt: time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)},
			},
			ChainID: "97",
		}},
		{"AXS", Signing{
			Actions:    []string{},
			PerTxLimit: money.NewAmount(1),
			DailyLimit: money.NewAmount(1),
			Allow:      []AllowEntry{{Address: "0x05b0bb3c1c320b280501b86706c3551995bc8571"}},
			ChainID:    "202601",
		}},
		{"SUI", Signing{
			Actions:    defaultActions(),
			PerTxLimit: money.NewAmount(1_000_000_000_000),
			DailyLimit: money.NewAmount(1_000_000_000_000),
			Allow: []AllowEntry{
				{Address: "0x1e4b7d0a3c6f9e2b5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0f3e6b9d2a5c8f1e4b"},
				{Address: "0x3"},
			},
			ChainID: "4c78adac",
		}},
		{"SOL", Signing{
			Actions:    []string{"delegate", "undelegate", "withdraw", "claim", "restake", "redelegate", "approve", "split", "merge", "register"},
			PerTxLimit: money.NewAmount(1_000_000_000),
			DailyLimit: money.NewAmount(2_000_000_000),
			Allow:      []AllowEntry{{Address: "5p8qKVyKthA9DUb1rwQDzjcmTkaZdwN97J3LiaEywUjd"}},
			ChainID:    "devnet",
		}},
		// Watched only: no key, so no limits are needed and none are set.
		{"ALGO", Signing{Actions: defaultActions(), PerTxLimit: money.Zero, DailyLimit: money.Zero, ChainID: "testnet"}},
	}
	for _, tt := range tests {
		t.Run(tt.symbol, func(t *testing.T) {
			tok, ok := cfg.Token(tt.symbol)
			if !ok {
				t.Fatalf("%s not enabled", tt.symbol)
			}
			got := tok.Chain.Signing
			if !reflectEqual(got, tt.want) {
				t.Errorf("Signing = %+v\nwant      %+v", got, tt.want)
			}
			for i, e := range got.Allow {
				if e.AddedAt.Location() != time.UTC {
					t.Errorf("Allow[%d].AddedAt = %v, want UTC", i, e.AddedAt)
				}
			}
		})
	}
	bnb, _ := cfg.Token("BNB")
	if got := bnb.Chain.Validators[1].AddedAt; !got.Equal(june) {
		t.Errorf("BNB validators[1].AddedAt = %v, want %v", got, june)
	}
	if got := SigningActions(); len(got) != 11 || got[10] != "transfer" {
		t.Errorf("SigningActions() = %v", got)
	}
	SigningActions()[0] = "changed"
	if SigningActions()[0] != "delegate" {
		t.Errorf("SigningActions returns the package's own slice")
	}
}

func mustBase(t *testing.T, s string) money.Amount {
	t.Helper()
	a, err := money.ParseBaseUnits(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestParseVariants checks values that pass and the problems of values that do not, one
// edit of the minimal file at a time.
func TestParseVariants(t *testing.T) {
	minimal, err := os.ReadFile("testdata/good_minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		giveOld   string // text of the minimal file to replace (empty: append giveNew)
		giveNew   string
		wantDSN   string // when set, the DSN after loading from /etc/staker/staker.yaml
		wantProbs []string
		check     func(*testing.T, *Config)
	}{
		{name: "relative sqlite", giveNew: "store: {dsn: sqlite:db/s.db}", wantDSN: "sqlite:/etc/staker/db/s.db"},
		{name: "absolute sqlite", giveNew: "store: {dsn: sqlite:/var/lib/staker/s.db}", wantDSN: "sqlite:/var/lib/staker/s.db"},
		{name: "sqlite slashes", giveNew: "store: {dsn: \"sqlite:///var/lib/s.db\"}", wantDSN: "sqlite:/var/lib/s.db"},
		{name: "postgres", giveNew: "store: {dsn: \"postgres://staker@db:5432/staker?sslmode=require\", password: env:PG}", wantDSN: "postgres://staker@db:5432/staker?sslmode=require"},
		{name: "postgresql", giveNew: "store: {dsn: \"postgresql:///staker?host=/run/postgresql\"}", wantDSN: "postgresql:///staker?host=/run/postgresql"},
		{name: "null store dsn keeps default", giveNew: "store: {dsn: ~}", wantDSN: "sqlite:/etc/staker/data/staker.db"},
		{name: "empty dsn", giveNew: "store: {dsn: \"\"}", wantProbs: []string{"store.dsn: missing; want sqlite:PATH or postgres://…"}},
		{name: "sqlite without path", giveNew: "store: {dsn: \"sqlite:\"}", wantProbs: []string{"store.dsn: sqlite: needs a file path (sqlite:PATH)"}},
		{name: "sqlite with query", giveNew: "store: {dsn: \"sqlite:s.db?mode=ro\"}", wantProbs: []string{"store.dsn: the sqlite path must be a plain file path, without ? or #"}},
		{name: "sqlite with password", giveNew: "store: {dsn: \"sqlite:s.db\", password: env:PG}", wantProbs: []string{"store.password: applies only to a postgres DSN"}},
		{name: "postgres password in url", giveNew: "store: {dsn: \"postgres://staker:hunter2@db/staker\"}", wantProbs: []string{"store.dsn: the DSN carries a password; give it as store.password: env:NAME or file:PATH"}},
		{name: "postgres password in query", giveNew: "store: {dsn: \"postgres://db/staker?password=hunter2\"}", wantProbs: []string{"store.dsn: the DSN carries a password; give it as store.password: env:NAME or file:PATH"}},
		{name: "postgres bad url", giveNew: "store: {dsn: \"postgres://db:port/x\"}", wantProbs: []string{"store.dsn: not a valid postgres:// URL"}},
		{name: "other scheme", giveNew: "store: {dsn: \"mysql://root:hunter2@db/x\"}", wantProbs: []string{"store.dsn: must be sqlite:PATH or postgres://…"}},
		{name: "listen not host:port", giveNew: "api: {listen: localhost}", wantProbs: []string{`api.listen: "localhost" is not host:port`}},
		{name: "listen port zero", giveNew: "api: {listen: \"127.0.0.1:0\"}", wantProbs: []string{`api.listen: port "0" must be a number from 1 to 65535`}},
		{name: "listen named port", giveNew: "api: {listen: \"127.0.0.1:http\"}", wantProbs: []string{`api.listen: port "http" must be a number from 1 to 65535`}},
		{name: "listen localhost", giveNew: "api: {listen: \"localhost:9000\"}", check: func(t *testing.T, c *Config) {
			if c.API.Listen != "localhost:9000" {
				t.Errorf("Listen = %q", c.API.Listen)
			}
		}},
		{name: "listen ipv6 loopback", giveNew: "api: {listen: \"[::1]:9000\"}"},
		{name: "listen wide with token", giveNew: "api: {listen: \"0.0.0.0:9000\", tokens: [{name: a, role: viewer, token: env:A}]}", check: func(t *testing.T, c *Config) {
			if len(c.API.Tokens) != 1 || c.API.Tokens[0].Role != RoleViewer || c.API.Tokens[0].Token.Ref() != "env:A" {
				t.Errorf("Tokens = %+v", c.API.Tokens)
			}
		}},
		{name: "socket signer", giveNew: "signer: {mode: socket, socket: run/s.sock}\n", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n", check: func(t *testing.T, c *Config) {
			if c.Signer.Mode != SignerSocket || c.Signer.Socket != "/etc/staker/run/s.sock" {
				t.Errorf("Signer = %+v", c.Signer)
			}
		}},
		{name: "signer mode empty", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n", giveNew: "signer: {mode: \"\", passphrase: env:P}\n",
			wantProbs: []string{`signer.mode: "" is not one of in-process, socket`}},
		{name: "approvals", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n",
			giveNew: "signer:\n  passphrase: env:P\n  approvals:\n    required: 2\n    approvers:\n" +
				"      - {name: a, public_key: " + strings.ToUpper(testKeyA) + "}\n      - {name: b, public_key: \"" + testKeyB + "\"}\n",
			check: func(t *testing.T, c *Config) {
				want := Approvals{Required: 2, Approvers: []Approver{{"a", testKeyA}, {"b", testKeyB}}}
				if !reflectEqual(c.Signer.Approvals, want) {
					t.Errorf("Approvals = %+v, want %+v (keys in lower case)", c.Signer.Approvals, want)
				}
			}},
		{name: "approvers by name only", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n",
			giveNew: "signer: {passphrase: env:P, approvals: {required: 2, approvers: [a, b]}}\n",
			wantProbs: []string{
				`signer.approvals.approvers[0]: must be a mapping, not "a"`,
				`signer.approvals.approvers[1]: must be a mapping, not "b"`,
			}},
		{name: "allowlist delay", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n",
			giveNew: "signer: {passphrase: env:P, allowlist_delay: 36h30m}\n", check: func(t *testing.T, c *Config) {
				if c.Signer.AllowlistDelay != 36*time.Hour+30*time.Minute {
					t.Errorf("AllowlistDelay = %v", c.Signer.AllowlistDelay)
				}
			}},
		{name: "allowlist delay zero", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n",
			giveNew: "signer: {passphrase: env:P, allowlist_delay: 0}\n", check: func(t *testing.T, c *Config) {
				if c.Signer.AllowlistDelay != 0 {
					t.Errorf("AllowlistDelay = %v", c.Signer.AllowlistDelay)
				}
			}},
		{name: "daemon defaults", giveNew: "daemon: {first_day: \"2026-11-20\", export: out/payouts}\n", check: func(t *testing.T, c *Config) {
			d := c.Daemon
			if d.FirstDay != "2026-11-20" || d.PublishBy != 8*time.Hour || d.CloseAfter != 5*time.Minute || d.LeaseTTL != 30*time.Second ||
				d.Export != "/etc/staker/out/payouts" || d.FeedKey != "/etc/staker/data/feed.key" || d.Inbox != "" || d.NATS.URL != "" {
				t.Errorf("Daemon = %+v", d)
			}
		}},
		{name: "daemon bad values", giveNew: "daemon: {first_day: tomorrow, close_after: 25h, publish_by: 0s, tick: -1s, lease_ttl: 1s, feed_key: \"\"}\n",
			wantProbs: []string{
				`daemon.first_day: "tomorrow" is not a date; want YYYY-MM-DD`,
				`daemon.publish_by: 0s must be positive`,
				`daemon.tick: -1s must be positive`,
				`daemon.close_after: 25h0m0s: want 0 to under 24h after midnight`,
				`daemon.feed_key: missing; payout batches are signed with it (staker payout keygen makes one)`,
			}},
		{name: "daemon short lease", giveNew: "daemon: {lease_ttl: 2s}\n",
			wantProbs: []string{`daemon.lease_ttl: 2s is too short to renew; want at least 3s`}},
		{name: "daemon nats", giveNew: "daemon: {nats: {url: \"http://x:1\", durable: \"\"}}\n",
			wantProbs: []string{`daemon.nats.url: "http://x:1": want nats://HOST:PORT or tls://HOST:PORT`, `daemon.nats.durable: missing; needed when daemon.nats.url is set`}},
		{name: "allowlist delay without unit", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n",
			giveNew:   "signer: {passphrase: env:P, allowlist_delay: 86400}\n",
			wantProbs: []string{`signer.allowlist_delay: must be a duration such as "90s" or "24h", not 86400`}},
		{name: "policies", giveOld: "    chain: solana\n",
			giveNew: "    chain: solana\n    fee_bps: 10000\n    count_open_orders: false\n    distribution: {policy: redistribute, max_apr_bps: 800}\n    recognition: {policy: cash}\n    cap: \"0\"\n    min: \"0.000000001\"\n    buffer: {quantile: 1, safety_factor: \"2.25\", min_abs: \"12.5\", low_watermark_bps: 0, high_watermark_bps: 100000}\n",
			check: func(t *testing.T, c *Config) {
				sol, _ := c.Token("SOL")
				if sol.FeeBps != 10000 || sol.CountOpenOrders || sol.Distribution != (Distribution{Redistribute, 800}) ||
					sol.Recognition.Policy != Cash || !sol.Cap.IsZero() || sol.Min.String() != "1" ||
					sol.Buffer.QuantileBps != 10000 || sol.Buffer.SafetyFactorBps != 22500 || sol.Buffer.MinAbs.String() != "12500000000" ||
					sol.Buffer.LowWatermarkBps != 0 || sol.Buffer.HighWatermarkBps != 100000 {
					t.Errorf("SOL = %+v", sol)
				}
			}},
		{name: "null values keep defaults", giveOld: "    chain: solana\n",
			giveNew: "    chain: solana\n    fee_bps: ~\n    count_open_orders: null\n    min:\n    buffer: ~\n    settings: ~\n",
			check: func(t *testing.T, c *Config) {
				sol, _ := c.Token("SOL")
				if sol.FeeBps != 0 || !sol.CountOpenOrders || sol.Min.String() != "1000000000" || sol.Buffer.PctBps != DefaultPctBps || sol.Chain.Settings.Kind != 0 {
					t.Errorf("SOL = %+v", sol)
				}
			}},
		{name: "lower-case symbol", giveOld: "  SOL:\n", giveNew: "  sol:\n", check: func(t *testing.T, c *Config) {
			if _, ok := c.Tokens["SOL"]; !ok {
				t.Errorf("Tokens = %v, want SOL", c.Tokens)
			}
		}},
		{name: "approval above", giveOld: "signer:\n  passphrase: env:STAKER_TEST_PASSPHRASE\n",
			giveNew: "signer: {passphrase: env:P, approvals: {required: 1, approvers: [{name: a, public_key: " + testKeyA + "}]}}\n", check: func(t *testing.T, c *Config) {
				if c.Signer.Approvals.Required != 1 {
					t.Errorf("Approvals = %+v", c.Signer.Approvals)
				}
			}},
		{name: "evm chain id from network", giveOld: "  SOL:\n", giveNew: "  S:\n    chain: sonic\n    network: blaze\n    endpoints: [{url: \"https://rpc.blaze.soniclabs.com\"}]\n    custody: [{address: \"0x6a3B7c1e0F9d2A54b8C3e71D0f5A9b2c4E8d1F07\"}]\n    validators: [{id: 12}]\n  SOL:\n",
			check: func(t *testing.T, c *Config) {
				s, _ := c.Token("S")
				if s.Chain.ChainID != 57054 {
					t.Errorf("ChainID = %d", s.Chain.ChainID)
				}
			}},
		{name: "evm localnet with chain id", giveOld: "  SOL:\n", giveNew: "  BNB:\n    chain: bsc\n    network: localnet\n    chain_id: 1337\n    endpoints: [{url: \"http://127.0.0.1:8545\"}]\n    custody: [{key: k}]\n    validators: [{id: \"0x1a5F2bD0e6C93b7E4d8A0c1F9e2B3d4C5a6E7f80\"}]\n    signing: {per_tx_limit: \"1\", daily_limit: \"2\"}\n  SOL:\n",
			check: func(t *testing.T, c *Config) {
				b, _ := c.Token("BNB")
				if b.Chain.ChainID != 1337 || b.Chain.Signing.ChainID != "1337" {
					t.Errorf("ChainID = %d, signing %q", b.Chain.ChainID, b.Chain.Signing.ChainID)
				}
			}},
		{name: "evm chain id override", giveOld: "  SOL:\n", giveNew: "  AXS:\n    chain: ronin\n    network: saigon\n    chain_id: 2021\n    endpoints: [{url: \"https://saigon-testnet.roninchain.com/rpc\"}]\n    custody: [{key: k}]\n    signing: {per_tx_limit: \"1\", daily_limit: \"2\"}\n  SOL:\n",
			check: func(t *testing.T, c *Config) {
				a, _ := c.Token("AXS")
				if a.Chain.ChainID != 2021 || len(a.Chain.Validators) != 0 || a.Chain.Signing.ChainID != "2021" || len(a.Chain.Signing.Allow) != 0 {
					t.Errorf("Chain = %+v", a.Chain)
				}
			}},
		{name: "ronin validators", giveOld: "  SOL:\n", giveNew: "  AXS:\n    chain: ronin\n    network: saigon\n    endpoints: [{url: \"https://saigon-testnet.roninchain.com/rpc\"}]\n    custody: [{key: k}]\n    validators: [{id: x}]\n    max_churn_bps: 10\n    max_skipped_bps: 10\n    signing: {per_tx_limit: \"1\", daily_limit: \"2\"}\n  SOL:\n",
			wantProbs: []string{
				"tokens.AXS.validators: must be left out (AXS stakes into a single pool contract, chosen under settings)",
				"tokens.AXS.max_churn_bps: has no effect (AXS stakes into a single pool contract, chosen under settings)",
				"tokens.AXS.max_skipped_bps: has no effect (AXS stakes into a single pool contract, chosen under settings)",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := string(minimal) + tt.giveNew + "\n"
			if tt.giveOld != "" {
				if !strings.Contains(string(minimal), tt.giveOld) {
					t.Fatalf("minimal file has no %q", tt.giveOld)
				}
				text = strings.Replace(string(minimal), tt.giveOld, tt.giveNew, 1)
			}
			cfg, err := Parse([]byte(text), "/etc/staker/staker.yaml")
			if tt.wantProbs != nil {
				var got []string
				for _, s := range problemStrings(t, err) {
					_, after, _ := strings.Cut(s, ": ") // drop file:line, checked by TestBadFiles
					got = append(got, after)
				}
				diffLines(t, got, tt.wantProbs)
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v\n%s", err, text)
			}
			if tt.wantDSN != "" && cfg.Store.DSN != tt.wantDSN {
				t.Errorf("DSN = %q, want %q", cfg.Store.DSN, tt.wantDSN)
			}
			if tt.check != nil {
				tt.check(t, cfg)
			}
		})
	}
}

func TestParseRelativeToWorkingDir(t *testing.T) {
	minimal, err := os.ReadFile("testdata/good_minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	for _, name := range []string{"", "staker.yaml"} {
		cfg, err := Parse(minimal, name)
		if err != nil {
			t.Fatalf("Parse(%q): %v", name, err)
		}
		if cfg.Dir != wd || cfg.Store.DSN != "sqlite:"+filepath.Join(wd, "data/staker.db") {
			t.Errorf("Parse(%q): Dir %q, DSN %q; want both under %q", name, cfg.Dir, cfg.Store.DSN, wd)
		}
	}
}

func TestStoreResolveDSN(t *testing.T) {
	t.Setenv("STAKER_TEST_PG", "p@ss:w/rd")
	tests := []struct {
		name    string
		give    Store
		want    string
		wantErr string
	}{
		{"no password", Store{DSN: "sqlite:/x.db"}, "sqlite:/x.db", ""},
		{"password", Store{DSN: "postgres://staker@db:5432/s?sslmode=disable", Password: mustSecret(t, "env:STAKER_TEST_PG")},
			"postgres://staker:p%40ss%3Aw%2Frd@db:5432/s?sslmode=disable", ""},
		{"password no user", Store{DSN: "postgres://db/s", Password: mustSecret(t, "env:STAKER_TEST_PG")},
			"postgres://:p%40ss%3Aw%2Frd@db/s", ""},
		{"unset", Store{DSN: "postgres://db/s", Password: mustSecret(t, "env:STAKER_TEST_UNSET_PG")},
			"", "store password: secret env:STAKER_TEST_UNSET_PG: secret unavailable: environment variable is not set"},
		{"bad dsn", Store{DSN: "postgres://db:port/s", Password: mustSecret(t, "env:STAKER_TEST_PG")},
			"", "store dsn: not a valid postgres:// URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.give.ResolveDSN()
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ResolveDSN() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestEndpointResolveURL(t *testing.T) {
	t.Setenv("STAKER_TEST_RPC_KEY", "k/1 2")
	tests := []struct {
		name    string
		give    Endpoint
		want    string
		wantErr string
	}{
		{"plain", Endpoint{URL: "https://a.example/rpc"}, "https://a.example/rpc", ""},
		{"key in header stays out of the url", Endpoint{URL: "https://a.example", APIKey: mustSecret(t, "env:STAKER_TEST_RPC_KEY"), APIKeyHeader: "x-api-key"}, "https://a.example", ""},
		{"placeholder", Endpoint{URL: "https://a.example/v2/{api_key}", APIKey: mustSecret(t, "env:STAKER_TEST_RPC_KEY")}, "https://a.example/v2/k%2F1%202", ""},
		{"unset key", Endpoint{URL: "https://a.example/v2/{api_key}", APIKey: mustSecret(t, "env:STAKER_TEST_NO_KEY")}, "",
			"endpoint api key: secret env:STAKER_TEST_NO_KEY: secret unavailable: environment variable is not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.give.ResolveURL()
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ResolveURL() = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestSlogLevel(t *testing.T) {
	tests := []struct {
		give string
		want string
	}{
		{"debug", "DEBUG"}, {"info", "INFO"}, {"warn", "WARN"}, {"error", "ERROR"}, {"", "INFO"},
	}
	for _, tt := range tests {
		if got := (Log{Level: tt.give}).SlogLevel().String(); got != tt.want {
			t.Errorf("SlogLevel(%q) = %s, want %s", tt.give, got, tt.want)
		}
	}
}

func TestDefault(t *testing.T) {
	d := Default()
	if d.Version != Version || d.Store.DSN != DefaultDSN || d.API.Listen != DefaultListen ||
		d.Signer.Mode != SignerInProcess || d.Signer.AllowlistDelay != DefaultAllowlistDelay ||
		d.Log.Level != "info" || d.Tokens == nil || len(d.Tokens) != 0 {
		t.Errorf("Default() = %+v", d)
	}
	for _, tok := range money.Tokens() {
		dt := DefaultToken(tok)
		if !dt.Min.Equal(tok.DefaultMin) || !dt.Cap.Equal(tok.DefaultCap) || dt.Chain.Name != tok.Chain ||
			slices.Contains(dt.Chain.Signing.Actions, "transfer") || len(dt.Chain.Signing.Actions) != 10 {
			t.Errorf("DefaultToken(%s) = %+v", tok, dt)
		}
	}
}

func mustSecret(t *testing.T, ref string) Secret {
	t.Helper()
	s, err := ParseSecret(ref, "")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// reflectEqual compares values that hold money.Amount, whose big.Int pointers rule out ==,
// by their %+v form (amounts print as numbers, secrets as [redacted]).
func reflectEqual(a, b any) bool { return fmt.Sprintf("%+v", a) == fmt.Sprintf("%+v", b) }
