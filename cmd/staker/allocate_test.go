package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// allocateConfig enables SOL with its own product rules; BNB is not enabled.
const allocateConfig = `version: 1
signer:
  passphrase: env:STAKER_TEST_PASSPHRASE
tokens:
  SOL:
    min: "10"
    cap: "200"
    fee_bps: 1000
    distribution:
      policy: redistribute
      max_apr_bps: 100000
    chain: solana
    network: devnet
    endpoints:
      - url: https://api.devnet.solana.com
    custody:
      - key: sol-1
    validators:
      - id: 5p8qKVyKthA9DUb1rwQDzjcmTkaZdwN97J3LiaEywUjd
    signing: {per_tx_limit: "100", daily_limit: "1000"}
`

func allocateInputs() map[string]string {
	return map[string]string{
		"balances.csv": "user_id,avg_balance,eligible\ncarol,5,true\nalice,100,true\nbob,300.5,true\ndave,50,false\n",
		"staker.yaml":  allocateConfig,
	}
}

var allocateArgs = []string{"allocate", "--token", "SOL", "--day", "2025-03-01", "--balances", "@/balances.csv", "--reward", "1", "--out", "@/payouts.csv"}

func TestAllocateCommand(t *testing.T) {
	tests := []struct {
		name     string
		giveArgs []string
		want     string
		wantSum  map[string]any
	}{
		{
			name:     "defaults: no fee, no minimum, no cap, pool rate",
			giveArgs: allocateArgs,
			want:     "user_id,avg_balance,effective_balance,reward\nalice,100,100,0.219538968\nbob,300.5,300.5,0.659714599\ncarol,5,5,0.010976948\n",
			wantSum: map[string]any{"policy": "pool_rate", "fee": "0", "distributable": "0.890230515", "treasury": "0.109769485",
				"users": 4.0, "eligible_users": 3.0, "effective_users": 3.0, "rewarded_users": 3.0, "sum_avg": "455.5", "sum_effective": "405.5", "base": "455.5", "cap": "0", "min": "0"},
		},
		{
			name:     "flags",
			giveArgs: append(append([]string(nil), allocateArgs...), "--fee-bps", "1000", "--min", "10", "--cap", "200"),
			want:     "user_id,avg_balance,effective_balance,reward\nalice,100,100,0.197585071\nbob,300.5,200,0.395170143\n",
			wantSum: map[string]any{"policy": "pool_rate", "fee": "0.1", "distributable": "0.592755214", "treasury": "0.307244786",
				"effective_users": 2.0, "sum_effective": "300", "apr_bps": 7211.86},
		},
		{
			name:     "config defaults",
			giveArgs: append(append([]string(nil), allocateArgs...), "--config", "@/staker.yaml"),
			want:     "user_id,avg_balance,effective_balance,reward\nalice,100,100,0.3\nbob,300.5,200,0.6\n",
			wantSum:  map[string]any{"policy": "redistribute", "fee_bps": 1000.0, "max_apr_bps": 100000.0, "min": "10", "cap": "200", "distributable": "0.9", "treasury": "0"},
		},
		{
			name:     "flags override the config",
			giveArgs: append(append([]string(nil), allocateArgs...), "--config", "@/staker.yaml", "--policy", "pool_rate", "--cap", "0", "--fee-bps", "0", "--max-apr-bps", "0", "--base", "1000"),
			want:     "user_id,avg_balance,effective_balance,reward\nalice,100,100,0.1\nbob,300.5,300.5,0.3005\n",
			wantSum:  map[string]any{"policy": "pool_rate", "fee_bps": 0.0, "max_apr_bps": 0.0, "min": "10", "cap": "0", "base": "1000", "distributable": "0.4005", "treasury": "0.5995"},
		},
		{
			name:     "APR ceiling",
			giveArgs: append(append([]string(nil), allocateArgs...), "--max-apr-bps", "3650", "--policy", "redistribute"),
			want:     "user_id,avg_balance,effective_balance,reward\nalice,100,100,0.1\nbob,300.5,300.5,0.3005\ncarol,5,5,0.005\n",
			wantSum:  map[string]any{"distributable": "0.4055", "treasury": "0.5945", "apr_bps": 3650.0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := cliDir(t, allocateInputs())
			got := runStaker(t, inDir(dir, tt.giveArgs...)...)
			if got.code != 0 {
				t.Fatalf("exit %d: %s", got.code, got.stderr)
			}
			data, err := os.ReadFile(filepath.Join(dir, "payouts.csv"))
			if err != nil || string(data) != tt.want {
				t.Fatalf("output %q, %v; want %q", data, err, tt.want)
			}
			var sum map[string]any
			if err := json.Unmarshal([]byte(got.stdout), &sum); err != nil {
				t.Fatalf("stdout %q: %v", got.stdout, err)
			}
			want := map[string]any{"token": "SOL", "day": "2025-03-01", "decimals": 9.0, "reward": "1",
				"out": filepath.Join(dir, "payouts.csv"), "payouts_sha256": sha256Hex(data)}
			for k, v := range tt.wantSum {
				want[k] = v
			}
			for k, v := range want {
				if sum[k] != v {
					t.Errorf("summary %s = %v (%T), want %v (%T)", k, sum[k], sum[k], v, v)
				}
			}
			for _, k := range []string{"token", "day", "decimals", "reward", "fee", "distributable", "treasury", "users",
				"eligible_users", "sum_avg", "sum_effective", "apr_bps", "payouts_sha256"} {
				if _, ok := sum[k]; !ok {
					t.Errorf("summary lacks %s", k)
				}
			}
		})
	}
}

