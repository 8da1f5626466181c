package report

import (
	"context"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/daemon"
)

// TermsOf returns a token's split terms from its configuration.
func TermsOf(ct *config.Token) (*Terms, error) {
	t := &Terms{FeeBps: ct.FeeBps, MaxAPRBps: ct.Distribution.MaxAPRBps}
	if ct.Distribution.Policy != "" {
		p, err := allocator.ParsePolicy(string(ct.Distribution.Policy))
		if err != nil {
			return nil, err
		}
		t.Policy = p
	}
	return t, nil
}

// bookedPhases are the phases whose day record holds the split: the days a report shows.
var bookedPhases = map[daemon.Phase]bool{daemon.PhaseBooked: true, daemon.PhasePublished: true,
	daemon.PhasePlanned: true, daemon.PhaseDone: true}

// LoadRecords reads the token's booked day records through the daily cycle, from
// AdvertisedWindowDays before from (the advertised APR's history) to to, and counts the
// period's days started but not yet booked.
func LoadRecords(ctx context.Context, cycle *daemon.Cycle, token string, from, to allocator.Day) ([]daemon.DayRecord, int, error) {
	var records []daemon.DayRecord
	inProgress := 0
	first := from.Start().AddDate(0, 0, -AdvertisedWindowDays)
	for at := first; !at.After(to.Start()); at = at.AddDate(0, 0, 1) {
		day, err := allocator.ParseDay(at.Format(time.DateOnly))
		if err != nil {
			return nil, 0, err
		}
		phase, rec, found, err := cycle.Load(ctx, token, day)
		if err != nil {
			return nil, 0, err
		}
		switch {
		case bookedPhases[phase]:
			records = append(records, rec)
		case found && !at.Before(from.Start()):
			inProgress++
		}
	}
	return records, inProgress, nil
}
