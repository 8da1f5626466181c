package report

import (
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

// WriteTable writes the tokens' period totals as an aligned table, one row per token:
// rates in basis points a year, amounts in token units, ratios in percent. It writes
// nothing else; a verdict such as "invariants: OK" is the caller's to add.
func WriteTable(w io.Writer, tokens []TokenFigures) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "TOKEN\tDAYS\tGROSS APR bp\tNET OF BUFFER bp\tDISTRIBUTED bp\tADVERTISED bp\tFEE\tORPHAN YIELD\tRESERVE\tBUFFER\tCOVERAGE (min)\tBATCHES\t")
	for _, tf := range tokens {
		t, tok := tf.Totals, tf.Token
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", tok.Symbol, t.Days,
			Bps(t.GrossAPR), Bps(t.NetAPR), Bps(t.DistributedAPR), Bps(t.AdvertisedAPR),
			tok.Format(t.Fee), tok.Format(t.Orphan), tok.Format(t.Reserve),
			Percent(t.BufferRatio), Percent(t.CoverageRatio), batches(t))
	}
	return tw.Flush()
}

func batches(t Totals) string {
	s := strconv.Itoa(t.Batches)
	if t.Late > 0 {
		s += " (" + strconv.Itoa(t.Late) + " late)"
	}
	return s
}
