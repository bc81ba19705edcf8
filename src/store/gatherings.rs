//! Gatherings, their reminder schedule, and who answered coming.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::members::{member_from_row, Member, MEMBER_COLUMNS};
use super::outbox::QueuedMessage;
use super::{bad_value, instant_text, now_text, parse_instant, readable, Store, StoreError};
use crate::domain::gatherings::{Audience, Gathering, GatheringPlan};
use crate::domain::reminders::{Lead, QuietHours};

const GATHERING_COLUMNS: &str =
    "g.id, g.audience, g.programme, g.cohort_id, g.starts_at, g.duration_minutes, g.place, g.topic,
     g.agenda, g.cancelled, g.revision";

/// Whether member `m` is invited to gathering `g` (SQL over aliases m and g).
pub(super) const INVITED: &str =
    "((g.audience = 'cohort' AND g.cohort_id = m.cohort_id AND m.role = 'trainee')
     OR (g.audience = 'mentors' AND g.programme = m.programme AND m.role = 'mentor')
     OR (g.audience = 'programme' AND g.programme = m.programme AND m.role IN ('trainee', 'mentor')))";

/// A change to a gathering: any of a new start, place, topic and agenda.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GatheringChange {
    pub starts_at: Option<DateTime<Utc>>,
    pub place: Option<String>,
    pub topic: Option<String>,
    pub agenda: Option<String>,
}

/// A gathering together with how many times it was changed; the notices of
/// a change are keyed by it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revised {
    pub gathering: Gathering,
    pub revision: i64,
}

fn gathering_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<Gathering, sqlx::Error> {
    let audience = match (row.try_get::<String, _>("audience")?.as_str(), row.try_get("cohort_id")?) {
        ("cohort", Some(id)) => Audience::Cohort(id),
        ("mentors", _) => Audience::Mentors,
        ("programme", _) => Audience::Programme,
        (other, _) => return Err(bad_value("audience", other)),
    };
    Ok(Gathering {
        id: row.try_get("id")?,
        programme: row.try_get("programme")?,
        audience,
        starts_at: parse_instant(&row.try_get::<String, _>("starts_at")?)?,
        duration_minutes: row.try_get::<i64, _>("duration_minutes")? as u32,
        place: row.try_get("place")?,
        topic: row.try_get("topic")?,
        agenda: row.try_get("agenda")?,
        cancelled: row.try_get("cancelled")?,
    })
}

impl Store {
    /// Adds the gatherings of `plan` at `starts` (one, or a monthly series)
    /// with their reminder schedule; returns their ids.
    pub async fn add_gatherings(
        &self,
        plan: &GatheringPlan,
        starts: &[DateTime<Utc>],
        quiet: QuietHours,
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.write_transaction().await?;
        let stamp = now_text();
        let series: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(series), 0) + 1 FROM gatherings")
            .fetch_one(&mut *tx)
            .await?;
        let cohort_id = match plan.audience {
            Audience::Cohort(id) => Some(id),
            _ => None,
        };
        let mut ids = Vec::with_capacity(starts.len());
        for start in starts {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO gatherings (audience, programme, cohort_id, starts_at, duration_minutes,
                     place, topic, agenda, series, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(plan.audience.kind())
            .bind(&plan.programme)
            .bind(cohort_id)
            .bind(instant_text(*start))
            .bind(plan.duration_minutes)
            .bind(&plan.place)
            .bind(&plan.topic)
            .bind(&plan.agenda)
            .bind((starts.len() > 1).then_some(series))
            .bind(&stamp)
            .bind(&stamp)
            .fetch_one(&mut *tx)
            .await?;
            schedule_reminders(&mut tx, id, *start, quiet, now).await?;
            ids.push(id);
        }
        tx.commit().await?;
        self.scheduler_wake.notify_one();
        Ok(ids)
    }

    /// One gathering by id.
    pub async fn gathering(&self, id: i64) -> Result<Option<Gathering>, StoreError> {
        let sql = format!("SELECT {GATHERING_COLUMNS} FROM gatherings g WHERE g.id = ?");
        let row = sqlx::query(&sql).bind(id).fetch_optional(&self.pool).await?;
        Ok(row.as_ref().map(gathering_from_row).transpose()?)
    }