// TestAllocateBadInput runs `staker allocate` on broken inputs: each must exit 2 with the
// message on stderr and leave no output file (nor a temporary one) behind.
func TestAllocateBadInput(t *testing.T) {
	tests := []struct {
		name      string
		giveInput string   // balances.csv, if not empty
		giveArgs  []string // extra flags
		wantErr   string   // the start of stderr; "@" is the directory
	}{
		{name: "malformed amount", giveInput: "user_id,avg_balance\nalice,1,5\n", wantErr: `@/balances.csv:2: 3 fields, the header has 2`},
		{name: "not a number", giveInput: "user_id,avg_balance\nalice,12a\n", wantErr: `@/balances.csv:2: avg_balance: amount "12a" of SOL: not a plain decimal number`},
		{name: "too many decimals", giveInput: "user_id,avg_balance\nalice,1.0000000001\n", wantErr: `@/balances.csv:2: avg_balance: amount "1.0000000001": too many decimals (SOL has 9)`},
		{name: "negative", giveInput: "user_id,avg_balance\nalice,-1\n", wantErr: `@/balances.csv:2: avg_balance: amount "-1" of SOL: negative amount not allowed`},
		{name: "duplicate user sorted", giveInput: "user_id,avg_balance\nalice,1\nalice,2\n", wantErr: `@/balances.csv:3: duplicate user_id "alice" (also on line 2)`},
		{name: "duplicate user unsorted", giveInput: "user_id,avg_balance\nbob,1\nalice,1\n\nbob,2\n", wantErr: `@/balances.csv:5: duplicate user_id "bob" (also on line 2)`},
		{name: "missing column", giveInput: "user_id,eligible\nalice,true\n", wantErr: `@/balances.csv:1: missing column "avg_balance" (want user_id,avg_balance,eligible)`},
		{name: "misspelt column", giveInput: "user_id,avg_balance,eligble\nalice,1,false\n", wantErr: `@/balances.csv:1: unknown column "eligble"`},
		{name: "bad eligible", giveInput: "user_id,avg_balance,eligible\nalice,1,yes\n", wantErr: `@/balances.csv:2: eligible: "yes" is not true or false`},
		{name: "empty user", giveInput: "user_id,avg_balance\n\"\",1\n", wantErr: `@/balances.csv:2: empty user_id`},
		{name: "bare quote", giveInput: "user_id,avg_balance\nal\"ice,1\n", wantErr: `@/balances.csv:2: quote inside an unquoted field`},
		{name: "empty file", giveInput: "\xef\xbb\xbf", wantErr: `@/balances.csv:1: no header line`},
		{name: "sum beyond 2^256", giveInput: "user_id,avg_balance\na,115792089237316195423570985008687907853269984665640564039457.584007913\nb,115792089237316195423570985008687907853269984665640564039457.584007913\n",
			giveArgs: []string{"--token", "BNB"}, wantErr: `@/balances.csv: avg_balance: sum of balances does not fit in 256 bits`},
		{name: "unknown token", giveArgs: []string{"--token", "XRP"}, wantErr: `staker: --token: unknown token "XRP"`},
		{name: "bad day", giveArgs: []string{"--day", "01/03/2025"}, wantErr: `staker: --day: not a day`},
		{name: "bad reward", giveArgs: []string{"--reward", "1,5"}, wantErr: `staker: --reward: amount "1,5" of SOL: not a plain decimal number`},
		{name: "negative reward", giveArgs: []string{"--reward", "-1"}, wantErr: `staker: --reward: amount "-1" of SOL: negative amount not allowed`},
		{name: "bad min", giveArgs: []string{"--min", "0.0000000001"}, wantErr: `staker: --min: amount "0.0000000001": too many decimals`},
		{name: "bad cap", giveArgs: []string{"--cap", "lots"}, wantErr: `staker: --cap: amount "lots" of SOL`},
		{name: "bad base", giveArgs: []string{"--base", "x"}, wantErr: `staker: --base: amount "x" of SOL`},
		{name: "zero base", giveArgs: []string{"--base", "0"}, wantErr: `staker: --base: must be above zero`},
		{name: "base below effective", giveArgs: []string{"--base", "100"}, wantErr: `staker: base below the sum of effective balances`},
		{name: "min above cap", giveArgs: []string{"--min", "10", "--cap", "5"}, wantErr: `staker: minimum above cap`},
		{name: "fee above 100%", giveArgs: []string{"--fee-bps", "10001"}, wantErr: `staker: --fee-bps: 10001 is above 10000`},
		{name: "fee not a number", giveArgs: []string{"--fee-bps", "ten"}, wantErr: `staker: bad flags: invalid argument "ten"`},
		{name: "unknown policy", giveArgs: []string{"--policy", "equal"}, wantErr: `staker: --policy: unknown distribution policy "equal"`},
		{name: "token not in config", giveArgs: []string{"--token", "BNB", "--config", "@/staker.yaml"}, wantErr: `staker: --config @/staker.yaml: token BNB is not enabled there`},
		{name: "bad config", giveArgs: []string{"--config", "@/balances.csv"}, wantErr: `staker: @/balances.csv:1: `},
		{name: "missing config", giveArgs: []string{"--config", "@/nope.yaml"}, wantErr: `staker: `},
		{name: "missing balances", giveArgs: []string{"--balances", "@/nope.csv"}, wantErr: `staker: --balances: open @/nope.csv`},
		{name: "missing flag", giveArgs: []string{"--reward", ""}, wantErr: `staker: --reward is required`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := allocateInputs()
			if tt.giveInput != "" {
				files["balances.csv"] = tt.giveInput
			}
			dir := cliDir(t, files)
			got := runStaker(t, inDir(dir, append(append([]string(nil), allocateArgs...), tt.giveArgs...)...)...)
			wantErr := strings.ReplaceAll(tt.wantErr, "@", dir)
			if got.code != 2 || !strings.HasPrefix(got.stderr, wantErr) {
				t.Fatalf("exit %d, stderr %q; want 2 and %q", got.code, got.stderr, wantErr)
			}
			if got.stdout != "" {
				t.Fatalf("stdout %q on bad input", got.stdout)
			}
			assertOnlyFiles(t, dir, "balances.csv", "staker.yaml")
		})
	}
}

