//! Time comes from a clock that tests can set.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Europe::Oslo;
use tokio::sync::watch;

/// Where "now" comes from.
pub trait Clock: Send + Sync + 'static {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;

    /// Today's date in Norway.
    fn today_in_oslo(&self) -> NaiveDate {
        self.now().with_timezone(&Oslo).date_naive()
    }

    /// For a clock that is moved by hand: a receiver that sees each move, so
    /// that waiting workers look again. `None` for a clock that runs.
    fn moves(&self) -> Option<Moves> {
        None
    }
}

/// Sees each time a clock is set (the value is its offset from real time).
pub type Moves = watch::Receiver<TimeDelta>;

/// The system's clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that runs like the real one from where it was set, and that
/// tests (and the demo) can set to any instant: retries and pacing keep
/// working while a test jumps to the day before a gathering.
pub struct ManualClock(watch::Sender<TimeDelta>);

impl ManualClock {
    /// A clock showing `now`.
    pub fn new(now: DateTime<Utc>) -> ManualClock {
        ManualClock(watch::Sender::new(now - Utc::now()))
    }

    /// Sets the clock to `now`; it runs on from there.
    pub fn set(&self, now: DateTime<Utc>) {
        self.0.send_replace(now - Utc::now());
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + *self.0.borrow()
    }

    fn moves(&self) -> Option<Moves> {
        Some(self.0.subscribe())
    }
}

/// Sleeps `wait` of `clock`'s time: a real sleep, cut short when a
/// hand-moved clock is moved (`moves` is from [`Clock::moves`]).
pub async fn sleep_or_moved(wait: std::time::Duration, moves: &mut Option<Moves>) {
    match moves {
        Some(moves) => {
            tokio::select! {
                () = tokio::time::sleep(wait) => {}
                moved = moves.changed() => {
                    if moved.is_err() {
                        // The clock is gone; time no longer moves by hand.
                        tokio::time::sleep(wait).await;
                    }
                }
            }
        }
        None => tokio::time::sleep(wait).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_date_in_oslo_not_in_utc() {
        // 23:30 UTC on 31 December is already 1 January in Oslo (UTC+1).
        let clock = ManualClock::new("2026-12-31T23:30:00Z".parse().unwrap());
        // (It runs on from there, but not by an hour during the test.)
        assert_eq!(clock.today_in_oslo(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
        clock.set("2026-06-30T22:30:00Z".parse().unwrap());
        assert_eq!(clock.today_in_oslo(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
    }
}
