//! The numbers coordinators see with /stats and `traineebot stats`.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::{instant_text, Store, StoreError, Within};

/// Counts across the bot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub applicants: i64,
    pub trainees: i64,
    pub mentors: i64,
    /// Coordinators: those who joined, and those the settings name (each
    /// once, and never also as an applicant).
    pub coordinators: i64,
    /// People by chosen language: nb, nn, en, not chosen.
    pub languages: [i64; 4],
    pub open_positions: i64,
    /// Of them, from NAV's job feed.
    pub feed_positions: i64,
    pub alerts: i64,
    pub upcoming_gatherings: i64,
    /// Answers for upcoming gatherings: coming, not coming.
    pub rsvps: (i64, i64),
    /// In the last 30 days: broadcasts, deliveries sent, deliveries failed.
    pub broadcasts: (i64, i64, i64),
    pub unanswered_questions: i64,
    /// People who blocked the bot.
    pub unreachable: i64,
}

/// `?1`: the organisation's programmes as JSON, `?2`: the organisation;
/// both NULL for every organisation.
const IN_PROGRAMMES: &str = "(?1 IS NULL OR programme IN (SELECT value FROM json_each(?1)))";

impl Store {
    /// The numbers at `now` (`today` is the Oslo date, for open positions),
    /// of one organisation if `within` says so: its members, positions,
    /// alerts, gatherings, broadcasts and questions; "applicants" are then
    /// those with an alert for its programmes.
    pub async fn stats(
        &self,
        now: DateTime<Utc>,
        today: NaiveDate,
        within: Option<Within<'_>>,
        named_coordinators: &[i64],
    ) -> Result<Stats, StoreError> {
        let programmes = within.map(|w| serde_json::to_string(w.programmes)).transpose()?;
        let organisation = within.map(|w| w.organisation.to_owned());
        let named = serde_json::to_string(named_coordinators)?;
        // ?1 programmes, ?2 organisation, ?3 a value of the query's own, ?4 the named coordinators.
        let count = |sql: String, extra: Option<String>| {
            let (programmes, organisation, named) = (programmes.clone(), organisation.clone(), named.clone());
            async move {
                sqlx::query_scalar::<_, i64>(&sql)
                    .bind(programmes)
                    .bind(organisation)
                    .bind(extra)
                    .bind(named)
                    .fetch_one(&self.pool)
                    .await
            }
        };
        let now_text = instant_text(now);
        let month_ago = instant_text(now - TimeDelta::days(30));
        let role = |role: &'static str| {
            count(
                "SELECT COUNT(*) FROM members WHERE role = ?3 AND (?2 IS NULL OR organisation = ?2)"
                    .to_owned(),
                Some(role.to_owned()),
            )
        };
        let of_members = "(?2 IS NULL OR user_id IN (SELECT user_id FROM members WHERE organisation = ?2))";
        let language = |code: Option<&'static str>| {
            count(
                format!("SELECT COUNT(*) FROM users WHERE language IS ?3 AND {of_members}"),
                code.map(str::to_owned),
            )
        };
        let rsvps: (i64, i64) = sqlx::query_as(&format!(
            "SELECT COALESCE(SUM(r.coming = 1), 0), COALESCE(SUM(r.coming = 0), 0) FROM rsvps r
             JOIN gatherings g ON g.id = r.gathering_id WHERE g.cancelled = 0 AND g.starts_at > ?3
             AND {}",
            IN_PROGRAMMES.replace("programme", "g.programme")
        ))
        .bind(&programmes)
        .bind(&organisation)
        .bind(&now_text)
        .fetch_one(&self.pool)
        .await?;
        let broadcasts: (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM broadcasts WHERE created_at >= ?3 AND (?2 IS NULL OR organisation = ?2)),
                    COALESCE(SUM(o.status = 'sent'), 0), COALESCE(SUM(o.status IN ('failed', 'unreachable')), 0)
             FROM outbox o JOIN broadcasts b ON b.id = o.broadcast_id
             WHERE b.created_at >= ?3 AND (?2 IS NULL OR b.organisation = ?2)",
        )
        .bind(&programmes)
        .bind(&organisation)
        .bind(&month_ago)
        .fetch_one(&self.pool)
        .await?;
        let applicants = if within.is_some() {
            "SELECT COUNT(DISTINCT user_id) FROM alerts WHERE user_id NOT IN (SELECT user_id FROM members)
             AND (programme IS NULL OR programme IN (SELECT value FROM json_each(?1)))"
        } else {
            "SELECT COUNT(*) FROM users WHERE user_id NOT IN (SELECT user_id FROM members)
             AND user_id NOT IN (SELECT value FROM json_each(?4))"
        };
        let coordinators = count(
            "SELECT (SELECT COUNT(*) FROM members WHERE role = 'coordinator' AND (?2 IS NULL OR organisation = ?2))
                  + (SELECT COUNT(*) FROM json_each(?4)
                     WHERE value NOT IN (SELECT user_id FROM members WHERE role = 'coordinator'))"
                .to_owned(),
            None,
        );
        Ok(Stats {
            applicants: count(applicants.to_owned(), None).await?,
            trainees: role("trainee").await?,
            mentors: role("mentor").await?,
            coordinators: coordinators.await?,
            languages: [
                language(Some("nb")).await?,
                language(Some("nn")).await?,
                language(Some("en")).await?,
                language(None).await?,
            ],
            open_positions: count(
                format!("SELECT COUNT(*) FROM positions WHERE closed = 0 AND deadline >= ?3 AND {IN_PROGRAMMES}"),
                Some(today.to_string()),
            )
            .await?,
            feed_positions: count(
                format!(
                    "SELECT COUNT(*) FROM positions WHERE closed = 0 AND deadline >= ?3 \
                     AND feed_changed IS NOT NULL AND {IN_PROGRAMMES}"
                ),
                Some(today.to_string()),
            )
            .await?,
            alerts: count(
                "SELECT COUNT(*) FROM alerts WHERE ?1 IS NULL OR programme IS NULL
                 OR programme IN (SELECT value FROM json_each(?1))"
                    .to_owned(),
                None,
            )
            .await?,
            upcoming_gatherings: count(
                format!("SELECT COUNT(*) FROM gatherings WHERE cancelled = 0 AND starts_at > ?3 AND {IN_PROGRAMMES}"),
                Some(now_text.clone()),
            )
            .await?,
            rsvps,
            broadcasts,
            unanswered_questions: count(
                "SELECT COUNT(*) FROM questions WHERE answered_at IS NULL AND (?2 IS NULL OR organisation = ?2)"
                    .to_owned(),
                None,
            )
            .await?,
            unreachable: count(
                format!("SELECT COUNT(*) FROM users WHERE unreachable_at IS NOT NULL AND {of_members}"),
                None,
            )
            .await?,
        })
    }
}