    /// Changes a gathering that is not cancelled and moves its reminders;
    /// `None` if there is no such gathering.
    pub async fn change_gathering(
        &self,
        id: i64,
        change: &GatheringChange,
        quiet: QuietHours,
        now: DateTime<Utc>,
    ) -> Result<Option<Revised>, StoreError> {
        let mut tx = self.write_transaction().await?;
        let revision: Option<i64> = sqlx::query_scalar(
            "UPDATE gatherings SET starts_at = COALESCE(?, starts_at), place = COALESCE(?, place),
                 topic = COALESCE(?, topic), agenda = COALESCE(?, agenda),
                 revision = revision + 1, updated_at = ?
             WHERE id = ? AND cancelled = 0 RETURNING revision",
        )
        .bind(change.starts_at.map(instant_text))
        .bind(change.place.as_deref())
        .bind(change.topic.as_deref())
        .bind(change.agenda.as_deref())
        .bind(now_text())
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(revision) = revision else {
            return Ok(None);
        };
        if let Some(start) = change.starts_at {
            // A moved gathering is reminded of again; the outbox's dedupe key
            // still stops a second reminder of the same lead to one person.
            schedule_reminders(&mut tx, id, start, quiet, now).await?;
            // An answer was for the old day: everyone is asked again.
            sqlx::query("DELETE FROM rsvps WHERE gathering_id = ?").bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        self.scheduler_wake.notify_one();
        Ok(self.gathering(id).await?.map(|gathering| Revised { gathering, revision }))
    }

    /// Cancels a gathering and its reminders; `None` if there is no such
    /// gathering or it was cancelled already.
    pub async fn cancel_gathering(&self, id: i64) -> Result<Option<Revised>, StoreError> {
        let mut tx = self.write_transaction().await?;
        let revision: Option<i64> = sqlx::query_scalar(
            "UPDATE gatherings SET cancelled = 1, revision = revision + 1, updated_at = ?
             WHERE id = ? AND cancelled = 0 RETURNING revision",
        )
        .bind(now_text())
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(revision) = revision else {
            return Ok(None);
        };
        sqlx::query("UPDATE gathering_reminders SET done = 1 WHERE gathering_id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(self.gathering(id).await?.map(|gathering| Revised { gathering, revision }))
    }

    /// Cancels gathering `id` and the later gatherings of its monthly
    /// series, with their reminders; returns `id` as it is now and how many
    /// were cancelled (`None` if `id` is not a gathering still on).
    pub async fn cancel_rest_of_series(&self, id: i64) -> Result<Option<(Revised, u64)>, StoreError> {
        let mut tx = self.write_transaction().await?;
        let cancelled: Vec<i64> = sqlx::query_scalar(
            "WITH this AS (SELECT series, starts_at FROM gatherings WHERE id = ?1 AND cancelled = 0)
             UPDATE gatherings SET cancelled = 1, revision = revision + 1, updated_at = ?2
             WHERE cancelled = 0 AND EXISTS (SELECT 1 FROM this) AND (id = ?1 OR (series = (SELECT series FROM this)
                   AND starts_at >= (SELECT starts_at FROM this)))
             RETURNING id",
        )
        .bind(id)
        .bind(now_text())
        .fetch_all(&mut *tx)
        .await?;
        if cancelled.is_empty() {
            return Ok(None);
        }
        sqlx::query(
            "UPDATE gathering_reminders SET done = 1 WHERE gathering_id IN (SELECT value FROM json_each(?))",
        )
        .bind(serde_json::to_string(&cancelled)?)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        let revision: i64 = sqlx::query_scalar("SELECT revision FROM gatherings WHERE id = ?")
            .bind(id)
            .fetch_one(self.pool())
            .await?;
        let count = u64::try_from(cancelled.len()).unwrap_or(u64::MAX);
        Ok(self.gathering(id).await?.map(|gathering| (Revised { gathering, revision }, count)))
    }

    /// How many gatherings of `id`'s series come after it and are still on.
    pub async fn later_in_series(&self, id: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM gatherings g JOIN gatherings this ON this.id = ?
             WHERE g.series = this.series AND g.starts_at > this.starts_at AND g.cancelled = 0",
        )
        .bind(id)
        .fetch_one(self.pool())
        .await?)
    }

