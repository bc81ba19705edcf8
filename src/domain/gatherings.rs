//! Gatherings: who is invited, local Oslo times (including the
//! daylight-saving days), and monthly series.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Oslo;

/// Who a gathering is for.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Audience {
    /// The trainees of one cohort (kull), by cohort id.
    Cohort(i64),
    /// The mentors of a programme.
    Mentors,
    /// Everyone (trainees and mentors) in a programme.
    Programme,
}

impl Audience {
    /// The name stored in the database.
    pub fn kind(&self) -> &'static str {
        match self {
            Audience::Cohort(_) => "cohort",
            Audience::Mentors => "mentors",
            Audience::Programme => "programme",
        }
    }
}

/// A gathering as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gathering {
    pub id: i64,
    pub programme: String,
    pub audience: Audience,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: u32,
    pub place: String,
    pub topic: String,
    pub agenda: String,
    pub cancelled: bool,
}

impl Gathering {
    /// When it ends.
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + Duration::minutes(i64::from(self.duration_minutes))
    }

    /// The start in Oslo local time.
    pub fn local_start(&self) -> NaiveDateTime {
        self.starts_at.with_timezone(&Oslo).naive_local()
    }
}

/// What a new gathering (or each of a series) is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GatheringPlan {
    pub programme: String,
    pub audience: Audience,
    /// The first start, in Oslo local time.
    pub first_start: NaiveDateTime,
    pub duration_minutes: u32,
    pub place: String,
    pub topic: String,
    pub agenda: String,
    /// How many monthly gatherings (1: just this one).
    pub months: u32,
}

/// The most gatherings one series may create (three years of months).
pub const MAX_SERIES: u32 = 36;
/// The longest place, topic or agenda accepted.
pub const MAX_TEXT: usize = 500;
/// The shortest and longest gathering, in minutes.
pub const DURATION_MINUTES: std::ops::RangeInclusive<u32> = 1..=1440;

/// Why a time was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("not a date and time (use 2027-01-05 17:00 or 5.1.2027 17:00)")]
    Unreadable,
    #[error("{0} does not exist in Norway: the clocks jump from 02:00 to 03:00 that night")]
    DoesNotExist(NaiveDateTime),
    #[error("{0} is in the past")]
    InThePast(NaiveDateTime),
}

/// Reads a local date and time: `2027-01-05 17:00`, `5.1.2027 17:00` or
/// `5.1.2027 kl. 17.00`.
pub fn parse_local(text: &str) -> Result<NaiveDateTime, TimeError> {
    let cleaned = text.trim().replace(" kl. ", " ").replace(" kl ", " ").replace(" at ", " ");
    let mut parts = cleaned.split_whitespace();
    let (Some(date), Some(time), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(TimeError::Unreadable);
    };
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(date, "%d.%m.%Y"))
        .map_err(|_| TimeError::Unreadable)?;
    let time = chrono::NaiveTime::parse_from_str(&time.replace('.', ":"), "%H:%M")
        .map_err(|_| TimeError::Unreadable)?;
    Ok(date.and_time(time))
}

/// The instant of an Oslo local time. In the autumn hour that happens twice,
/// the first (summer-time) one; the spring hour that is skipped is an error.
pub fn oslo_instant(local: NaiveDateTime) -> Result<DateTime<Utc>, TimeError> {
    match Oslo.from_local_datetime(&local) {
        LocalResult::Single(time) | LocalResult::Ambiguous(time, _) => Ok(time.with_timezone(&Utc)),
        LocalResult::None => Err(TimeError::DoesNotExist(local)),
    }
}

/// A time typed for something still to come: read as Oslo time, it must
/// exist and lie after `now`. Returns the local time and its instant.
pub fn parse_future(text: &str, now: DateTime<Utc>) -> Result<(NaiveDateTime, DateTime<Utc>), TimeError> {
    let local = parse_local(text)?;
    let instant = oslo_instant(local)?;
    if instant <= now {
        return Err(TimeError::InThePast(local));
    }
    Ok((local, instant))
}

/// The starts of a monthly series beginning at `first`: the same weekday of
/// the same week of each month ("the first Tuesday"), at the same local
/// time. A first start on a fifth weekday repeats on the last one.
pub fn monthly_starts(first: NaiveDateTime, months: u32) -> Vec<NaiveDateTime> {
    let week = (first.day() - 1) / 7; // 0 = first, 4 = fifth
    (0..months)
        .filter_map(|offset| {
            let month0 = first.month0() + offset;
            let year = first.year() + (month0 / 12) as i32;
            let month = month0 % 12 + 1;
            let day = nth_weekday(year, month, first.weekday(), week)?;
            Some(day.and_time(first.time()))
        })
        .collect()
}

