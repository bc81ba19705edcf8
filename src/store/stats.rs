//! The numbers coordinators see with /stats and `traineebot stats`.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::{instant_text, Store, StoreError};

/// Counts across the bot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub applicants: i64,
    pub trainees: i64,
    pub mentors: i64,
    /// Joined as coordinators (COORDINATOR_IDS not counted).
    pub coordinators: i64,
    /// People by chosen language: nb, nn, en, not chosen.
    pub languages: [i64; 4],
    pub open_positions: i64,
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

impl Store {
    /// The numbers at `now` (`today` is the Oslo date, for open positions).
    pub async fn stats(&self, now: DateTime<Utc>, today: NaiveDate) -> Result<Stats, StoreError> {
        let count =
            |sql: &'static str| async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(&self.pool).await };
        let now_text = instant_text(now);
        let month_ago = instant_text(now - TimeDelta::days(30));
        let role = |role: &'static str| async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM members WHERE role = ?")
                .bind(role)
                .fetch_one(&self.pool)
                .await
        };
        let language = |code: Option<&'static str>| async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users WHERE language IS ?")
                .bind(code)
                .fetch_one(&self.pool)
                .await
        };
        let rsvps: (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(r.coming = 1), 0), COALESCE(SUM(r.coming = 0), 0) FROM rsvps r
             JOIN gatherings g ON g.id = r.gathering_id WHERE g.cancelled = 0 AND g.starts_at > ?",
        )
        .bind(&now_text)
        .fetch_one(&self.pool)
        .await?;
        let broadcasts: (i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM broadcasts WHERE created_at >= ?1),
                    COALESCE(SUM(o.status = 'sent'), 0), COALESCE(SUM(o.status IN ('failed', 'unreachable')), 0)
             FROM outbox o JOIN broadcasts b ON b.id = o.broadcast_id WHERE b.created_at >= ?1",
        )
        .bind(&month_ago)
        .fetch_one(&self.pool)
        .await?;
        Ok(Stats {
            applicants: count(
                "SELECT COUNT(*) FROM users WHERE user_id NOT IN (SELECT user_id FROM members)",
            )
            .await?,
            trainees: role("trainee").await?,
            mentors: role("mentor").await?,
            coordinators: role("coordinator").await?,
            languages: [
                language(Some("nb")).await?,
                language(Some("nn")).await?,
                language(Some("en")).await?,
                language(None).await?,
            ],
            open_positions: sqlx::query_scalar(
                "SELECT COUNT(*) FROM positions WHERE closed = 0 AND deadline >= ?",
            )
            .bind(today.to_string())
            .fetch_one(&self.pool)
            .await?,
            alerts: count("SELECT COUNT(*) FROM alerts").await?,
            upcoming_gatherings: sqlx::query_scalar(
                "SELECT COUNT(*) FROM gatherings WHERE cancelled = 0 AND starts_at > ?",
            )
            .bind(&now_text)
            .fetch_one(&self.pool)
            .await?,
            rsvps,
            broadcasts,
            unanswered_questions: count("SELECT COUNT(*) FROM questions WHERE answered_at IS NULL").await?,
            unreachable: count("SELECT COUNT(*) FROM users WHERE unreachable_at IS NOT NULL").await?,
        })
    }
}