    /// The gatherings `user_id` is invited to that start after `now`, with
    /// their answer (coming or not) if any.
    pub async fn upcoming_gatherings_for(
        &self,
        user_id: i64,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<(Gathering, Option<bool>)>, StoreError> {
        let sql = format!(
            "SELECT {GATHERING_COLUMNS}, r.coming FROM gatherings g JOIN members m ON m.user_id = ?1
             LEFT JOIN rsvps r ON r.gathering_id = g.id AND r.user_id = ?1
             WHERE g.cancelled = 0 AND g.starts_at > ?2 AND {INVITED}
             ORDER BY g.starts_at, g.id LIMIT ?3"
        );
        let rows =
            sqlx::query(&sql).bind(user_id).bind(instant_text(now)).bind(limit).fetch_all(&self.pool).await?;
        Ok(readable(&rows, "gathering", |row| Ok((gathering_from_row(row)?, row.try_get("coming")?))))
    }

    /// Every gathering (not cancelled) that starts after `now`, soonest first.
    pub async fn upcoming_gatherings(
        &self,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<Gathering>, StoreError> {
        let sql = format!(
            "SELECT {GATHERING_COLUMNS} FROM gatherings g WHERE g.cancelled = 0 AND g.starts_at > ?
             ORDER BY g.starts_at, g.id LIMIT ?"
        );
        let rows = sqlx::query(&sql).bind(instant_text(now)).bind(limit).fetch_all(&self.pool).await?;
        Ok(readable(&rows, "gathering", gathering_from_row))
    }

    /// Everyone invited to gathering `id`, by first name. One indexed
    /// lookup by the gathering's audience (cohort, or programme and role).
    pub async fn invitees(&self, id: i64) -> Result<Vec<Member>, StoreError> {
        let Some(gathering) = self.gathering(id).await? else {
            return Ok(Vec::new());
        };
        let condition = match &gathering.audience {
            Audience::Cohort(_) => "m.cohort_id = ? AND m.role = 'trainee'",
            Audience::Mentors => "m.programme = ? AND m.role = 'mentor'",
            Audience::Programme => "m.programme = ? AND m.role IN ('trainee', 'mentor')",
        };
        let sql = format!("SELECT {MEMBER_COLUMNS} WHERE {condition} ORDER BY m.first_name, m.user_id");
        let query = sqlx::query(&sql);
        let query = match gathering.audience {
            Audience::Cohort(cohort) => query.bind(cohort),
            _ => query.bind(gathering.programme),
        };
        let rows = query.fetch_all(&self.pool).await?;
        Ok(readable(&rows, "member", member_from_row))
    }

    /// Whether `user_id` is invited to gathering `id`.
    pub async fn is_invited(&self, id: i64, user_id: i64) -> Result<bool, StoreError> {
        let sql = format!(
            "SELECT 1 FROM members m JOIN gatherings g ON g.id = ? WHERE m.user_id = ? AND {INVITED}"
        );
        let found: Option<i64> =
            sqlx::query_scalar(&sql).bind(id).bind(user_id).fetch_optional(&self.pool).await?;
        Ok(found.is_some())
    }

    /// Records that `user_id` is (or is not) coming to gathering `id`.
    pub async fn set_rsvp(&self, id: i64, user_id: i64, coming: bool) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO rsvps (gathering_id, user_id, coming, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (gathering_id, user_id) DO UPDATE SET coming = excluded.coming,
                 updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(user_id)
        .bind(coming)
        .bind(now_text())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The answers given for gathering `id`, by person.
    /// Records whether `user_id` came to gathering `id`.
    pub async fn set_attendance(&self, id: i64, user_id: i64, came: bool) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO attendance (gathering_id, user_id, came, marked_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (gathering_id, user_id) DO UPDATE SET came = excluded.came, marked_at = excluded.marked_at",
        )
        .bind(id)
        .bind(user_id)
        .bind(came)
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Who was marked as having come to gathering `id` (`true`) or not.
    pub async fn attendance(&self, id: i64) -> Result<HashMap<i64, bool>, StoreError> {
        let rows: Vec<(i64, bool)> =
            sqlx::query_as("SELECT user_id, came FROM attendance WHERE gathering_id = ?")
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        Ok(rows.into_iter().collect())
    }

    pub async fn rsvps(&self, id: i64) -> Result<HashMap<i64, bool>, StoreError> {
        let rows: Vec<(i64, bool)> =
            sqlx::query_as("SELECT user_id, coming FROM rsvps WHERE gathering_id = ?")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().collect())
    }

    /// Reminder leads due at `now` that have not been handled, oldest first.
    pub async fn reminders_due(
        &self,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<(i64, Lead)>, StoreError> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT gathering_id, lead FROM gathering_reminders WHERE done = 0 AND due_at <= ?
             ORDER BY due_at LIMIT ?",
        )
        .bind(instant_text(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter_map(|(id, bit)| Some((id, Lead::from_bit(bit)?))).collect())
    }

    /// When the next unhandled reminder falls due (an index lookup).
    pub async fn reminders_next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let next: Option<String> =
            sqlx::query_scalar("SELECT MIN(due_at) FROM gathering_reminders WHERE done = 0")
                .fetch_one(&self.pool)
                .await?;
        Ok(next.as_deref().map(parse_instant).transpose()?)
    }

    /// Queues the reminder messages of one lead and marks the lead handled,
    /// in one transaction; returns how many messages were new.
    pub async fn finish_reminder(
        &self,
        id: i64,
        lead: Lead,
        messages: &[QueuedMessage],
    ) -> Result<u64, StoreError> {
        let done = sqlx::query("UPDATE gathering_reminders SET done = 1 WHERE gathering_id = ? AND lead = ?")
            .bind(id)
            .bind(i64::from(lead.bit()));
        self.enqueue_all(messages, Some(done)).await
    }

    /// Wakes the reminder scheduler when the schedule changed.
    pub(crate) fn scheduler_wake(&self) -> &tokio::sync::Notify {
        &self.scheduler_wake
    }
}

/// (Re)writes the reminder rows of gathering `id` starting at `start`,
/// planned at `now`. A lead already past at `now` (a gathering planned four
/// days ahead has no "in a week" reminder) is born handled.
async fn schedule_reminders(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    start: DateTime<Utc>,
    quiet: QuietHours,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    for lead in Lead::ALL {
        let due = lead.due(start, quiet);
        sqlx::query(
            "INSERT INTO gathering_reminders (gathering_id, lead, due_at, done) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (gathering_id, lead) DO UPDATE SET due_at = ?3, done = ?4",
        )
        .bind(id)
        .bind(i64::from(lead.bit()))
        .bind(instant_text(due))
        .bind(due <= now)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
