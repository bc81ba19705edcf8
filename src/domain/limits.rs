//! How much one person may ask of the bot: a token bucket per person for
//! updates, and a cap on invitation codes tried per hour. Pure rules; the
//! bot applies them before an update reaches the handlers.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};

/// The most people remembered before those whose bucket is full again are
/// forgotten, so that memory stays bounded.
const REMEMBERED: usize = 10_000;

/// The pace allowed: `burst` updates at once, then `per_minute`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    pub burst: u32,
    pub per_minute: u32,
    /// Invitation codes one person may try in an hour.
    pub codes_per_hour: u32,
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit { burst: 20, per_minute: 30, codes_per_hour: 10 }
    }
}

/// What to do with an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Over the limit: say so, once.
    FirstRefusal,
    /// Over the limit and told already: drop it.
    Refused,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: DateTime<Utc>,
    warned: bool,
}

/// Everyone's buckets and code attempts.
#[derive(Debug)]
pub struct Limits {
    limit: RateLimit,
    buckets: HashMap<i64, Bucket>,
    codes: HashMap<i64, (DateTime<Utc>, u32)>,
}

impl Limits {
    pub fn new(limit: RateLimit) -> Limits {
        Limits { limit, buckets: HashMap::new(), codes: HashMap::new() }
    }

    /// Takes one update of `user` at `now`.
    pub fn take(&mut self, user: i64, now: DateTime<Utc>) -> Verdict {
        if self.buckets.len() >= REMEMBERED {
            let limit = self.limit;
            self.buckets.retain(|_, bucket| refilled(limit, bucket, now) < f64::from(limit.burst));
        }
        let limit = self.limit;
        let bucket = self.buckets.entry(user).or_insert(Bucket {
            tokens: f64::from(limit.burst),
            at: now,
            warned: false,
        });
        bucket.tokens = refilled(limit, bucket, now);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            bucket.warned = false;
            Verdict::Allowed
        } else if bucket.warned {
            Verdict::Refused
        } else {
            bucket.warned = true;
            Verdict::FirstRefusal
        }
    }

    /// Whether `user` may try another invitation code at `now` (counts it).
    pub fn try_code(&mut self, user: i64, now: DateTime<Utc>) -> bool {
        if self.codes.len() >= REMEMBERED {
            self.codes.retain(|_, (since, _)| now - *since < TimeDelta::hours(1));
        }
        let (since, tried) = self.codes.entry(user).or_insert((now, 0));
        if now - *since >= TimeDelta::hours(1) {
            (*since, *tried) = (now, 0);
        }
        *tried += 1;
        *tried <= self.limit.codes_per_hour
    }
}

/// The bucket's tokens at `now`.
fn refilled(limit: RateLimit, bucket: &Bucket, now: DateTime<Utc>) -> f64 {
    let seconds = (now - bucket.at).num_milliseconds().max(0) as f64 / 1000.0;
    (bucket.tokens + seconds * f64::from(limit.per_minute) / 60.0).min(f64::from(limit.burst))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn a_burst_passes_then_one_refusal_is_told_and_the_bucket_refills() {
        let mut limits = Limits::new(RateLimit { burst: 3, per_minute: 30, codes_per_hour: 2 });
        let verdicts: Vec<Verdict> = (0..6).map(|_| limits.take(7, at(0))).collect();
        use Verdict::*;
        assert_eq!(verdicts, [Allowed, Allowed, Allowed, FirstRefusal, Refused, Refused]);
        assert_eq!(limits.take(8, at(0)), Allowed, "others are not held up");
        assert_eq!(limits.take(7, at(2)), Allowed, "one more every two seconds");
        assert_eq!(limits.take(7, at(2)), FirstRefusal);
        assert_eq!(limits.take(7, at(60)), Allowed);
    }

    #[test]
    fn invitation_codes_are_capped_per_hour() {
        let mut limits = Limits::new(RateLimit { burst: 3, per_minute: 30, codes_per_hour: 2 });
        assert!(limits.try_code(7, at(0)));
        assert!(limits.try_code(7, at(10)));
        assert!(!limits.try_code(7, at(20)));
        assert!(limits.try_code(8, at(20)));
        assert!(limits.try_code(7, at(3600)));
    }
}
