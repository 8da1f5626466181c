package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

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
default true), columns in any order. Amounts in files and flags are in token units (e.g.
12.5), exact to the token's decimals. --min, --cap, --fee-bps, --policy and --max-apr-bps
default to the token's block in --config when given, else to 0, none, 0, pool_rate and none;
flags given explicitly win.

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
		p.Min, p.Cap, p.FeeBps, p.MaxAPRBps = ct.Min, ct.Cap, ct.FeeBps, ct.Distribution.MaxAPRBps
		if ct.Distribution.Policy != "" {
			if p.Policy, err = allocator.ParsePolicy(string(ct.Distribution.Policy)); err != nil {
				return p, usagef("--config %s: %v", f.config, err)
			}
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
func readBalances(ctx context.Context, name string, tok money.Token, progress io.Writer) ([]allocator.Holding, error) {
	r, file, err := openCSV(name, progress)
	if err != nil {
		return nil, fmt.Errorf("--balances: %w", err)
	}
	defer file.Close()
	return decodeBalances(ctx, r, tok)
}

// decodeBalances reads rows user_id,avg_balance[,eligible] into holdings sorted by user id,
// refusing duplicates.
func decodeBalances(ctx context.Context, r *csvReader, tok money.Token) ([]allocator.Holding, error) {
	name := r.name
	cols, err := r.header([]string{"user_id", "avg_balance"}, []string{"eligible"})
	if err != nil {
		return nil, err
	}
	userCol, avgCol, eligibleCol := cols["user_id"], cols["avg_balance"], cols["eligible"]
	var (
		users    userBatch
		holdings []allocator.Holding
		lines    []int32
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
		lines = append(lines, int32(r.line))
		if len(holdings)-batched == rowBatch {
			flush()
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	flush()
	return sortHoldings(name, holdings, lines)
}

// sortHoldings sorts holdings by user id, unless they already are, and refuses a user id
// that appears twice, naming both lines.
func sortHoldings(name string, holdings []allocator.Holding, lines []int32) ([]allocator.Holding, error) {
	sorted := true
	for i := 1; i < len(holdings) && sorted; i++ {
		sorted = holdings[i-1].User < holdings[i].User
	}
	if !sorted {
		perm := make([]int32, len(holdings))
		for i := range perm {
			perm[i] = int32(i)
		}
		slices.SortFunc(perm, func(x, y int32) int {
			if c := cmp.Compare(holdings[x].User, holdings[y].User); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		out := make([]allocator.Holding, len(holdings))
		outLines := make([]int32, len(holdings))
		for i, j := range perm {
			out[i], outLines[i] = holdings[j], lines[j]
		}
		holdings, lines = out, outLines
	}
	for i := 1; i < len(holdings); i++ {
		if holdings[i-1].User == holdings[i].User {
			return nil, &inputError{file: name, line: int(lines[i]),
				err: fmt.Errorf("duplicate user_id %q (also on line %d)", holdings[i].User, lines[i-1])}
		}
	}
	return holdings, nil
}

// writePayouts writes the header and one line per user with an effective balance above
// zero, and returns how many of them get a reward above zero.
func writePayouts(ctx context.Context, w io.Writer, decimals int, a *allocator.Allocation) (int, error) {
	rewarded := 0
	buf := append(make([]byte, 0, 1<<16), "user_id,avg_balance,effective_balance,reward\n"...)
	for i := 0; i < a.Len(); i++ {
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
		if len(buf) > 1<<16-512 {
			if _, err := w.Write(buf); err != nil {
				return 0, err
			}
			buf = buf[:0]
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
	}
	if _, err := w.Write(buf); err != nil {
		return 0, err
	}
	return rewarded, ctx.Err()
}
