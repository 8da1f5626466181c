package report

import (
	"fmt"
	"math/big"
	"strings"
)

// Chart geometry, in SVG user units. Charts scale to the page width.
const (
	chartWidth   = 1100
	chartHeight  = 320
	plotLeft     = 110
	plotRight    = chartWidth - 20
	plotTop      = 20
	plotBottom   = chartHeight - 90
	maxXLabels   = 12
	maxBarWidth  = 90
	targetYTicks = 5
)

// chart is one SVG chart, every coordinate already placed and formatted: the template
// only writes it out.
type chart struct {
	ID, Title, YLabel, XLabel string
	Width, Height             int
	Left, Right, Top, Bottom  string
	MidY, XTitleY             string // where the axis titles go
	XTicks, YTicks            []tick
	Zero                      string // the y of the zero line
	Bars                      []bar
	Lines                     []line
	Legend                    []legendItem
	Markers                   []marker
	Empty                     string // said instead of the plot when there is nothing to draw
}

type tick struct {
	X, Y, Label string
}

type bar struct {
	X, Y, W, H, Color, Title string
}

type line struct {
	Color, Dash string
	Points      string // a polyline's points; empty when the series has one point
	Dots        []dot
}

type dot struct {
	X, Y, Title string
}

type legendItem struct {
	X, Y, Name, Color, Dash string
	TextX, BoxY, LineEnd    string
	Box                     bool // a filled box (bars) rather than a line
}

// marker is a circle with a label, for the liquidity ladder.
type marker struct {
	X, Y, R, Color, Label, LabelY, Title string
}

func px(f float64) string { return fmt.Sprintf("%.1f", f) }

// scale maps a value domain [lo, hi] (hi > lo) onto pixels [from, to].
type scale struct {
	lo, hi   *big.Rat
	from, to float64
}

func (s scale) at(v *big.Rat) float64 {
	f := new(big.Rat).Sub(v, s.lo)
	f.Quo(f, new(big.Rat).Sub(s.hi, s.lo))
	x, _ := f.Float64()
	return s.from + x*(s.to-s.from)
}

// niceTicks returns round tick values covering [lo, hi] and zero, about targetYTicks of
// them, spaced 1, 2 or 5 times a power of ten and never closer than minStep, and how many
// decimals their labels need. An empty domain is widened to span.
func niceTicks(lo, hi, span, minStep *big.Rat) (ticks []*big.Rat, decimals int) {
	lo, hi = minRat(lo, new(big.Rat)), maxRat(hi, new(big.Rat))
	if lo.Cmp(hi) == 0 {
		hi = new(big.Rat).Add(lo, span)
	}
	raw := new(big.Rat).Sub(hi, lo)
	raw.Quo(raw, big.NewRat(targetYTicks, 1))
	power := big.NewRat(1, 1)
	ten := big.NewRat(10, 1)
	for power.Cmp(raw) > 0 {
		power.Quo(power, ten)
	}
	for new(big.Rat).Mul(power, ten).Cmp(raw) <= 0 {
		power.Mul(power, ten)
	}
	var step *big.Rat
	for _, m := range []int64{1, 2, 5, 10} {
		step = new(big.Rat).Mul(power, big.NewRat(m, 1))
		if step.Cmp(raw) >= 0 {
			break
		}
	}
	if step.Cmp(minStep) < 0 {
		step = new(big.Rat).Set(minStep)
	}
	first := new(big.Rat).Mul(new(big.Rat).SetInt(floorRat(new(big.Rat).Quo(lo, step))), step)
	for v := first; ; v = new(big.Rat).Add(v, step) {
		ticks = append(ticks, v)
		if v.Cmp(hi) >= 0 {
			break
		}
	}
	for scaled := new(big.Rat).Set(step); !scaled.IsInt(); scaled.Mul(scaled, ten) {
		decimals++
	}
	return ticks, decimals
}

// floorRat returns the largest integer not above r.
func floorRat(r *big.Rat) *big.Int {
	// Euclidean division by the positive denominator is the floor.
	return new(big.Int).Div(r.Num(), r.Denom())
}

