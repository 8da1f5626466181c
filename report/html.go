package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"math/big"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

// Report is everything the HTML report shows.
type Report struct {
	// Title heads the page; empty means "Treasury report".
	Title    string
	From, To allocator.Day
	Tokens   []TokenReport
	// Ladder is the cross-chain liquidity ladder (CrossChainLadder); empty when none was
	// read.
	Ladder []LadderStep
	// Notes are caveats printed under the title, such as figures that could not be read.
	Notes []string
}

// TokenReport is one token's figures with the net withdrawals of each of its days.
type TokenReport struct {
	Figures TokenFigures
	// Withdrawals holds the net withdrawals from custody of each of Figures.Days, in the
	// same order (negative on a day of net deposits); nil when unknown.
	Withdrawals []money.Amount
}

//go:embed report.html.tmpl
var pageSource string

var page = template.Must(template.New("report").Parse(pageSource))

// WriteHTML writes the report as one self-contained HTML page: inline CSS and inline SVG
// charts, no script and nothing fetched from the network. Every text it writes is
// escaped. It fails if a token's withdrawals do not match its days, or on a write error.
func WriteHTML(w io.Writer, data Report) error {
	p, err := buildPage(data)
	if err != nil {
		return err
	}
	if err := page.Execute(w, p); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// htmlPage is the template's view of a Report: every figure already formatted.
type htmlPage struct {
	Title, Period string
	Notes         []string
	Summary       []summaryRow
	Causes        []string
	Tokens        []tokenSection
	GapChart      *chart
	GapRows       []gapRow
	LadderChart   *chart
	LadderRows    []ladderRow
}

type summaryRow struct {
	Token, Days, Gross, Net, Distributed, Advertised, Fee, Orphan, Reserve, Buffer, Coverage, Batches string
}

type gapRow struct {
	Token, Gap string
	Parts      []string
}

type ladderRow struct {
	When, Token, Amount, Rungs string
}

type tokenSection struct {
	Symbol        string
	APR, Buffer   *chart
	GapByDay      *chart
	Days          []dayRow
	NoWithdrawals bool
}

type dayRow struct {
	Day, Gross, Net, Distributed, Advertised, Gap, Fee, Orphan, Reserve, Hot, Withdrawals, Buffer, Coverage, Batch string
}

func buildPage(data Report) (*htmlPage, error) {
	p := &htmlPage{Title: data.Title, Period: data.From.String() + " to " + data.To.String(), Notes: data.Notes}
	if p.Title == "" {
		p.Title = "Treasury report"
	}
	for _, c := range Causes() {
		p.Causes = append(p.Causes, c.String())
	}
	var gapTokens []TokenFigures
	for _, tr := range data.Tokens {
		tf := tr.Figures
		if tr.Withdrawals != nil && len(tr.Withdrawals) != len(tf.Days) {
			return nil, fmt.Errorf("report %s: %d withdrawals for %d days", tf.Token.Symbol, len(tr.Withdrawals), len(tf.Days))
		}
		t := tf.Totals
		p.Summary = append(p.Summary, summaryRow{Token: tf.Token.Symbol, Days: fmt.Sprint(t.Days),
			Gross: Bps(t.GrossAPR), Net: Bps(t.NetAPR), Distributed: Bps(t.DistributedAPR), Advertised: Bps(t.AdvertisedAPR),
			Fee: amountText(tf.Token, t.Fee), Orphan: amountText(tf.Token, t.Orphan), Reserve: amountText(tf.Token, t.Reserve),
			Buffer: Percent(t.BufferRatio), Coverage: Percent(t.CoverageRatio), Batches: batches(t)})
		p.Tokens = append(p.Tokens, tokenSectionOf(tr))
		if t.Gap != nil {
			gapTokens = append(gapTokens, tf)
			row := gapRow{Token: tf.Token.Symbol, Gap: Bps(t.Gap.Sum())}
			for _, c := range Causes() {
				row.Parts = append(row.Parts, Bps(t.Gap.Part(c)))
			}
			p.GapRows = append(p.GapRows, row)
		}
	}
	p.GapChart = gapByTokenChart(gapTokens)
	p.LadderChart = ladderChart(data.Ladder)
	for _, s := range data.Ladder {
		p.LadderRows = append(p.LadderRows, ladderRow{When: s.When(), Token: s.Token.Symbol,
			Amount: amountText(s.Token, s.Amount), Rungs: fmt.Sprint(s.Rungs)})
	}
	return p, nil
}

func amountText(t money.Token, a money.Amount) string { return t.Format(a) + " " + t.Symbol }

func tokenSectionOf(tr TokenReport) tokenSection {
	tf := tr.Figures
	tok := tf.Token
	s := tokenSection{Symbol: tok.Symbol, NoWithdrawals: tr.Withdrawals == nil}
	for i, d := range tf.Days {
		row := dayRow{Day: d.Day.String(), Gross: Bps(d.GrossAPR), Net: Bps(d.NetAPR), Distributed: Bps(d.DistributedAPR),
			Advertised: Bps(d.AdvertisedAPR), Gap: "n/a", Fee: tok.Format(d.Fee), Orphan: tok.Format(d.Orphan),
			Reserve: tok.Format(d.Reserve), Hot: tok.Format(d.Hot), Withdrawals: "n/a",
			Buffer: Percent(d.BufferRatio), Coverage: Percent(d.CoverageRatio), Batch: "no"}
		if d.Gap != nil {
			row.Gap = Bps(d.Gap.Sum())
		}
		if tr.Withdrawals != nil {
			row.Withdrawals = tok.Format(tr.Withdrawals[i])
		}
		if d.Batch {
			row.Batch = "yes"
		}
		if d.Late {
			row.Batch = "late"
		}
		s.Days = append(s.Days, row)
	}
	s.APR = aprChart(tf)
	s.Buffer = bufferChart(tr)
	s.GapByDay = gapByDayChart(tf)
	return s
}

// Series colours.
const (
	colourGross       = "#1f77b4"
	colourNet         = "#17becf"
	colourDistributed = "#2ca02c"
	colourAdvertised  = "#ff7f0e"
	colourHot         = "#1f77b4"
	colourOutflow     = "#d62728"
	colourInflow      = "#2ca02c"
	colourGap         = "#111111"
)

var causeColours = [numCauses]string{"#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

var (
	bpSpan    = big.NewRat(1, 1)   // an all-zero rate chart spans 1 bp
	bpMinStep = big.NewRat(1, 100) // rate ticks are at least 0.01 bp apart
	unitStep  = big.NewRat(1, 1)   // amount ticks are at least one base unit apart
)

// inBps returns an annual rate in basis points; nil stays nil.
func inBps(r *big.Rat) *big.Rat {
	if r == nil {
		return nil
	}
	return new(big.Rat).Mul(r, big.NewRat(10000, 1))
}

func bpLabel(v *big.Rat, decimals int) string { return v.FloatString(decimals) }

func dayLabels(days []DayFigures) func(int) string {
	return func(i int) string { return days[i].Day.String() }
}

func aprChart(tf TokenFigures) *chart {
	series := []struct {
		name, colour, dash string
		rate               func(DayFigures) *big.Rat
	}{
		{"on-chain gross", colourGross, "", func(d DayFigures) *big.Rat { return d.GrossAPR }},
		{"net of buffer", colourNet, "", func(d DayFigures) *big.Rat { return d.NetAPR }},
		{"distributed", colourDistributed, "", func(d DayFigures) *big.Rat { return d.DistributedAPR }},
		{"advertised", colourAdvertised, "6 4", func(d DayFigures) *big.Rat { return d.AdvertisedAPR }},
	}
	values := make([][]*big.Rat, len(series))
	var all []*big.Rat
	for i, s := range series {
		for _, d := range tf.Days {
			values[i] = append(values[i], inBps(s.rate(d)))
		}
		all = append(all, values[i]...)
	}
	f := newFrame("apr-"+tf.Token.Symbol, tf.Token.Symbol+": APR by day", "APR (bp a year)", "day (UTC)",
		len(tf.Days), all, bpSpan, bpMinStep, dayLabels(tf.Days), bpLabel)
	if len(tf.Days) == 0 {
		f.Empty = "no day of the period has a record"
		return &f.chart
	}
	for i, s := range series {
		f.addLine(s.name, s.colour, s.dash, values[i], func(j int) string {
			return tf.Days[j].Day.String() + ": " + Bps(inBpsRate(values[i][j])) + " bp"
		})
	}
	return &f.chart
}

// inBpsRate undoes inBps, for labels that format rates.
func inBpsRate(bp *big.Rat) *big.Rat {
	if bp == nil {
		return nil
	}
	return new(big.Rat).Quo(bp, big.NewRat(10000, 1))
}

func bufferChart(tr TokenReport) *chart {
	tf := tr.Figures
	tok := tf.Token
	var all, hot []*big.Rat
	for i, d := range tf.Days {
		hot = append(hot, ratOf(d.Hot))
		if tr.Withdrawals != nil {
			all = append(all, ratOf(tr.Withdrawals[i]))
		}
	}
	all = append(all, hot...)
	label := func(v *big.Rat, _ int) string { return tok.Format(amountOfRat(v)) }
	f := newFrame("buffer-"+tok.Symbol, tok.Symbol+": liquid buffer against net withdrawals", "amount ("+tok.Symbol+")", "day (UTC)",
		len(tf.Days), all, ratOf(tok.One()), unitStep, dayLabels(tf.Days), label)
	if len(tf.Days) == 0 {
		f.Empty = "no day of the period has a record"
		return &f.chart
	}
	if tr.Withdrawals != nil {
		zero := new(big.Rat)
		for i, w := range tr.Withdrawals {
			colour, what := colourOutflow, "net withdrawals"
			if w.Sign() < 0 {
				colour, what = colourInflow, "net deposits"
			}
			f.addBar(i, zero, ratOf(w), 0.6, 0, colour, fmt.Sprintf("%s %s: %s", tf.Days[i].Day, what, amountText(tok, w.Abs())))
		}
		f.legend("net withdrawals", colourOutflow, "", true)
		f.legend("net deposits", colourInflow, "", true)
	}
	f.addLine("liquid buffer (hot)", colourHot, "", hot, func(i int) string {
		return tf.Days[i].Day.String() + ": " + amountText(tok, tf.Days[i].Hot)
	})
	return &f.chart
}

// amountOfRat returns an integer-valued rational as an amount (ticks of amount axes are
// whole base units).
func amountOfRat(v *big.Rat) money.Amount {
	a, err := money.FromBig(floorRat(v))
	if err != nil {
		return money.Amount{}
	}
	return a
}

// stack adds one category's stacked attribution bars to f: positive parts upwards from
// zero, negative ones downwards, each cause in its colour.
func stack(f *frame, i int, a *Attribution, label string) {
	up, down := new(big.Rat), new(big.Rat)
	for _, c := range Causes() {
		v := a.Part(c)
		if v.Sign() == 0 {
			continue
		}
		base := up
		if v.Sign() < 0 {
			base = down
		}
		next := new(big.Rat).Add(base, inBps(v))
		f.addBar(i, base, next, 0.6, 0, causeColours[c], fmt.Sprintf("%s %s: %s bp", label, c, Bps(v)))
		base.Set(next)
	}
}

// stackExtent returns the values a stacked attribution reaches, for the chart's domain.
func stackExtent(a *Attribution) []*big.Rat {
	up, down := new(big.Rat), new(big.Rat)
	for _, c := range Causes() {
		v := inBps(a.Part(c))
		if v.Sign() > 0 {
			up.Add(up, v)
		} else {
			down.Add(down, v)
		}
	}
	return []*big.Rat{up, down, inBps(a.Sum())}
}

func causeLegend(f *frame) {
	for _, c := range Causes() {
		f.legend(c.String(), causeColours[c], "", true)
	}
}

func gapByDayChart(tf TokenFigures) *chart {
	var all, gaps []*big.Rat
	for _, d := range tf.Days {
		var g *big.Rat
		if d.Gap != nil {
			all = append(all, stackExtent(d.Gap)...)
			g = inBps(d.Gap.Sum())
		}
		gaps = append(gaps, g)
	}
	f := newFrame("gap-"+tf.Token.Symbol, tf.Token.Symbol+": advertised − distributed APR by cause", "bp a year", "day (UTC)",
		len(tf.Days), all, bpSpan, bpMinStep, dayLabels(tf.Days), bpLabel)
	if len(all) == 0 {
		f.Empty = "no day has both an advertised and a distributed APR"
		return &f.chart
	}
	for i, d := range tf.Days {
		if d.Gap != nil {
			stack(f, i, d.Gap, d.Day.String())
		}
	}
	causeLegend(f)
	f.addLine("gap", colourGap, "2 3", gaps, func(i int) string {
		return tf.Days[i].Day.String() + ": " + Bps(tf.Days[i].Gap.Sum()) + " bp"
	})
	return &f.chart
}

func gapByTokenChart(tokens []TokenFigures) *chart {
	var all []*big.Rat
	for _, tf := range tokens {
		all = append(all, stackExtent(tf.Totals.Gap)...)
	}
	f := newFrame("gap-tokens", "Advertised − distributed APR over the period, by cause", "bp a year", "token",
		len(tokens), all, bpSpan, bpMinStep, func(i int) string { return tokens[i].Token.Symbol }, bpLabel)
	if len(tokens) == 0 {
		f.Empty = "no token has both an advertised and a distributed APR in the period"
		return &f.chart
	}
	gaps := make([]*big.Rat, len(tokens))
	for i, tf := range tokens {
		stack(f, i, tf.Totals.Gap, tf.Token.Symbol)
		gaps[i] = inBps(tf.Totals.Gap.Sum())
	}
	causeLegend(f)
	for i, g := range gaps {
		f.Markers = append(f.Markers, marker{X: px(f.x(i)), Y: px(f.y.at(g)), R: "5", Color: colourGap,
			Title: tokens[i].Token.Symbol + " gap: " + Bps(tokens[i].Totals.Gap.Sum()) + " bp"})
	}
	f.legend("gap (dot)", colourGap, "", true)
	return &f.chart
}

// ladderChart places each ladder step at its time (across) and token (down), as a circle
// whose area is its share of the token's largest step.
func ladderChart(steps []LadderStep) *chart {
	ch := newChart("ladder", "Liquidity ladder: what becomes liquid, when, across chains", "token", "becomes liquid (UTC)")
	c := &ch
	if len(steps) == 0 {
		c.Empty = "nothing is unbonding or waiting to be withdrawn"
		return c
	}
	var whens, tokens []string
	largest := map[string]*big.Int{}
	for _, s := range steps {
		if !contains(whens, s.When()) {
			whens = append(whens, s.When())
		}
		sym := s.Token.Symbol
		if !contains(tokens, sym) {
			tokens = append(tokens, sym)
			largest[sym] = new(big.Int)
		}
		if s.Amount.Big().Cmp(largest[sym]) > 0 {
			largest[sym] = s.Amount.Big()
		}
	}
	band := float64(plotRight-plotLeft) / float64(len(whens))
	rowHeight := float64(plotBottom-plotTop) / float64(len(tokens))
	xOf := func(when string) float64 { return plotLeft + (float64(index(whens, when))+0.5)*band }
	yOf := func(sym string) float64 { return plotTop + (float64(index(tokens, sym))+0.5)*rowHeight }
	every := (len(whens) + maxXLabels - 1) / maxXLabels
	for i := 0; i < len(whens); i += every {
		c.XTicks = append(c.XTicks, tick{X: px(xOf(whens[i])), Y: px(plotBottom + 18), Label: whens[i]})
	}
	for _, sym := range tokens {
		c.YTicks = append(c.YTicks, tick{X: px(plotLeft - 8), Y: px(yOf(sym)), Label: sym})
	}
	maxR := min(band, rowHeight) / 2 * 0.8
	for _, s := range steps {
		share := 1.0
		if l := largest[s.Token.Symbol]; l.Sign() > 0 {
			share, _ = new(big.Rat).SetFrac(s.Amount.Big(), l).Float64()
		}
		r := max(3, maxR*math.Sqrt(share))
		x, y := xOf(s.When()), yOf(s.Token.Symbol)
		text := amountText(s.Token, s.Amount)
		c.Markers = append(c.Markers, marker{X: px(x), Y: px(y), R: px(r), Color: colourGross, Label: text,
			LabelY: px(y - r - 4), Title: s.When() + ": " + text})
	}
	return c
}

func contains(list []string, s string) bool { return index(list, s) >= 0 }

func index(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
