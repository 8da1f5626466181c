package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/report"
	"github.com/softstake/staker/store"
)

type reportFlags struct {
	from, to, out, token string
	store                storeFlags
}

func newReportCmd() *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report --from D --to D [--config FILE | --store DSN] [--out report.html] [--token T]",
		Short: "Print the treasury figures of each token over a period and write the HTML report",
		Long: `report reads the day records the daily cycle stored for every configured token (or the one
given) and the net withdrawals from the ledger, prints one row of totals per token (on-chain
gross APR, APR net of the buffer, distributed and advertised APR in basis points a year, fee,
orphan yield, reserve, buffer ratio, lowest coverage, payout batches) and writes a
self-contained HTML report with charts: APR by day, the buffer against net withdrawals, and
the gap between advertised and distributed APR attributed to its causes.

Days are UTC days (YYYY-MM-DD), both included. With --config the tokens are the enabled ones
and their split terms separate the split's rounding from the orphan yield; with --store
alone every token with a day in the period is reported.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runReport(cmd.Context(), cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.from, "from", "", "first UTC day, YYYY-MM-DD (required)")
	cmd.Flags().StringVar(&f.to, "to", "", "last UTC day, YYYY-MM-DD (required)")
	cmd.Flags().StringVar(&f.out, "out", "report.html", "the HTML report to write")
	cmd.Flags().StringVar(&f.token, "token", "", "report this token only")
	f.store.register(cmd)
	return cmd
}

// reportToken is one token to report and the terms its days were split with.
type reportToken struct {
	token      money.Token
	terms      *report.Terms
	configured bool
}

func runReport(ctx context.Context, out io.Writer, f reportFlags) error {
	from, to, err := reportPeriod(f)
	if err != nil {
		return err
	}
	if err := checkOutDir(f.out); err != nil {
		return err
	}
	tokens, err := reportTokens(f)
	if err != nil {
		return err
	}
	st, err := f.store.open(ctx, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer st.Close()

	data := report.Report{From: from, To: to,
		Notes: []string{"The liquidity ladder needs the chains' positions; this report was made from the books alone."}}
	if f.store.configPath == "" {
		data.Notes = append(data.Notes, "No configuration was given, so the split terms are unknown: the split's rounding is counted with the orphan yield and caps.")
	}
	var figures []report.TokenFigures
	for _, rt := range tokens {
		records, inProgress, err := report.LoadRecords(ctx, &daemon.Cycle{Books: st}, rt.token.Symbol, from, to)
		if err != nil {
			return err
		}
		if inProgress > 0 {
			data.Notes = append(data.Notes, fmt.Sprintf("%s: %d day(s) of the period are not booked yet and are left out.", rt.token.Symbol, inProgress))
		}
		tf, err := report.Compute(report.Input{Token: rt.token, Terms: rt.terms, Records: records}, from, to)
		if err != nil {
			return err
		}
		if len(tf.Days) == 0 && !rt.configured {
			continue
		}
		withdrawals, err := netWithdrawals(ctx, st, rt.token.Symbol, from, to, tf.Days)
		if err != nil {
			return err
		}
		figures = append(figures, tf)
		data.Tokens = append(data.Tokens, report.TokenReport{Figures: tf, Withdrawals: withdrawals})
	}
	booked := 0
	for _, tf := range figures {
		booked += len(tf.Days)
	}
	if booked == 0 {
		return usagef("no token has a booked day from %s to %s in the store: nothing to report", from, to)
	}
	if err := report.WriteTable(out, figures); err != nil {
		return err
	}
	file, err := createAtomic(f.out)
	if err != nil {
		return fmt.Errorf("--out: %w", err)
	}
	defer file.abort()
	if err := report.WriteHTML(file, data); err != nil {
		return err
	}
	if _, err := file.commit(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "\nwrote %s\n", f.out)
	return err
}

// reportPeriod parses --from and --to.
func reportPeriod(f reportFlags) (from, to allocator.Day, err error) {
	if f.from == "" || f.to == "" {
		return from, to, usagef("missing --from or --to (UTC days, YYYY-MM-DD)")
	}
	if from, err = allocator.ParseDay(f.from); err != nil {
		return from, to, usagef("--from: %v", err)
	}
	if to, err = allocator.ParseDay(f.to); err != nil {
		return from, to, usagef("--to: %v", err)
	}
	if to.Start().Before(from.Start()) {
		return from, to, usagef("empty range: --to %s is before --from %s", to, from)
	}
	return from, to, nil
}

// reportTokens returns the tokens to report: the one --token names, else the configuration's
// enabled tokens, else every supported token.
func reportTokens(f reportFlags) ([]reportToken, error) {
	var only *money.Token
	if f.token != "" {
		t, err := lookupToken(f.token)
		if err != nil {
			return nil, err
		}
		only = &t
	}
	if f.store.configPath == "" {
		if only != nil {
			return []reportToken{{token: *only, configured: true}}, nil
		}
		var out []reportToken
		for _, t := range money.Tokens() {
			out = append(out, reportToken{token: t})
		}
		return out, nil
	}
	cfg, err := loadConfig(f.store.configPath)
	if err != nil {
		return nil, err
	}
	var out []reportToken
	for _, sym := range cfg.Symbols() {
		if only != nil && only.Symbol != sym {
			continue
		}
		ct, _ := cfg.Token(sym)
		terms, err := report.TermsOf(ct)
		if err != nil {
			return nil, asUsage(fmt.Errorf("%s: %w", sym, err))
		}
		out = append(out, reportToken{token: ct.Token, terms: terms, configured: true})
	}
	if only != nil && len(out) == 0 {
		return nil, usagef("--config %s: token %s is not enabled there", f.store.configPath, only.Symbol)
	}
	return out, nil
}

// netWithdrawals returns the net withdrawals from custody on each of the days, from the
// ledger's funding and defunding transactions.
func netWithdrawals(ctx context.Context, st store.Store, token string, from, to allocator.Day, days []report.DayFigures) ([]money.Amount, error) {
	var txs []ledger.Transaction
	err := st.EachTransaction(ctx, token, func(tx ledger.Transaction) error {
		if tx.Reason == ledger.ReasonFunding || tx.Reason == ledger.ReasonDefunding {
			txs = append(txs, tx)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s withdrawals: %w", token, err)
	}
	span := int(to.End().Sub(from.Start()).Hours() / 24)
	flows := pool.NetOutflows(txs, to.End(), span)
	out := make([]money.Amount, len(days))
	for i, d := range days {
		out[i] = flows[int(d.Day.Start().Sub(from.Start()).Hours()/24)]
	}
	return out, nil
}