// FuzzDecodeBalances feeds arbitrary text to the balances reader. It must never panic; it
// either refuses the input with FILE:LINE: what (the line within the input), or returns
// holdings sorted by unique, non-empty user ids that survive being written out and read back.
func FuzzDecodeBalances(f *testing.F) {
	for _, s := range []string{
		"user_id,avg_balance,eligible\ncarol,5,true\nalice,100,true\nbob,300.5,false\n",
		"avg_balance,user_id\r\n1,a\r\n\r\n2,b\r\n",
		"\xef\xbb\xbfuser_id,avg_balance\n\"a,b\",0.000000001\n\"say \"\"hi\"\"\",7\n",
		"user_id,avg_balance\na,1\na,2\n",
		"user_id,avg_balance\n\"a,1\n",
		"user_id\n",
		"",
	} {
		f.Add(s)
	}
	sol := mustToken(f, "SOL")
	f.Fuzz(func(t *testing.T, input string) {
		src := strings.NewReader(input)
		hs, err := decodeBalances(t.Context(), "in.csv", src, src.Size(), sol, 1)
		// Parsing in pieces in parallel must not change the outcome.
		pieced, perr := decodeBalances(t.Context(), "in.csv", src, src.Size(), sol, 3)
		if fmt.Sprint(err) != fmt.Sprint(perr) || len(hs) != len(pieced) {
			t.Fatalf("whole: %d holdings, error %v; in pieces: %d, error %v", len(hs), err, len(pieced), perr)
		}
		for i := range hs {
			if hs[i] != pieced[i] {
				t.Fatalf("holding %d: %+v whole, %+v in pieces", i, hs[i], pieced[i])
			}
		}
		if err != nil {
			checkInputError(t, err, input)
			return
		}
		var out []byte
		out = append(out, "user_id,avg_balance,eligible\n"...)
		for i, h := range hs {
			if h.User == "" || (i > 0 && hs[i-1].User >= h.User) {
				t.Fatalf("holdings not sorted by unique ids at %d: %q after %q", i, h.User, hs[max(i-1, 0)].User)
			}
			out = appendUser(out, h.User)
			out = append(out, ',')
			out = appendUnits(out, int(sol.Decimals), &h.Avg)
			out = append(out, ","+map[bool]string{true: "true", false: "false"}[h.Eligible]+"\n"...)
		}
		again, err := decodeBalances(t.Context(), "out.csv", bytes.NewReader(out), int64(len(out)), sol, 2)
		if err != nil {
			t.Fatalf("written holdings do not read back: %v\n%s", err, out)
		}
		if len(again) != len(hs) {
			t.Fatalf("read back %d holdings, wrote %d", len(again), len(hs))
		}
		for i := range hs {
			if again[i] != hs[i] {
				t.Fatalf("holding %d read back as %+v, wrote %+v", i, again[i], hs[i])
			}
		}
	})
}

