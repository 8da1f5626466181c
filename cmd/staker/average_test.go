package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/softstake/staker/allocator"
)

// cliDir writes files into a fresh directory and returns it.
func cliDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// inDir replaces a leading "@" in each argument with dir.
func inDir(dir string, args ...string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if strings.HasPrefix(a, "@") {
			a = dir + a[1:]
		}
		out[i] = a
	}
	return out
}

// averageInputs are good inputs for `staker average`; cases change one of them.
func averageInputs() map[string]string {
	return map[string]string{
		"opening.csv": "user_id,balance\nalice,100\nbob,0\n",
		"events.csv": "user_id,time,balance\n" +
			"alice,2025-03-01T06:00:00Z,60\n" +
			"alice,2025-03-01T12:00:00Z,0\n" +
			"alice,2025-03-01T12:00:00Z,60\n" +
			"bob,2025-03-01T18:00:00Z,1.5\n" +
			"carol,2025-03-01T23:59:59.999999999Z,86400\n",
		"activations.csv": "user_id,activated_at,deactivated_at\n" +
			"alice,2025-02-01T00:00:00Z,\n" +
			"bob,2025-03-01T00:00:00Z,\n" +
			"carol,2025-01-01T00:00:00Z,2025-02-01T00:00:00Z\n" +
			"carol,2025-02-15T00:00:00Z,2025-03-02T00:00:00Z\n",
	}
}

var averageArgs = []string{"average", "--token", "SOL", "--day", "2025-03-01",
	"--opening", "@/opening.csv", "--events", "@/events.csv", "--activations", "@/activations.csv", "--out", "@/avg.csv"}

func TestAverageCommand(t *testing.T) {
	tests := []struct {
		name     string
		giveArgs []string
		want     string
		wantSum  averageSummary
	}{
		{
			name:     "with activations",
			giveArgs: averageArgs,
			want:     "user_id,avg_balance,eligible\nalice,70,true\nbob,0.375,false\ncarol,0.000000001,true\n",
			wantSum:  averageSummary{Token: "SOL", Day: "2025-03-01", Decimals: 9, Users: 3, EligibleUsers: 2, Changes: 5, SumAvg: "70.375000001"},
		},
		{
			name:     "everyone eligible without activations",
			giveArgs: averageArgs[:len(averageArgs)-4],
			want:     "user_id,avg_balance,eligible\nalice,70,true\nbob,0.375,true\ncarol,0.000000001,true\n",
			wantSum:  averageSummary{Token: "SOL", Day: "2025-03-01", Decimals: 9, Users: 3, EligibleUsers: 3, Changes: 5, SumAvg: "70.375000001"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := cliDir(t, averageInputs())
			args := inDir(dir, tt.giveArgs...)
			if !strings.HasSuffix(args[len(args)-1], "avg.csv") {
				args = append(args, "--out", filepath.Join(dir, "avg.csv"))
			}
			got := runStaker(t, args...)
			if got.code != 0 {
				t.Fatalf("exit %d: %s", got.code, got.stderr)
			}
			data, err := os.ReadFile(filepath.Join(dir, "avg.csv"))
			if err != nil || string(data) != tt.want {
				t.Fatalf("output %q, %v; want %q", data, err, tt.want)
			}
			var sum averageSummary
			if err := json.Unmarshal([]byte(got.stdout), &sum); err != nil {
				t.Fatalf("stdout %q: %v", got.stdout, err)
			}
			tt.wantSum.Out = filepath.Join(dir, "avg.csv")
			tt.wantSum.OutSHA256 = sha256Hex(data)
			if sum != tt.wantSum {
				t.Fatalf("summary %+v, want %+v", sum, tt.wantSum)
			}
		})
	}
}

