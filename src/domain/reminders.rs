//! When reminders of a gathering fall due: the leads a person can pick, and
//! the quiet hours in which nothing is sent.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Oslo;

/// How long before a gathering a reminder goes out. Each lead is one bit of
/// the `members.reminder_leads` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lead {
    Week,
    ThreeDays,
    Day,
    TwoHours,
}

impl Lead {
    /// Every lead, longest first.
    pub const ALL: [Lead; 4] = [Lead::Week, Lead::ThreeDays, Lead::Day, Lead::TwoHours];
    /// The leads of someone who has not chosen: 7 days and 1 day before.
    pub const DEFAULT: LeadSet = LeadSet(0b0101);

    /// The bit in [`LeadSet`].
    pub fn bit(self) -> u8 {
        match self {
            Lead::Week => 1,
            Lead::ThreeDays => 2,
            Lead::Day => 4,
            Lead::TwoHours => 8,
        }
    }

    /// The lead with this bit.
    pub fn from_bit(bit: i64) -> Option<Lead> {
        Lead::ALL.into_iter().find(|lead| i64::from(lead.bit()) == bit)
    }

    /// The name used in messages and callback data.
    pub fn code(self) -> &'static str {
        match self {
            Lead::Week => "7d",
            Lead::ThreeDays => "3d",
            Lead::Day => "1d",
            Lead::TwoHours => "2h",
        }
    }

    /// The name the locale files select on.
    pub fn word(self) -> &'static str {
        match self {
            Lead::Week => "week",
            Lead::ThreeDays => "three-days",
            Lead::Day => "day",
            Lead::TwoHours => "two-hours",
        }
    }

    /// The lead named `code`.
    pub fn parse(code: &str) -> Option<Lead> {
        Lead::ALL.into_iter().find(|lead| lead.code() == code)
    }

    /// When this reminder is due for a gathering at `start`. Day leads keep
    /// the local time of day ("a week before at 17:00"), also across a
    /// daylight-saving change; the result is moved out of `quiet` hours.
    pub fn due(self, start: DateTime<Utc>, quiet: QuietHours) -> DateTime<Utc> {
        let days = match self {
            Lead::Week => 7,
            Lead::ThreeDays => 3,
            Lead::Day => 1,
            Lead::TwoHours => return quiet.next_allowed(start - Duration::hours(2)),
        };
        let local = start.with_timezone(&Oslo).naive_local() - Duration::days(days);
        let instant = Oslo
            .from_local_datetime(&local)
            .earliest()
            // In the spring hour that does not exist, an hour later.
            .unwrap_or_else(|| Oslo.from_utc_datetime(&(local - Duration::hours(1))))
            .with_timezone(&Utc);
        quiet.next_allowed(instant)
    }
}

/// A set of leads (the bits of [`Lead::bit`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadSet(pub u8);

impl LeadSet {
    /// Whether `lead` is in the set.
    pub fn contains(self, lead: Lead) -> bool {
        self.0 & lead.bit() != 0
    }

    /// The set with `lead` added or removed.
    pub fn toggled(self, lead: Lead) -> LeadSet {
        LeadSet(self.0 ^ lead.bit())
    }

    /// Whether no reminder is wanted.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The local hours in which nothing but a direct answer is sent (by default
/// 21:00 to 08:00 Oslo time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuietHours {
    pub from: NaiveTime,
    pub until: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> QuietHours {
        QuietHours {
            from: NaiveTime::from_hms_opt(21, 0, 0).expect("a valid time"),
            until: NaiveTime::from_hms_opt(8, 0, 0).expect("a valid time"),
        }
    }
}

impl QuietHours {
    /// Reads `21:00-08:00`.
    pub fn parse(text: &str) -> Option<QuietHours> {
        let (from, until) = text.trim().split_once('-')?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
        Some(QuietHours { from: time(from)?, until: time(until)? })
    }

    /// Whether there are no quiet hours at all (`00:00-00:00`).
    pub fn is_none(self) -> bool {
        self.from == self.until
    }

    /// Whether the local time of `instant` is quiet.
    pub fn is_quiet(self, instant: DateTime<Utc>) -> bool {
        let time = instant.with_timezone(&Oslo).time();
        if self.from <= self.until {
            self.from <= time && time < self.until
        } else {
            time >= self.from || time < self.until
        }
    }

    /// `instant`, or the end of the quiet hours it falls in.
    pub fn next_allowed(self, instant: DateTime<Utc>) -> DateTime<Utc> {
        if !self.is_quiet(instant) {
            return instant;
        }
        let local = instant.with_timezone(&Oslo);
        let mut day = local.date_naive();
        if local.time() >= self.from && self.from > self.until {
            day = day.succ_opt().unwrap_or(day);
        }
        let end = day.and_time(self.until);
        Oslo.from_local_datetime(&end)
            .earliest()
            .unwrap_or_else(|| Oslo.from_utc_datetime(&end))
            .with_timezone(&Utc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::gatherings::{oslo_instant, parse_local};

    fn at(local: &str) -> DateTime<Utc> {
        oslo_instant(parse_local(local).unwrap()).unwrap()
    }

    #[test]
    fn day_leads_keep_the_local_time_across_daylight_saving() {
        let quiet = QuietHours::default();
        // Summer time starts 28 March 2027; a gathering on 1 April at 17:00.
        assert_eq!(Lead::Week.due(at("2027-04-01 17:00"), quiet), at("2027-03-25 17:00"));
        // Winter time starts 31 October 2027.
        assert_eq!(Lead::Day.due(at("2027-11-01 17:00"), quiet), at("2027-10-31 17:00"));
        assert_eq!(Lead::TwoHours.due(at("2027-11-01 17:00"), quiet), at("2027-11-01 15:00"));
    }

    #[test]
    fn reminders_due_in_quiet_hours_go_out_at_eight() {
        let quiet = QuietHours::default();
        // 09:00 gathering: 2 hours before is 07:00, quiet -> 08:00 the same day.
        assert_eq!(Lead::TwoHours.due(at("2027-01-12 09:00"), quiet), at("2027-01-12 08:00"));
        // 22:00 gathering: a day before is 22:00, quiet -> 08:00 the next morning.
        assert_eq!(Lead::Day.due(at("2027-01-12 22:00"), quiet), at("2027-01-12 08:00"));
        // On the morning the clocks go forward, 08:00 is still 08:00 local.
        assert_eq!(Lead::Day.due(at("2027-03-29 06:00"), quiet), at("2027-03-28 08:00"));
        assert!(!quiet.is_quiet(at("2027-01-12 08:00")));
        assert!(quiet.is_quiet(at("2027-01-12 21:00")));
    }

    #[test]
    fn quiet_hours_are_configurable() {
        let quiet = QuietHours::parse("22:30-07:00").unwrap();
        assert!(quiet.is_quiet(at("2027-01-12 23:00")));
        assert!(!quiet.is_quiet(at("2027-01-12 22:00")));
        assert_eq!(QuietHours::parse("late"), None);
    }

    #[test]
    fn lead_sets_toggle_and_default_to_a_week_and_a_day() {
        let default = Lead::DEFAULT;
        assert!(default.contains(Lead::Week) && default.contains(Lead::Day));
        assert!(!default.contains(Lead::TwoHours));
        let none = default.toggled(Lead::Week).toggled(Lead::Day);
        assert!(none.is_empty());
        assert_eq!(Lead::parse("2h"), Some(Lead::TwoHours));
        assert_eq!(Lead::from_bit(4), Some(Lead::Day));
    }
}
