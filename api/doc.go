// Package api owns the daemon's HTTP API: its routes and their JSON, bearer-token
// authentication by role with constant-time comparison, JSON errors that name the bad
// parameter, health and readiness, and the Prometheus metrics the daemon reports through
// Metrics. It reads what the daily cycle, the pool and the store have recorded; it does
// not run the cycle. Chain reads happen behind the PoolViewer and ValidatorLister the
// wiring supplies. openapi.yaml in this directory describes every route.
package api