// TestAverageBadInput runs `staker average` on broken inputs: each must exit 2 with
// "FILE:LINE: what" on stderr and leave no output file (nor a temporary one) behind.
func TestAverageBadInput(t *testing.T) {
	tests := []struct {
		name      string
		giveFile  string // the input to replace
		giveInput string
		wantErr   string // the start of stderr; "@" is the directory
	}{
		{name: "malformed amount", giveFile: "opening.csv", giveInput: "user_id,balance\nalice,1.2.3\n", wantErr: `@/opening.csv:2: balance: amount "1.2.3" of SOL: not a plain decimal number`},
		{name: "too many decimals", giveFile: "events.csv", giveInput: "user_id,time,balance\nalice,2025-03-01T06:00:00Z,0.0000000001\n", wantErr: `@/events.csv:2: balance: amount "0.0000000001": too many decimals (SOL has 9)`},
		{name: "negative", giveFile: "opening.csv", giveInput: "user_id,balance\nalice,-5\n", wantErr: `@/opening.csv:2: balance: amount "-5" of SOL: negative amount not allowed`},
		{name: "duplicate user", giveFile: "opening.csv", giveInput: "user_id,balance\nalice,1\nbob,2\nalice,3\n", wantErr: `@/opening.csv:4: duplicate user "alice"`},
		{name: "time before the day", giveFile: "events.csv", giveInput: "user_id,time,balance\nalice,2025-02-28T23:59:59.999999999Z,1\n", wantErr: `@/events.csv:2: time outside the day: 2025-02-28T23:59:59.999999999Z is not on 2025-03-01`},
		{name: "time at the next midnight", giveFile: "events.csv", giveInput: "user_id,time,balance\n\nalice,2025-03-02T00:00:00Z,1\n", wantErr: `@/events.csv:3: time outside the day`},
		{name: "time not RFC 3339", giveFile: "events.csv", giveInput: "user_id,time,balance\nalice,2025-03-01 06:00,1\n", wantErr: `@/events.csv:2: time: "2025-03-01 06:00" is not an RFC 3339 time`},
		{name: "events out of order", giveFile: "events.csv", giveInput: "user_id,time,balance\nalice,2025-03-01T06:00:00Z,1\nbob,2025-03-01T05:00:00Z,1\nalice,2025-03-01T05:59:59Z,2\n", wantErr: `@/events.csv:4: balance change before the user's previous change: "alice" at 2025-03-01T05:59:59Z, previous change at 2025-03-01T06:00:00Z`},
		{name: "missing column", giveFile: "events.csv", giveInput: "user_id,balance\nalice,1\n", wantErr: `@/events.csv:1: missing column "time" (want user_id,time,balance)`},
		{name: "unknown column", giveFile: "opening.csv", giveInput: "user_id,balance,note\nalice,1,x\n", wantErr: `@/opening.csv:1: unknown column "note"`},
		{name: "short row", giveFile: "opening.csv", giveInput: "user_id,balance\nalice\n", wantErr: `@/opening.csv:2: 1 fields, the header has 2`},
		{name: "empty user", giveFile: "events.csv", giveInput: "user_id,time,balance\n,2025-03-01T06:00:00Z,1\n", wantErr: `@/events.csv:2: empty user_id`},
		{name: "unclosed quote", giveFile: "opening.csv", giveInput: "user_id,balance\n\"alice,1\n", wantErr: `@/opening.csv:2: quoted field not closed on its line`},
		{name: "empty file", giveFile: "opening.csv", giveInput: "", wantErr: `@/opening.csv:1: no header line (want user_id,balance)`},
		{name: "activation order", giveFile: "activations.csv", giveInput: "user_id,activated_at,deactivated_at\nalice,2025-02-01T00:00:00Z,2025-01-01T00:00:00Z\n", wantErr: `@/activations.csv:2: deactivated before activated: "alice"`},
		{name: "activation time", giveFile: "activations.csv", giveInput: "user_id,activated_at,deactivated_at\nalice,,\n", wantErr: `@/activations.csv:2: activated_at: "" is not an RFC 3339 time`},
		{name: "bad deactivation time", giveFile: "activations.csv", giveInput: "user_id,activated_at,deactivated_at\nalice,2025-02-01T00:00:00Z,soon\n", wantErr: `@/activations.csv:2: deactivated_at: "soon" is not an RFC 3339 time`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := averageInputs()
			files[tt.giveFile] = tt.giveInput
			dir := cliDir(t, files)
			got := runStaker(t, inDir(dir, averageArgs...)...)
			wantErr := strings.ReplaceAll(tt.wantErr, "@", dir)
			if got.code != 2 || !strings.HasPrefix(got.stderr, wantErr) {
				t.Fatalf("exit %d, stderr %q; want 2 and %q", got.code, got.stderr, wantErr)
			}
			if got.stdout != "" {
				t.Fatalf("stdout %q on bad input", got.stdout)
			}
			assertOnlyFiles(t, dir, "activations.csv", "events.csv", "opening.csv")
		})
	}
}