/// The `week`-th (0-based) `weekday` of a month; 4 or more means the last.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, week: u32) -> Option<NaiveDate> {
    if week < 4 {
        return NaiveDate::from_weekday_of_month_opt(year, month, weekday, week as u8 + 1);
    }
    let next_month = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    let mut day = NaiveDate::from_ymd_opt(next_month.0, next_month.1, 1)?.pred_opt()?;
    while day.weekday() != weekday {
        day = day.pred_opt()?;
    }
    Some(day)
}

/// The instants of a plan's gatherings, checked: every local time must
/// exist and the first must be after `now`.
pub fn plan_starts(plan: &GatheringPlan, now: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>, TimeError> {
    let starts: Vec<DateTime<Utc>> = monthly_starts(plan.first_start, plan.months.max(1))
        .into_iter()
        .map(oslo_instant)
        .collect::<Result<_, _>>()?;
    match starts.first() {
        Some(first) if *first <= now => Err(TimeError::InThePast(plan.first_start)),
        _ => Ok(starts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        parse_local(text).unwrap()
    }

    #[test]
    fn reads_iso_and_norwegian_dates() {
        assert_eq!(local("2027-01-05 17:00"), local("5.1.2027 17:00"));
        assert_eq!(local("05.01.2027 kl. 17.00"), local("2027-01-05 17:00"));
        assert_eq!(parse_local("tomorrow"), Err(TimeError::Unreadable));
        assert_eq!(parse_local("2027-02-30 17:00"), Err(TimeError::Unreadable));
        assert_eq!(parse_local("2027-01-05 25:00"), Err(TimeError::Unreadable));
    }

    #[test]
    fn the_spring_forward_hour_does_not_exist_and_autumn_takes_summer_time() {
        assert_eq!(
            oslo_instant(local("2027-03-28 02:30")),
            Err(TimeError::DoesNotExist(local("2027-03-28 02:30")))
        );
        assert_eq!(
            oslo_instant(local("2027-10-31 02:30")).unwrap().to_rfc3339(),
            "2027-10-31T00:30:00+00:00"
        );
    }

    #[test]
    fn a_monthly_series_keeps_the_weekday_and_the_local_time_across_daylight_saving() {
        // The first Tuesday of every month at 17:00, 18 times from January 2027.
        let starts = monthly_starts(local("2027-01-05 17:00"), 18);
        assert_eq!(starts.len(), 18);
        assert!(starts.iter().all(|s| s.weekday() == Weekday::Tue && s.day() <= 7));
        assert_eq!(starts[2], local("2027-03-02 17:00"));
        assert_eq!(starts[17], local("2028-06-06 17:00"));
        let instants: Vec<_> = starts.into_iter().map(|s| oslo_instant(s).unwrap()).collect();
        // 16:00 UTC in winter, 15:00 UTC in summer: 17:00 in Oslo both times.
        assert_eq!(instants[0].to_rfc3339(), "2027-01-05T16:00:00+00:00");
        assert_eq!(instants[3].to_rfc3339(), "2027-04-06T15:00:00+00:00");
        assert_eq!(instants[10].to_rfc3339(), "2027-11-02T16:00:00+00:00");
    }

    #[test]
    fn a_fifth_weekday_repeats_on_the_last_one() {
        let starts = monthly_starts(local("2027-03-30 10:00"), 2);
        assert_eq!(starts, vec![local("2027-03-30 10:00"), local("2027-04-27 10:00")]);
    }

    #[test]
    fn a_plan_in_the_past_or_through_a_missing_hour_is_refused() {
        let plan = GatheringPlan {
            programme: "oslo-reserved".into(),
            audience: Audience::Mentors,
            first_start: local("2027-02-28 02:30"),
            duration_minutes: 60,
            place: "Rådhuset".into(),
            topic: "Mentormøte".into(),
            agenda: String::new(),
            months: 2,
        };
        let now = oslo_instant(local("2027-01-01 12:00")).unwrap();
        // The last Sunday of March 2027 at 02:30 does not exist.
        assert_eq!(plan_starts(&plan, now), Err(TimeError::DoesNotExist(local("2027-03-28 02:30"))));
        let later = oslo_instant(local("2027-03-01 12:00")).unwrap();
        let once = GatheringPlan { months: 1, ..plan };
        assert_eq!(plan_starts(&once, later), Err(TimeError::InThePast(local("2027-02-28 02:30"))));
    }
}
