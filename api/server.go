package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/payout"
	"github.com/softstake/staker/pool"
	"github.com/softstake/staker/store"
)

// PoolViewer reads a token's pool as today's round sees it: the observation of chain and
// books, and the plan made from it, changing nothing. The wiring implements it with the
// token's chain adapter (pool.Observe, then pool.MakePlan); a failed chain read is a
// *pool.ReadError.
type PoolViewer interface {
	View(ctx context.Context, token string) (pool.Observation, pool.Plan, error)
}

// ValidatorLister reads a token's validators from its chain.
type ValidatorLister interface {
	Validators(ctx context.Context, token string) ([]chains.Validator, error)
}

// Options configure New.
type Options struct {
	// Store is the books, intents, approvals, payout batches and distributions. Required.
	Store store.Store
	// Tokens are the enabled tokens, as config.Config.Tokens (keyed by symbol).
	Tokens map[string]*config.Token
	// Credentials are the accepted bearer tokens (see Credentials). With none, every
	// route but /healthz and /readyz refuses every request.
	Credentials []Credential
	// Approvals is the signer's approval rule, as configured: POST /v1/approvals accepts
	// approvals only from its approvers.
	Approvals config.Approvals
	// Pools and Validators read the chains. Required.
	Pools      PoolViewer
	Validators ValidatorLister
	// Ready, when set, is asked by /readyz after the store: nil means ready. Its error is
	// shown to the caller, so it must not carry secrets.
	Ready func(ctx context.Context) error
	// Metrics are served at /metrics and count the API's requests; nil means a new
	// NewMetrics(0).
	Metrics *Metrics
	// Listen is the address ListenAndServe listens on (host:port).
	Listen string
	// Logger receives denied requests and failures; nil discards them.
	Logger *slog.Logger
	// Now is the clock of defaults such as "yesterday"; nil means time.Now.
	Now func() time.Time
}

// Server is the HTTP API. It is an http.Handler; ListenAndServe runs it on Options.Listen.
type Server struct {
	st         store.Store
	cycle      *daemon.Cycle
	tokens     map[string]*config.Token
	approvals  config.Approvals
	approvers  map[string]string // configured approvers' names by public key bytes
	pools      PoolViewer
	validators ValidatorLister
	ready      func(ctx context.Context) error
	metrics    *Metrics
	listen     string
	log        *slog.Logger
	now        func() time.Time

	auth   *authenticator
	mux    *http.ServeMux
	routes []route
}

// route is one method and path with the roles allowed (nil: open to everyone).
type route struct {
	method, path string
	roles        []config.Role
	handler      http.Handler
}

// pattern is the route's ServeMux pattern, also its name in metrics.
func (rt route) pattern() string { return rt.method + " " + rt.path }