func minRat(a, b *big.Rat) *big.Rat {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

func maxRat(a, b *big.Rat) *big.Rat {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// frame is a chart's plot area with its axes: categories along x, a value scale along y.
type frame struct {
	chart
	y     scale
	band  float64 // the width of one category
	count int
}

// newFrame lays out a chart of n categories (labelled by xLabel) over the values given,
// with y labels written by yLabel.
func newFrame(id, title, yTitle, xTitle string, n int, values []*big.Rat, span, minStep *big.Rat,
	xLabel func(i int) string, yLabel func(v *big.Rat, decimals int) string) *frame {
	f := &frame{chart: newChart(id, title, yTitle, xTitle), count: n}
	lo, hi := new(big.Rat), new(big.Rat)
	for _, v := range values {
		if v != nil {
			lo, hi = minRat(lo, v), maxRat(hi, v)
		}
	}
	ticks, decimals := niceTicks(lo, hi, span, minStep)
	f.y = scale{lo: ticks[0], hi: ticks[len(ticks)-1], from: plotBottom, to: plotTop}
	for _, t := range ticks {
		f.YTicks = append(f.YTicks, tick{X: px(plotLeft - 8), Y: px(f.y.at(t)), Label: yLabel(t, decimals)})
	}
	f.Zero = px(f.y.at(new(big.Rat)))
	if n > 0 {
		f.band = float64(plotRight-plotLeft) / float64(n)
		every := (n + maxXLabels - 1) / maxXLabels
		for i := 0; i < n; i += every {
			f.XTicks = append(f.XTicks, tick{X: px(f.x(i)), Y: px(plotBottom + 18), Label: xLabel(i)})
		}
	}
	return f
}

// newChart returns an empty chart with its frame's geometry.
func newChart(id, title, yTitle, xTitle string) chart {
	return chart{ID: id, Title: title, YLabel: yTitle, XLabel: xTitle, Width: chartWidth, Height: chartHeight,
		Left: px(plotLeft), Right: px(plotRight), Top: px(plotTop), Bottom: px(plotBottom),
		MidY: px((plotTop + plotBottom) / 2), XTitleY: px(plotBottom + 36)}
}

// x is the middle of category i.
func (f *frame) x(i int) float64 { return plotLeft + (float64(i)+0.5)*f.band }

// addLine draws one series, broken where a value is undefined (nil).
func (f *frame) addLine(name, color, dash string, values []*big.Rat, title func(i int) string) {
	if dash == "" {
		dash = "none"
	}
	var seg line
	flush := func() {
		if len(seg.Dots) > 1 {
			pts := make([]string, len(seg.Dots))
			for i, d := range seg.Dots {
				pts[i] = d.X + "," + d.Y
			}
			seg.Points = strings.Join(pts, " ")
		}
		if len(seg.Dots) > 0 {
			f.Lines = append(f.Lines, seg)
		}
		seg = line{Color: color, Dash: dash}
	}
	seg = line{Color: color, Dash: dash}
	for i, v := range values {
		if v == nil {
			flush()
			continue
		}
		seg.Dots = append(seg.Dots, dot{X: px(f.x(i)), Y: px(f.y.at(v)), Title: name + " " + title(i)})
	}
	flush()
	f.legend(name, color, dash, false)
}

// addBar draws a bar in category i from value from to value to, of the given share of
// the category's width, offset by shift categories.
func (f *frame) addBar(i int, from, to *big.Rat, width, shift float64, color, title string) {
	y1, y2 := f.y.at(from), f.y.at(to)
	top, h := min(y1, y2), max(y1, y2)-min(y1, y2)
	w := min(f.band*width, maxBarWidth)
	f.Bars = append(f.Bars, bar{X: px(f.x(i) - w/2 + shift*f.band), Y: px(top), W: px(w), H: px(h), Color: color, Title: title})
}

// legend adds an entry to the legend row above the plot.
func (f *frame) legend(name, color, dash string, box bool) {
	const perItem = 190
	if dash == "" {
		dash = "none"
	}
	n := len(f.Legend)
	x, y := plotLeft+float64(n%5)*perItem, plotBottom+56+float64(n/5)*18
	f.Legend = append(f.Legend, legendItem{X: px(x), Y: px(y), TextX: px(x + 22), BoxY: px(y - 10), LineEnd: px(x + 16),
		Name: name, Color: color, Dash: dash, Box: box})
}
