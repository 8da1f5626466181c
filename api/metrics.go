package api

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/daemon"
)

// The kinds of APR SetAPR reports.
const (
	// APRRealized is the APR the pool earned on chain.
	APRRealized = "realized"
	// APRAdvertised is the APR shown to users: the trailing distributed APR.
	APRAdvertised = "advertised"
)

// DefaultPublishBy is how long after its day's end a payout batch is due (SPEC: D+1 08:00
// UTC).
const DefaultPublishBy = 8 * time.Hour

// Metrics are the daemon's Prometheus metrics, in a registry of their own. The daemon's
// wiring reports through the methods (they match daemon.Cycle.Observe and
// daemon.Daemon.OnLeader); the API serves them at /metrics and counts its own requests.
// A Metrics is safe for concurrent use.
type Metrics struct {
	reg       *prometheus.Registry
	publishBy time.Duration

	stepSeconds     *prometheus.HistogramVec
	stepFailures    *prometheus.CounterVec
	stepLastSuccess *prometheus.GaugeVec
	leader          prometheus.Gauge
	payoutLateness  *prometheus.GaugeVec
	payoutLate      *prometheus.CounterVec
	bufferRatio     *prometheus.GaugeVec
	apr             *prometheus.GaugeVec
	rpcErrors       *prometheus.CounterVec
	intents         *prometheus.GaugeVec
	requests        *prometheus.CounterVec
	requestSeconds  *prometheus.HistogramVec
}

// NewMetrics returns the metrics, registered in a new registry. publishBy is how long
// after its day's end a payout batch is due; zero means DefaultPublishBy.
func NewMetrics(publishBy time.Duration) *Metrics {
	if publishBy <= 0 {
		publishBy = DefaultPublishBy
	}
	m := &Metrics{
		reg:       prometheus.NewRegistry(),
		publishBy: publishBy,
		stepSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "staker_cycle_step_duration_seconds",
			Help:    "How long each step of the daily cycle took, by token and step, failed or not.",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 10),
		}, []string{"token", "step"}),
		stepFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "staker_cycle_step_failures_total",
			Help: "Failed steps of the daily cycle, by token and step.",
		}, []string{"token", "step"}),
		stepLastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "staker_cycle_step_last_success_timestamp_seconds",
			Help: "When each step of the daily cycle last succeeded, in Unix seconds, by token and step.",
		}, []string{"token", "step"}),
		leader: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "staker_leader",
			Help: "1 while this replica holds the leader lease, else 0.",
		}),
		payoutLateness: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "staker_payout_lateness_seconds",
			Help: "How long after its deadline (D+1 08:00 UTC) the token's last payout batch was published; 0 when on time.",
		}, []string{"token"}),
		payoutLate: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "staker_payout_late_total",
			Help: "Payout batches published after their deadline, by token.",
		}, []string{"token"}),
		bufferRatio: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "staker_buffer_ratio",
			Help: "The liquid buffer over its target, by token (1 is on target).",
		}, []string{"token"}),
		apr: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "staker_apr_bps",
			Help: "APR in basis points by token and kind (realized, advertised); for monitoring only, never for money.",
		}, []string{"token", "kind"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "staker_rpc_errors_total",
			Help: "Failed chain RPC calls, by chain and error class.",
		}, []string{"chain", "class"}),
		intents: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "staker_intents",
			Help: "The pool's intents by token and state.",
		}, []string{"token", "state"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "staker_http_requests_total",
			Help: "API requests by route and status code.",
		}, []string{"route", "code"}),
		requestSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "staker_http_request_duration_seconds",
			Help:    "API request latency by route.",
			Buckets: prometheus.DefBuckets,
		}, []string{"route"}),
	}
	m.reg.MustRegister(m.stepSeconds, m.stepFailures, m.stepLastSuccess, m.leader, m.payoutLateness, m.payoutLate,
		m.bufferRatio, m.apr, m.rpcErrors, m.intents, m.requests, m.requestSeconds)
	return m
}

// Registry returns the registry holding the metrics, for the wiring to add its own
// collectors to.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// ObserveStep records one step of a token's day: its duration, and a failure or the time
// of its success. It has the signature of daemon.Cycle.Observe.
func (m *Metrics) ObserveStep(token string, _ allocator.Day, step daemon.Phase, took time.Duration, err error) {
	name := strings.TrimPrefix(string(step), "cycle-")
	m.stepSeconds.WithLabelValues(token, name).Observe(took.Seconds())
	if err != nil {
		m.stepFailures.WithLabelValues(token, name).Inc()
		return
	}
	m.stepLastSuccess.WithLabelValues(token, name).SetToCurrentTime()
}

// SetLeader records whether this replica holds the leader lease. It has the signature of
// daemon.Daemon.OnLeader.
func (m *Metrics) SetLeader(leading bool) {
	if leading {
		m.leader.Set(1)
		return
	}
	m.leader.Set(0)
}

// ObservePublished records that the token's payout batch for day was published at at:
// how late it was past its deadline (day's end plus the publishing delay), and one more
// late batch if it was.
func (m *Metrics) ObservePublished(token string, day allocator.Day, at time.Time) {
	late := at.Sub(day.End().Add(m.publishBy))
	if late <= 0 {
		m.payoutLateness.WithLabelValues(token).Set(0)
		return
	}
	m.payoutLateness.WithLabelValues(token).Set(late.Seconds())
	m.payoutLate.WithLabelValues(token).Inc()
}

// SetBufferRatio records the token's liquid buffer over its target.
func (m *Metrics) SetBufferRatio(token string, ratio float64) {
	m.bufferRatio.WithLabelValues(token).Set(ratio)
}

// SetAPR records the token's APR of the kind (APRRealized or APRAdvertised) in basis
// points. Any other kind is a programming error and panics.
func (m *Metrics) SetAPR(token, kind string, bps float64) {
	if kind != APRRealized && kind != APRAdvertised {
		panic(fmt.Sprintf("api: SetAPR kind %q, want %s or %s", kind, APRRealized, APRAdvertised))
	}
	m.apr.WithLabelValues(token, kind).Set(bps)
}

// ObserveRPCError counts a failed chain RPC call of the chain, by error class.
func (m *Metrics) ObserveRPCError(chain, class string) {
	m.rpcErrors.WithLabelValues(chain, class).Inc()
}

// SetIntents records how many of the token's intents are in the state.
func (m *Metrics) SetIntents(token, state string, n int) {
	m.intents.WithLabelValues(token, state).Set(float64(n))
}

// observeRequest counts one API request.
func (m *Metrics) observeRequest(route string, code int, took time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
	m.requestSeconds.WithLabelValues(route).Observe(took.Seconds())
}