func TestAverageBadUsage(t *testing.T) {
	tests := []struct {
		name     string
		giveArgs []string
		wantErr  string
	}{
		{name: "unknown token", giveArgs: replaceArg(averageArgs, "SOL", "DOGE"), wantErr: `--token: unknown token "DOGE" (supported: SOL, ADA,`},
		{name: "bad day", giveArgs: replaceArg(averageArgs, "2025-03-01", "2025-02-30"), wantErr: `--day: not a day (want YYYY-MM-DD): "2025-02-30"`},
		{name: "missing flag", giveArgs: averageArgs[:5], wantErr: "--opening is required"},
		{name: "missing file", giveArgs: replaceArg(averageArgs, "@/events.csv", "@/nope.csv"), wantErr: "--events: open "},
		{name: "missing out directory", giveArgs: replaceArg(averageArgs, "@/avg.csv", "@/no/avg.csv"), wantErr: "--out: stat "},
		{name: "positional argument", giveArgs: append(append([]string(nil), averageArgs...), "extra"), wantErr: "takes 0 argument(s)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := cliDir(t, averageInputs())
			got := runStaker(t, inDir(dir, tt.giveArgs...)...)
			if got.code != 2 || !strings.Contains(got.stderr, tt.wantErr) {
				t.Fatalf("exit %d, stderr %q; want 2 and %q", got.code, got.stderr, tt.wantErr)
			}
			assertOnlyFiles(t, dir, "activations.csv", "events.csv", "opening.csv")
		})
	}
}

// replaceArg returns a copy of args with old replaced by new.
func replaceArg(args []string, old, new string) []string {
	out := append([]string(nil), args...)
	for i, a := range out {
		if a == old {
			out[i] = new
		}
	}
	return out
}

// FuzzDecodeAverageInputs feeds arbitrary opening, events and activations text to the
// readers of `staker average`. They must never panic; they either refuse the input with an
// error at one of its lines, or produce averages sorted by unique user ids.
func FuzzDecodeAverageInputs(f *testing.F) {
	in := averageInputs()
	f.Add(in["opening.csv"], in["events.csv"], in["activations.csv"])
	f.Add("user_id,balance\na,1\n", "user_id,time,balance\na,2025-03-01T00:00:00Z,2\na,2025-03-01T00:00:00Z,3\n", "user_id,activated_at\na,2025-01-01T00:00:00+01:00\n")
	f.Add("balance,user_id\r\n1,\"b,c\"\r\n", "time,balance,user_id\n2025-03-01T23:59:59.999999999Z,5,x\n", "")
	f.Add("user_id,balance\na,1\na,1\n", "user_id,time,balance\nb,2025-03-01T12:00:00Z,1\nb,2025-03-01T11:00:00Z,1\n", "user_id,activated_at,deactivated_at\nb,2025-03-01T00:00:00Z,2024-01-01T00:00:00Z\n")
	sol := mustToken(f, "SOL")
	day := mustDay(f, "2025-03-01")
	f.Fuzz(func(t *testing.T, opening, events, activations string) {
		av := allocator.NewAverager(day, allocator.AverageOptions{EveryoneEligible: activations == ""})
		if err := decodeOpening(t.Context(), newCSVReader("opening.csv", strings.NewReader(opening), nil), sol, av); err != nil {
			checkInputError(t, err, opening)
			return
		}
		if _, err := decodeEvents(t.Context(), newCSVReader("events.csv", strings.NewReader(events), nil), sol, av); err != nil {
			checkInputError(t, err, events)
			return
		}
		if activations != "" {
			if err := decodeActivations(t.Context(), newCSVReader("activations.csv", strings.NewReader(activations), nil), av); err != nil {
				checkInputError(t, err, activations)
				return
			}
		}
		hs := av.Finish()
		for i, h := range hs {
			if h.User == "" || (i > 0 && hs[i-1].User >= h.User) {
				t.Fatalf("averages not sorted by unique ids at %d: %q after %q", i, h.User, hs[max(i-1, 0)].User)
			}
		}
	})
}

func mustDay(t testing.TB, s string) allocator.Day {
	t.Helper()
	d, err := allocator.ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