// New returns the API over the options, or an error naming what is missing or wrong.
func New(o Options) (*Server, error) {
	switch {
	case o.Store == nil:
		return nil, errors.New("api: no store")
	case o.Pools == nil:
		return nil, errors.New("api: no pool viewer")
	case o.Validators == nil:
		return nil, errors.New("api: no validator lister")
	}
	auth, err := newAuthenticator(o.Credentials)
	if err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	approvers, err := approverKeys(o.Approvals)
	if err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	s := &Server{
		st: o.Store, cycle: &daemon.Cycle{Books: o.Store}, tokens: o.Tokens, approvals: o.Approvals, approvers: approvers,
		pools: o.Pools, validators: o.Validators, ready: o.Ready, metrics: o.Metrics, listen: o.Listen,
		log: o.Logger, now: o.Now, auth: auth, mux: http.NewServeMux(),
	}
	if s.metrics == nil {
		s.metrics = NewMetrics(0)
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	feed := payout.NewPullHandler(o.Store, payout.PullOptions{Logger: s.log})
	intake := ingest.NewHandler(o.Store, ingest.HandlerOptions{Logger: s.log})
	for _, rt := range []route{
		{"GET", "/healthz", nil, http.HandlerFunc(s.healthz)},
		{"GET", "/readyz", nil, http.HandlerFunc(s.readyz)},
		{"GET", "/metrics", anyRole, s.metrics.Handler()},
		{"GET", "/v1/tokens", readers, http.HandlerFunc(s.listTokens)},
		{"GET", "/v1/pools/{token}", readers, http.HandlerFunc(s.getPool)},
		{"GET", "/v1/validators/{token}", readers, http.HandlerFunc(s.listValidators)},
		{"GET", "/v1/intents", readers, http.HandlerFunc(s.listIntents)},
		{"GET", "/v1/intents/{id...}", readers, http.HandlerFunc(s.getIntent)},
		{"GET", "/v1/approvals", readers, http.HandlerFunc(s.listApprovals)},
		{"POST", "/v1/approvals/{intent}", operators, http.HandlerFunc(s.approve)},
		{"GET", "/v1/rewards/{token}", readers, http.HandlerFunc(s.listRewards)},
		{"GET", "/v1/rewards/{token}/{day}", readers, http.HandlerFunc(s.getReward)},
		{"GET", "/v1/payouts", feedReaders, feed},
		{"POST", "/v1/balances", operators, intake},
		{"POST", "/v1/activations", operators, intake},
		{"GET", "/v1/users/{user}/distributions", readers, http.HandlerFunc(s.listDistributions)},
		{"GET", "/v1/treasury", treasurers, http.HandlerFunc(s.treasury)},
	} {
		s.handle(rt)
	}
	return s, nil
}

// handle registers a route behind authorization and request metrics.
func (s *Server) handle(rt route) {
	s.routes = append(s.routes, rt)
	name := rt.pattern()
	s.mux.Handle(name, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		if rt.roles == nil || s.authorize(rec, r, rt.roles) {
			rt.handler.ServeHTTP(rec, r)
		}
		s.metrics.observeRequest(name, rec.status, time.Since(start))
	}))
}

// ServeHTTP implements http.Handler. A path no route has is answered 404 and a method a
// path does not take 405, both in JSON; neither tells anything to a caller without a token
// that the routes' own refusals would not.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.mux.Handler(r); pattern != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	start := time.Now()
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		writeError(w, http.StatusMethodNotAllowed, "", fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
		s.metrics.observeRequest("unmatched", http.StatusMethodNotAllowed, time.Since(start))
		return
	}
	writeError(w, http.StatusNotFound, "", "no such route: "+r.URL.Path)
	s.metrics.observeRequest("unmatched", http.StatusNotFound, time.Since(start))
}

// statusRecorder remembers the status code written, for the request metrics.
type statusRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// The server's timeouts: slow clients cannot hold connections, and shutting down waits a
// bounded time for requests in flight.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

// ListenAndServe serves the API on Options.Listen until ctx ends, then shuts down,
// waiting a bounded time for requests in flight. It returns nil after a clean shutdown.
func (s *Server) ListenAndServe(ctx context.Context) error {
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", s.listen)
	if err != nil {
		return fmt.Errorf("api: listen: %w", err)
	}
	return s.Serve(ctx, l)
}

// Serve serves the API on l until ctx ends, like ListenAndServe; it closes l.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	select {
	case err := <-served:
		return fmt.Errorf("api: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("api: shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("api: serve: %w", err)
	}
	return nil
}

func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyTimeout bounds each readiness check.
const readyTimeout = 2 * time.Second

// readyz answers 200 when the store answers a read and the wiring's readiness check (if
// any) passes, else 503 saying which.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
	defer cancel()
	if _, err := s.st.Tokens(ctx); err != nil {
		if r.Context().Err() == nil {
			s.log.WarnContext(r.Context(), "not ready: store unreachable", "err", err)
		}
		writeError(w, http.StatusServiceUnavailable, "", "store not reachable")
		return
	}
	if s.ready != nil {
		if err := s.ready(ctx); err != nil {
			writeError(w, http.StatusServiceUnavailable, "", "not ready: "+err.Error())
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// internalError logs a failure the caller cannot fix and answers 500 without its detail.
func (s *Server) internalError(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() == nil {
		s.log.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeError(w, http.StatusInternalServerError, "", "internal error")
}

// Interface guards
var _ http.Handler = (*Server)(nil)
