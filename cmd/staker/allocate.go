package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/money"
)

// allocateFlags are the flags of `staker allocate`.
type allocateFlags struct {
	token, day, balances, out string
	reward, base, min, cap    string
	feeBps, maxAPRBps         uint32
	policy                    string
	config                    string
}

func newAllocateCmd() *cobra.Command {
	var f allocateFlags
	cmd := &cobra.Command{
		Use:   "allocate --token T --day YYYY-MM-DD --balances FILE --reward AMOUNT --out FILE",
		Short: "Split a day's reward over users' average balances, exactly, by largest remainder",
		Long: `Splits the day's reward R of a token over the users' average balances:

  net           = floor(R * (10000 - fee_bps) / 10000), fee = R - net
  eff           = 0 if not eligible or avg < min, else min(avg, cap)
  distributable = floor(net * sum(eff) / B) under pool_rate (B defaults to sum(avg)),
                  net under redistribute; at most floor(sum(eff) * max_apr_bps / 3650000)
  reward        = floor(distributable * eff / sum(eff)), and the units left over one each to
                  the largest remainders, ties to the smaller user id (byte order)
  treasury      = R - fee - distributable

--balances is a CSV with the header user_id,avg_balance[,eligible] (eligible true/false,
default true), columns in any order, each user id once. Amounts in files and flags are in
token units (e.g. 12.5), exact to the token's decimals. --min, --cap, --fee-bps, --policy and
--max-apr-bps default to the token's block in --config when given, else to 0, none, 0,
pool_rate and none; flags given explicitly win.

CSV files: a header line first; LF or CRLF line ends; a UTF-8 byte order mark is ignored;
blank lines are skipped; RFC 4180 quotes are allowed within a line; unknown, missing or
repeated columns and rows with the wrong number of fields are errors.

Writes --out (user_id,avg_balance,effective_balance,reward: every user with an effective
balance above zero, sorted by user id in byte order) and prints a JSON summary whose
payouts_sha256 is the SHA-256 of the output file. Bad input exits 2 with FILE:LINE: what,
leaving no output file.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			changed := func(name string) bool { return cmd.Flags().Changed(name) }
			return reportInput(cmd.ErrOrStderr(), runAllocate(cmd.Context(), f, changed, cmd.OutOrStdout(), cmd.ErrOrStderr()))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.token, "token", "", "token symbol (SOL, NEAR, ...)")
	fl.StringVar(&f.day, "day", "", "the UTC day, YYYY-MM-DD")
	fl.StringVar(&f.balances, "balances", "", "CSV of average balances: user_id,avg_balance[,eligible]")
	fl.StringVar(&f.reward, "reward", "", "the day's recognized reward R, in token units")
	fl.StringVar(&f.out, "out", "", "output CSV: user_id,avg_balance,effective_balance,reward")
	fl.StringVar(&f.base, "base", "", "B, the average custodial balance that earned R (default: the sum of averages)")
	fl.StringVar(&f.min, "min", "", "minimum average balance to qualify (default 0, or the config's)")
	fl.StringVar(&f.cap, "cap", "", "the most of a balance that counts, 0 for none (default none, or the config's)")
	fl.Uint32Var(&f.feeBps, "fee-bps", 0, "platform fee in basis points of R (default 0, or the config's)")
	fl.StringVar(&f.policy, "policy", "", "pool_rate or redistribute (default pool_rate, or the config's)")
	fl.Uint32Var(&f.maxAPRBps, "max-apr-bps", 0, "ceiling on the distributed APR in basis points, 0 for none (default none, or the config's)")
	fl.StringVar(&f.config, "config", "", "configuration file whose token block gives the defaults")
	return cmd
}

// allocateSummary is the JSON `staker allocate` prints. Amounts are decimal strings in token
// units.
type allocateSummary struct {
	Token          string      `json:"token"`
	Day            string      `json:"day"`
	Decimals       uint8       `json:"decimals"`
	Policy         string      `json:"policy"`
	FeeBps         uint32      `json:"fee_bps"`
	MaxAPRBps      uint32      `json:"max_apr_bps"`
	Min            string      `json:"min"`
	Cap            string      `json:"cap"`
	Base           string      `json:"base"`
	Reward         string      `json:"reward"`
	Fee            string      `json:"fee"`
	Distributable  string      `json:"distributable"`
	Treasury       string      `json:"treasury"`
	Users          int         `json:"users"`
	EligibleUsers  int         `json:"eligible_users"`
	EffectiveUsers int         `json:"effective_users"`
	RewardedUsers  int         `json:"rewarded_users"`
	SumAvg         string      `json:"sum_avg"`
	SumEffective   string      `json:"sum_effective"`
	APRBps         json.Number `json:"apr_bps"`
	Out            string      `json:"out"`
	PayoutsSHA256  string      `json:"payouts_sha256"`
}

func runAllocate(ctx context.Context, f allocateFlags, changed func(string) bool, stdout, stderr io.Writer) error {
	for _, req := range []struct{ name, value string }{
		{"token", f.token}, {"day", f.day}, {"balances", f.balances}, {"reward", f.reward}, {"out", f.out},
	} {
		if req.value == "" {
			return usagef("--%s is required (see 'staker allocate --help')", req.name)
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
	p, err := splitParams(f, tok, changed)
	if err != nil {
		return err
	}
	if err := checkOutDir(f.out); err != nil {
		return err
	}
	defer oneShotHeap(f.balances)()

	holdings, err := readBalances(ctx, f.balances, tok, stderr)
	if err != nil {
		return err
	}
	big := len(holdings) > progressEvery
	if big {
		fmt.Fprintf(stderr, "splitting over %d users\n", len(holdings))
	}
	a, err := allocator.Split(holdings, p)
	switch {
	case errors.Is(err, allocator.ErrOverflow):
		return &inputError{file: f.balances, err: fmt.Errorf("avg_balance: %w", err)}
	case err != nil:
		return asUsage(err)
	}
	if big {
		fmt.Fprintf(stderr, "writing %s\n", f.out)
	}

	out, err := createAtomic(f.out)
	if err != nil {
		return err
	}
	defer out.abort()
	rewarded, err := writePayouts(ctx, out, int(tok.Decimals), a)
	if err != nil {
		return err
	}
	sum := allocateSummary{
		Token: tok.Symbol, Day: day.String(), Decimals: tok.Decimals,
		Policy: p.Policy.String(), FeeBps: p.FeeBps, MaxAPRBps: p.MaxAPRBps,
		Min: tok.Format(p.Min), Cap: tok.Format(p.Cap), Base: tok.Format(a.Base),
		Reward: tok.Format(a.Reward), Fee: tok.Format(a.Fee),
		Distributable: tok.Format(a.Distributable), Treasury: tok.Format(a.Treasury),
		Users: a.Users, EligibleUsers: a.EligibleUsers, EffectiveUsers: a.EffectiveUsers, RewardedUsers: rewarded,
		SumAvg: tok.Format(a.SumAvg), SumEffective: tok.Format(a.SumEffective),
		APRBps: json.Number(a.APRBps().FloatString(2)),
		Out:    f.out,
	}
	if sum.PayoutsSHA256, err = out.commit(); err != nil {
		return err
	}
	return printJSON(stdout, sum)
}

// oneShotHeap tunes the garbage collector for one allocation over a balances file and
// returns the function that restores it. The run builds a heap of a few hundred bytes per
// input row, most of it live until the end, and then exits: collecting it again and again
// as it grows costs more than it saves. So there is no collection until the heap nears a
// limit of 1 GiB plus eight times the file's size, which is about what the run needs.
func oneShotHeap(balances string) (restore func()) {
	size := int64(0)
	if st, err := os.Stat(balances); err == nil {
		size = st.Size()
	}
	oldLimit := debug.SetMemoryLimit(1<<30 + 8*size)
	oldPercent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}

// tokenSplitParams are the split's parameters a token's configuration sets: all but the
// reward and the base.
func tokenSplitParams(ct *config.Token) (allocator.Params, error) {
	p := allocator.Params{Min: ct.Min, Cap: ct.Cap, FeeBps: ct.FeeBps, MaxAPRBps: ct.Distribution.MaxAPRBps}
	if ct.Distribution.Policy != "" {
		var err error
		if p.Policy, err = allocator.ParsePolicy(string(ct.Distribution.Policy)); err != nil {
			return p, fmt.Errorf("%s distribution: %w", ct.Token.Symbol, err)
		}
	}
	return p, nil
}

// splitParams assembles the split's parameters: the token's config block when --config is
// given, then the flags given explicitly.
func splitParams(f allocateFlags, tok money.Token, changed func(string) bool) (allocator.Params, error) {
	var p allocator.Params
	if f.config != "" {
		cfg, err := config.Load(f.config)
		if err != nil {
			return p, asUsage(err)
		}
		ct, ok := cfg.Token(tok.Symbol)
		if !ok {
			return p, usagef("--config %s: token %s is not enabled there", f.config, tok.Symbol)
		}
		if p, err = tokenSplitParams(ct); err != nil {
			return p, usagef("--config %s: %v", f.config, err)
		}
	}
	amounts := []struct {
		flag, value string
		dst         *money.Amount
	}{
		{"reward", f.reward, &p.Reward}, {"base", f.base, &p.Base}, {"min", f.min, &p.Min}, {"cap", f.cap, &p.Cap},
	}
	for _, a := range amounts {
		if !changed(a.flag) && a.flag != "reward" {
			continue
		}
		v, err := tok.Parse(a.value)
		if err != nil {
			return p, usagef("--%s: %v", a.flag, err)
		}
		*a.dst = v
	}
	if changed("base") && p.Base.IsZero() {
		return p, usagef("--base: must be above zero")
	}
	if changed("fee-bps") {
		p.FeeBps = f.feeBps
	}
	if changed("max-apr-bps") {
		p.MaxAPRBps = f.maxAPRBps
	}
	if changed("policy") {
		var err error
		if p.Policy, err = allocator.ParsePolicy(f.policy); err != nil {
			return p, usagef("--policy: %v", err)
		}
	}
	if p.FeeBps > 10000 {
		return p, usagef("--fee-bps: %d is above 10000", p.FeeBps)
	}
	return p, nil
}

// readBalances reads the balances file into holdings sorted by user id, refusing duplicates.
// The file is parsed in pieces, one per CPU, in parallel.
func readBalances(ctx context.Context, name string, tok money.Token, progress io.Writer) ([]allocator.Holding, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, asUsage(fmt.Errorf("--balances: %w", err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("--balances: %w", err)
	}
	pieces := runtime.GOMAXPROCS(0)
	if st.Size() < 1<<20 {
		pieces = 1
	}
	holdings, err := decodeBalances(ctx, name, f, st.Size(), tok, pieces)
	if err == nil && len(holdings) > progressEvery {
		fmt.Fprintf(progress, "%s: %d rows read\n", name, len(holdings))
	}
	return holdings, err
}

// decodeBalances parses the rows user_id,avg_balance[,eligible] of a balances file of the
// given size, cut at line ends into the given number of pieces parsed in parallel, into
// holdings sorted by user id, refusing duplicates. An error is the first one in the file.
func decodeBalances(ctx context.Context, name string, src io.ReaderAt, size int64, tok money.Token, pieces int) ([]allocator.Holding, error) {
	head := newCSVReader(name, io.NewSectionReader(src, 0, size), nil)
	cols, err := head.header([]string{"user_id", "avg_balance"}, []string{"eligible"})
	if err != nil {
		return nil, err
	}
	start, err := lineEnd(src, size, 0, head.line)
	if err != nil {
		return nil, err
	}

	type piece struct {
		from, to int64
		holdings []allocator.Holding
		lines    int // lines read
		err      error
	}
	parts := make([]piece, pieces)
	for k := range parts {
		parts[k].from = start
		if k > 0 {
			parts[k].from = parts[k-1].to
		}
		parts[k].to = size
		if k < pieces-1 {
			target := max(parts[k].from, start+(size-start)*int64(k+1)/int64(pieces))
			if parts[k].to, err = lineEnd(src, size, target, 1); err != nil {
				return nil, err
			}
		}
	}
	var wg sync.WaitGroup
	for k := range parts {
		p := &parts[k]
		wg.Go(func() {
			r := newCSVReader(name, io.NewSectionReader(src, p.from, p.to-p.from), nil)
			r.cols = head.cols
			p.holdings, p.err = parseBalanceRows(ctx, r, cols, tok, estimateRows(src, p.from, p.to))
			p.lines = r.line
		})
	}
	wg.Wait()
	line := head.line
	for _, p := range parts {
		if p.err != nil {
			var ie *inputError
			if errors.As(p.err, &ie) && ie.line > 0 {
				ie.line += line // the piece counted its lines from its start
			}
			return nil, p.err
		}
		line += p.lines
	}
	views := make([][]allocator.Holding, len(parts))
	for k := range parts {
		views[k] = parts[k].holdings
	}
	holdings, dup := sortHoldings(views)
	if dup >= 0 {
		return nil, duplicateError(name, src, size, holdings[dup].User)
	}
	return holdings, nil
}

// lineEnd returns the offset just after the n-th line end at or after offset from, or size
// if the file ends first; n = 0 returns from.
func lineEnd(src io.ReaderAt, size, from int64, n int) (int64, error) {
	buf := make([]byte, 64<<10)
	for n > 0 && from < size {
		m, err := src.ReadAt(buf[:min(int64(len(buf)), size-from)], from)
		if m == 0 {
			if err == nil {
				err = io.ErrUnexpectedEOF
			}
			return 0, err
		}
		i := 0 // bytes of the chunk used: up to the n-th line end, or all of them
		for n > 0 {
			j := bytes.IndexByte(buf[i:m], '\n')
			if j < 0 {
				i = m
				break
			}
			i += j + 1
			n--
		}
		from += int64(i)
	}
	if n > 0 {
		return size, nil
	}
	return from, nil
}

// estimateRows guesses how many rows lie between two offsets from the lines of the first
// 64 KiB, with a margin: enough to parse them without growing the slice, and untouched
// capacity costs no memory.
func estimateRows(src io.ReaderAt, from, to int64) int {
	buf := make([]byte, min(64<<10, to-from))
	m, _ := src.ReadAt(buf, from)
	lines := bytes.Count(buf[:m], []byte{'\n'})
	if lines == 0 || m == 0 {
		return 1024
	}
	return int(float64(to-from)/float64(m)*float64(lines)*1.25) + 1024
}

// parseBalanceRows reads rows from r, whose header is already read, until the end; rows is
// how many to expect.
func parseBalanceRows(ctx context.Context, r *csvReader, cols map[string]int, tok money.Token, rows int) ([]allocator.Holding, error) {
	userCol, avgCol, eligibleCol := cols["user_id"], cols["avg_balance"], cols["eligible"]
	var (
		users    userBatch
		holdings = make([]allocator.Holding, 0, rows)
		batched  int // holdings whose user id is set
	)
	flush := func() {
		for i, u := range users.strings() {
			holdings[batched+i].User = u
		}
		batched = len(holdings)
	}
	for {
		ok, err := r.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		id := r.fields[userCol]
		if err := r.userField(id); err != nil {
			return nil, err
		}
		h := allocator.Holding{Eligible: true}
		if h.Avg, err = r.amountField(tok, "avg_balance", r.fields[avgCol]); err != nil {
			return nil, err
		}
		if eligibleCol >= 0 {
			if h.Eligible, err = r.boolField("eligible", r.fields[eligibleCol]); err != nil {
				return nil, err
			}
		}
		users.add(id)
		holdings = append(holdings, h)
		if len(holdings)-batched == rowBatch {
			flush()
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	flush()
	return holdings, nil
}

// sortHoldings returns the holdings of all parts in one slice sorted by user id, with the
// index of a user id equal to the one before it, or -1.
func sortHoldings(parts [][]allocator.Holding) ([]allocator.Holding, int) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	var holdings []allocator.Holding
	sorted, first := true, true
	var prev string
	for _, p := range parts {
		for i := 0; i < len(p) && sorted; i++ {
			sorted = first || prev < p[i].User
			prev, first = p[i].User, false
		}
	}
	if sorted && len(parts) == 1 {
		holdings = parts[0]
	} else {
		// Reorder into one slice, and copy the user ids into one string per CPU in their new
		// order, so that every later pass over the holdings reads their ids sequentially from
		// memory. The gather reads memory at random: share it out over the CPUs.
		at := func(i int) *allocator.Holding {
			for _, p := range parts {
				if i < len(p) {
					return &p[i]
				}
				i -= len(p)
			}
			panic("sortHoldings: index out of range")
		}
		var order []int32
		if !sorted {
			order = allocator.UserOrder(n, func(i int) string { return at(i).User })
		}
		holdings = make([]allocator.Holding, n)
		workers := runtime.GOMAXPROCS(0)
		per := (n + workers - 1) / workers
		var wg sync.WaitGroup
		for lo := 0; lo < n; lo += per {
			part := holdings[lo:min(lo+per, n)]
			wg.Go(func() {
				src := func(i int) *allocator.Holding {
					if order == nil {
						return at(lo + i)
					}
					return at(int(order[lo+i]))
				}
				size := 0
				for i := range part {
					size += len(src(i).User)
				}
				var ids strings.Builder
				ids.Grow(size)
				for i := range part {
					h := src(i)
					part[i] = *h
					ids.WriteString(h.User)
				}
				all, start := ids.String(), 0
				for i := range part {
					end := start + len(part[i].User)
					part[i].User = all[start:end]
					start = end
				}
			})
		}
		wg.Wait()
	}
	for i := 1; i < len(holdings); i++ {
		if holdings[i-1].User == holdings[i].User {
			return holdings, i
		}
	}
	return holdings, -1
}

// duplicateError finds the first two lines of the data rows of user in a balances file (a
// second, slow pass that only refused input pays for) and reports the second.
func duplicateError(name string, src io.ReaderAt, size int64, user string) error {
	r := newCSVReader(name, io.NewSectionReader(src, 0, size), nil)
	cols, err := r.header([]string{"user_id", "avg_balance"}, []string{"eligible"})
	first := 0
	for err == nil {
		var ok bool
		if ok, err = r.next(); !ok || err != nil {
			break
		}
		if string(r.fields[cols["user_id"]]) != user {
			continue
		}
		if first == 0 {
			first = r.line
			continue
		}
		return &inputError{file: name, line: r.line, err: fmt.Errorf("duplicate user_id %q (also on line %d)", user, first)}
	}
	// Unreachable for content that parsed: the duplicate is in it.
	return &inputError{file: name, err: fmt.Errorf("duplicate user_id %q", user)}
}

// writePayouts writes the header and one line per user with an effective balance above
// zero, and returns how many of them get a reward above zero. Lines are formatted in
// parallel, a round of consecutive users per CPU at a time, and written in order.
func writePayouts(ctx context.Context, w io.Writer, decimals int, a *allocator.Allocation) (int, error) {
	if _, err := io.WriteString(w, "user_id,avg_balance,effective_balance,reward\n"); err != nil {
		return 0, err
	}
	const span = 1 << 15 // users per worker per round
	workers := runtime.GOMAXPROCS(0)
	bufs := make([][]byte, workers)
	counts := make([]int, workers)
	rewarded := 0
	for lo := 0; lo < a.Len(); lo += workers * span {
		var wg sync.WaitGroup
		for k := range workers {
			from, to := min(lo+k*span, a.Len()), min(lo+(k+1)*span, a.Len())
			wg.Go(func() { bufs[k], counts[k] = formatPayouts(bufs[k][:0], decimals, a, from, to) })
		}
		wg.Wait()
		for k := range workers {
			if _, err := w.Write(bufs[k]); err != nil {
				return 0, err
			}
			rewarded += counts[k]
		}
		if err := ctx.Err(); err != nil {
			return 0, err
		}
	}
	return rewarded, nil
}

// formatPayouts appends the payout lines of users from..to-1 and returns them with how many
// get a reward above zero.
func formatPayouts(buf []byte, decimals int, a *allocator.Allocation, from, to int) ([]byte, int) {
	rewarded := 0
	for i := from; i < to; i++ {
		s := a.Share(i)
		if s.Effective.IsZero() {
			continue
		}
		if !s.Reward.IsZero() {
			rewarded++
		}
		buf = appendUser(buf, s.User)
		buf = append(buf, ',')
		buf = appendUnits(buf, decimals, &s.Avg)
		buf = append(buf, ',')
		buf = appendUnits(buf, decimals, &s.Effective)
		buf = append(buf, ',')
		buf = appendUnits(buf, decimals, &s.Reward)
		buf = append(buf, '\n')
	}
	return buf, rewarded
}
