package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

// averageFlags are the flags of `staker average`.
type averageFlags struct {
	token, day                   string
	opening, events, activations string
	out                          string
}

func newAverageCmd() *cobra.Command {
	var f averageFlags
	cmd := &cobra.Command{
		Use:   "average --token T --day YYYY-MM-DD --opening FILE --events FILE [--activations FILE] --out FILE",
		Short: "Compute every user's time-weighted average balance of a token over one day",
		Long: `Computes each user's exact time-weighted average spot balance over the UTC day, in base
units times nanoseconds, floored, and whether the user was eligible (active for the whole day).

Inputs are CSV files with a header line; columns are matched by name, in any order:
  --opening      user_id,balance               balances at 00:00 UTC
  --events       user_id,time,balance          balance changes: RFC 3339 time within the day
                                               (nanoseconds allowed), the new balance; each
                                               user's changes in time order, the last of
                                               equal times wins
  --activations  user_id,activated_at[,deactivated_at]
                                               activation records (deactivated_at may be
                                               empty); without this file everyone is eligible,
                                               with it a user without a covering record is not
Amounts are in token units (e.g. 12.5), exact to the token's decimals. A user id may appear
once in --opening.

CSV files: a header line first; LF or CRLF line ends; a UTF-8 byte order mark is ignored;
blank lines are skipped; RFC 4180 quotes are allowed within a line; unknown, missing or
repeated columns and rows with the wrong number of fields are errors.

Writes --out (user_id,avg_balance,eligible, sorted by user id in byte order) and prints a JSON
summary. Bad input exits 2 with FILE:LINE: what, leaving no output file.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return reportInput(cmd.ErrOrStderr(), runAverage(cmd.Context(), f, cmd.OutOrStdout(), cmd.ErrOrStderr()))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.token, "token", "", "token symbol (SOL, NEAR, ...)")
	fl.StringVar(&f.day, "day", "", "the UTC day, YYYY-MM-DD")
	fl.StringVar(&f.opening, "opening", "", "CSV of balances at 00:00: user_id,balance")
	fl.StringVar(&f.events, "events", "", "CSV of balance changes: user_id,time,balance")
	fl.StringVar(&f.activations, "activations", "", "CSV of activation records: user_id,activated_at,deactivated_at")
	fl.StringVar(&f.out, "out", "", "output CSV: user_id,avg_balance,eligible")
	return cmd
}

// averageSummary is the JSON `staker average` prints.
type averageSummary struct {
	Token         string `json:"token"`
	Day           string `json:"day"`
	Decimals      uint8  `json:"decimals"`
	Users         int    `json:"users"`
	EligibleUsers int    `json:"eligible_users"`
	Changes       int    `json:"changes"`
	SumAvg        string `json:"sum_avg"`
	Out           string `json:"out"`
	OutSHA256     string `json:"out_sha256"`
}

// rowBatch is how many rows are read before they are handed to the allocator.
const rowBatch = 4096

func runAverage(ctx context.Context, f averageFlags, stdout, stderr io.Writer) error {
	for _, req := range []struct{ name, value string }{
		{"token", f.token}, {"day", f.day}, {"opening", f.opening}, {"events", f.events}, {"out", f.out},
	} {
		if req.value == "" {
			return usagef("--%s is required (see 'staker average --help')", req.name)
		}
	}
	tok, err := lookupToken(f.token)
	if err != nil {
		return err
	}
	day, err := allocator.ParseDay(f.day)
	if err != nil {
		return usagef("--day: %v", err)
	}
	if err := checkOutDir(f.out); err != nil {
		return err
	}

	// The run builds one large, long-lived heap and then ends: collecting it repeatedly as
	// it grows costs more than the memory saved.
	defer debug.SetGCPercent(debug.SetGCPercent(400))

	av := allocator.NewAverager(day, allocator.AverageOptions{EveryoneEligible: f.activations == ""})
	if err := readOpening(ctx, f.opening, tok, av, stderr); err != nil {
		return err
	}
	changes, err := readEvents(ctx, f.events, tok, av, stderr)
	if err != nil {
		return err
	}
	if f.activations != "" {
		if err := readActivations(ctx, f.activations, av, stderr); err != nil {
			return err
		}
	}
	big := av.Len() > progressEvery
	if big {
		fmt.Fprintf(stderr, "averaging %d users\n", av.Len())
	}
	holdings := av.Finish()
	if big {
		fmt.Fprintf(stderr, "writing %s\n", f.out)
	}

	out, err := createAtomic(f.out)
	if err != nil {
		return err
	}
	defer out.abort()
	sum := averageSummary{Token: tok.Symbol, Day: day.String(), Decimals: tok.Decimals, Users: len(holdings), Changes: changes, Out: f.out}
	var total unitsSum
	buf := append(make([]byte, 0, 1<<16), "user_id,avg_balance,eligible\n"...)
	for i := range holdings {
		h := &holdings[i]
		buf = appendUser(buf, h.User)
		buf = append(buf, ',')
		buf = appendUnits(buf, int(tok.Decimals), &h.Avg)
		if h.Eligible {
			buf = append(buf, ",true\n"...)
			sum.EligibleUsers++
		} else {
			buf = append(buf, ",false\n"...)
		}
		total.add(&h.Avg)
		if len(buf) > 1<<16-256 {
			if _, err := out.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	if _, err := out.Write(buf); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if sum.OutSHA256, err = out.commit(); err != nil {
		return err
	}
	sum.SumAvg = total.format(int(tok.Decimals))
	return printJSON(stdout, sum)
}

// lookupToken returns the token named by --token.
func lookupToken(symbol string) (money.Token, error) {
	tok, err := money.Lookup(symbol)
	if err != nil {
		return tok, asUsage(fmt.Errorf("--token: %w", err))
	}
	return tok, nil
}

// checkOutDir refuses an --out whose directory does not exist before any work is done.
func checkOutDir(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return usagef("--out: %v", err)
	}
	if !st.IsDir() {
		return usagef("--out: %s is not a directory", dir)
	}
	return nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// rowError turns an allocator.RowError for a batch into an inputError at the row's line.
func rowError(name string, lines []int, err error) error {
	var re *allocator.RowError
	if errors.As(err, &re) && re.Row < len(lines) {
		return &inputError{file: name, line: lines[re.Row], err: re.Err}
	}
	return &inputError{file: name, err: err}
}

// userBatch collects the user ids of a batch of rows in one buffer, so that the batch costs
// one string allocation instead of one per row.
type userBatch struct {
	ids  []byte
	ends []int
}

func (u *userBatch) add(id []byte) {
	u.ids = append(u.ids, id...)
	u.ends = append(u.ends, len(u.ids))
}

// strings returns the batch's ids, sharing one allocation, and empties the batch.
func (u *userBatch) strings() []string {
	all := string(u.ids)
	out := make([]string, len(u.ends))
	start := 0
	for i, end := range u.ends {
		out[i] = all[start:end]
		start = end
	}
	u.ids, u.ends = u.ids[:0], u.ends[:0]
	return out
}

func readOpening(ctx context.Context, name string, tok money.Token, av *allocator.Averager, progress io.Writer) error {
	r, file, err := openCSV(name, progress)
	if err != nil {
		return fmt.Errorf("--opening: %w", err)
	}
	defer file.Close()
	return decodeOpening(ctx, r, tok, av)
}

// decodeOpening feeds the rows user_id,balance to av.Open.
func decodeOpening(ctx context.Context, r *csvReader, tok money.Token, av *allocator.Averager) error {
	name := r.name
	cols, err := r.header([]string{"user_id", "balance"}, nil)
	if err != nil {
		return err
	}
	userCol, balCol := cols["user_id"], cols["balance"]
	var (
		users userBatch
		rows  []allocator.Opening
		lines []int
	)
	flush := func() error {
		for i, u := range users.strings() {
			rows[i].User = u
		}
		if err := av.Open(rows); err != nil {
			return rowError(name, lines, err)
		}
		rows, lines = rows[:0], lines[:0]
		return ctx.Err()
	}
	for {
		ok, err := r.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		id := r.fields[userCol]
		if err := r.userField(id); err != nil {
			return err
		}
		bal, err := r.amountField(tok, "balance", r.fields[balCol])
		if err != nil {
			return err
		}
		users.add(id)
		rows = append(rows, allocator.Opening{Balance: bal})
		lines = append(lines, r.line)
		if len(rows) == rowBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

func readEvents(ctx context.Context, name string, tok money.Token, av *allocator.Averager, progress io.Writer) (int, error) {
	r, file, err := openCSV(name, progress)
	if err != nil {
		return 0, fmt.Errorf("--events: %w", err)
	}
	defer file.Close()
	return decodeEvents(ctx, r, tok, av)
}

// decodeEvents feeds the rows user_id,time,balance to av.Change and returns how many there
// were.
func decodeEvents(ctx context.Context, r *csvReader, tok money.Token, av *allocator.Averager) (int, error) {
	name := r.name
	cols, err := r.header([]string{"user_id", "time", "balance"}, nil)
	if err != nil {
		return 0, err
	}
	userCol, timeCol, balCol := cols["user_id"], cols["time"], cols["balance"]
	var (
		users userBatch
		rows  []allocator.BalanceChange
		lines []int
	)
	flush := func() error {
		for i, u := range users.strings() {
			rows[i].User = u
		}
		if err := av.Change(rows); err != nil {
			return rowError(name, lines, err)
		}
		rows, lines = rows[:0], lines[:0]
		return ctx.Err()
	}
	for {
		ok, err := r.next()
		if err != nil {
			return 0, err
		}
		if !ok {
			break
		}
		id := r.fields[userCol]
		if err := r.userField(id); err != nil {
			return 0, err
		}
		at, err := r.timeField("time", r.fields[timeCol])
		if err != nil {
			return 0, err
		}
		bal, err := r.amountField(tok, "balance", r.fields[balCol])
		if err != nil {
			return 0, err
		}
		users.add(id)
		rows = append(rows, allocator.BalanceChange{At: at, Balance: bal})
		lines = append(lines, r.line)
		if len(rows) == rowBatch {
			if err := flush(); err != nil {
				return 0, err
			}
		}
	}
	return r.rows, flush()
}

func readActivations(ctx context.Context, name string, av *allocator.Averager, progress io.Writer) error {
	r, file, err := openCSV(name, progress)
	if err != nil {
		return fmt.Errorf("--activations: %w", err)
	}
	defer file.Close()
	return decodeActivations(ctx, r, av)
}

// decodeActivations feeds the rows user_id,activated_at[,deactivated_at] to av.Activate.
func decodeActivations(ctx context.Context, r *csvReader, av *allocator.Averager) error {
	name := r.name
	cols, err := r.header([]string{"user_id", "activated_at"}, []string{"deactivated_at"})
	if err != nil {
		return err
	}
	userCol, fromCol, toCol := cols["user_id"], cols["activated_at"], cols["deactivated_at"]
	var (
		users userBatch
		rows  []allocator.Activation
		lines []int
	)
	flush := func() error {
		for i, u := range users.strings() {
			rows[i].User = u
		}
		if err := av.Activate(rows); err != nil {
			return rowError(name, lines, err)
		}
		rows, lines = rows[:0], lines[:0]
		return ctx.Err()
	}
	for {
		ok, err := r.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		id := r.fields[userCol]
		if err := r.userField(id); err != nil {
			return err
		}
		from, err := r.timeField("activated_at", r.fields[fromCol])
		if err != nil {
			return err
		}
		var to time.Time
		if toCol >= 0 && len(r.fields[toCol]) > 0 {
			if to, err = r.timeField("deactivated_at", r.fields[toCol]); err != nil {
				return err
			}
		}
		users.add(id)
		rows = append(rows, allocator.Activation{Activated: from, Deactivated: to})
		lines = append(lines, r.line)
		if len(rows) == rowBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}
