//! Time comes from a clock that tests can set.

use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Oslo;

/// Where "now" comes from.
pub trait Clock: Send + Sync + 'static {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;

    /// Today's date in Norway.
    fn today_in_oslo(&self) -> NaiveDate {
        self.now().with_timezone(&Oslo).date_naive()
    }
}

/// The system's clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until set (tests, the demo).
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    /// A clock showing `now`.
    pub fn new(now: DateTime<Utc>) -> ManualClock {
        ManualClock(Mutex::new(now))
    }

    /// Moves the clock to `now`.
    pub fn set(&self, now: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = now;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_date_in_oslo_not_in_utc() {
        // 23:30 UTC on 31 December is already 1 January in Oslo (UTC+1).
        let clock = ManualClock::new("2026-12-31T23:30:00Z".parse().unwrap());
        assert_eq!(clock.today_in_oslo(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
        clock.set("2026-06-30T22:30:00Z".parse().unwrap());
        assert_eq!(clock.today_in_oslo(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
    }
}