// checkInputError requires err to be an input error at a line of input (line 0 only for
// errors about the whole file).
func checkInputError(t *testing.T, err error, input string) {
	t.Helper()
	var ie *inputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T) is not an input error", err, err)
	}
	lines := strings.Count(input, "\n") + 1
	if ie.line < 0 || ie.line > lines {
		t.Fatalf("error at line %d of a %d-line input: %v", ie.line, lines, err)
	}
}

func TestLineEnd(t *testing.T) {
	long := strings.Repeat("x", 70<<10) // longer than one read
	tests := []struct {
		name     string
		give     string
		giveFrom int64
		giveN    int
		want     int64
	}{
		{name: "no lines wanted", give: "ab\ncd\n", giveFrom: 1, giveN: 0, want: 1},
		{name: "first line", give: "ab\ncd\n", giveN: 1, want: 3},
		{name: "second line", give: "ab\ncd\n", giveN: 2, want: 6},
		{name: "from the middle", give: "ab\ncd\n", giveFrom: 4, giveN: 1, want: 6},
		{name: "past the end", give: "ab\ncd", giveN: 2, want: 5},
		{name: "no line end", give: "abcd", giveN: 1, want: 4},
		{name: "long line", give: long + "\nz\n", giveN: 1, want: int64(len(long)) + 1},
		{name: "long line, second end", give: long + "\n" + long + "\n", giveN: 2, want: 2*int64(len(long)) + 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.NewReader(tt.give)
			got, err := lineEnd(src, src.Size(), tt.giveFrom, tt.giveN)
			if err != nil || got != tt.want {
				t.Fatalf("lineEnd = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
}

// TestDecodeBalancesInPieces checks that parsing in pieces gives the same holdings, and
// errors at the same lines, as parsing whole.
func TestDecodeBalancesInPieces(t *testing.T) {
	sol := mustToken(t, "SOL")
	var b strings.Builder
	b.WriteString("\nuser_id,avg_balance\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "u%05d,%d.5\n", (i*7919)%5000, i)
		if i%1000 == 0 {
			b.WriteString("\r\n")
		}
	}
	good := b.String()
	tests := []struct {
		name    string
		give    string
		wantErr string
	}{
		{name: "good", give: good},
		{name: "bad amount near the end", give: good + "zz,1e5\n", wantErr: `in.csv:5008: avg_balance: amount "1e5" of SOL: not a plain decimal number`},
		{name: "duplicate across pieces", give: good + "u00001,2\n", wantErr: `in.csv:5008: duplicate user_id "u00001" (also on line 2685)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.NewReader(tt.give)
			whole, err := decodeBalances(t.Context(), "in.csv", src, src.Size(), sol, 1)
			for _, pieces := range []int{2, 3, 7} {
				got, perr := decodeBalances(t.Context(), "in.csv", src, src.Size(), sol, pieces)
				if fmt.Sprint(perr) != fmt.Sprint(err) || len(got) != len(whole) {
					t.Fatalf("%d pieces: %d holdings, %v; whole: %d, %v", pieces, len(got), perr, len(whole), err)
				}
			}
			if tt.wantErr == "" {
				if err != nil || len(whole) != 5000 {
					t.Fatalf("%d holdings, %v", len(whole), err)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("error %v, want %s", err, tt.wantErr)
			}
		})
	}
}
