//! Concerns raised with /flag: who raised one, for which organisation,
//! when, and whether it was answered, with its text only while the outbox
//! keeps the coordinators' copies and until it is answered.

use chrono::{DateTime, Utc};

use super::outbox::{insert_returning_id, QueuedMessage};
use super::{instant_text, Store, StoreError};
use crate::domain::outbox::DedupeKey;

/// Which concern: who raised it and their confirming message (as in the
/// outbox's concern keys).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConcernKey {
    pub raised_by: i64,
    pub message: i32,
}

/// A concern waiting for an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Concern {
    pub id: i64,
    pub raised_by: i64,
    /// The raiser's confirming message (as in the outbox keys).
    pub message_id: i32,
    pub organisation: Option<String>,
    /// `None` once the outbox no longer keeps it.
    pub text: Option<String>,
    pub raised_at: String,
}

type ConcernRow = (i64, i64, i32, Option<String>, Option<String>, String);

fn concern_from_row((id, raised_by, message_id, organisation, text, raised_at): ConcernRow) -> Concern {
    Concern { id, raised_by, message_id, organisation, text, raised_at }
}

const CONCERN_COLUMNS: &str = "id, raised_by, message_id, organisation, text, raised_at";

impl Concern {
    /// Which concern this is.
    pub fn key(&self) -> ConcernKey {
        ConcernKey { raised_by: self.raised_by, message: self.message_id }
    }
}

impl Store {
    /// Records a concern and queues its deliveries to the coordinators in
    /// one transaction; a second press of the same Send records nothing.
    pub async fn raise_concern(
        &self,
        concern: ConcernKey,
        organisation: Option<&str>,
        text: &str,
        deliveries: &[QueuedMessage],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let mut tx = self.write_transaction().await?;
        sqlx::query(
            "INSERT OR IGNORE INTO concerns (raised_by, message_id, organisation, text, raised_at)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(concern.raised_by)
        .bind(concern.message)
        .bind(organisation)
        .bind(text)
        .bind(instant_text(now))
        .execute(&mut *tx)
        .await?;
        for delivery in deliveries {
            insert_returning_id(&mut tx, delivery).await?;
        }
        tx.commit().await?;
        self.outbox_wake.notify_one();
        Ok(())
    }

    /// Unanswered concerns of `organisation` (all if `None`), oldest first.
    pub async fn open_concerns(
        &self,
        organisation: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Concern>, StoreError> {
        let sql = format!(
            "SELECT {CONCERN_COLUMNS} FROM concerns WHERE answered_at IS NULL AND (?1 IS NULL OR organisation = ?1)
             ORDER BY raised_at, id LIMIT ?2"
        );
        let rows: Vec<ConcernRow> =
            sqlx::query_as(&sql).bind(organisation).bind(limit).fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(concern_from_row).collect())
    }

    /// One concern, answered or not.
    pub async fn concern(&self, id: i64) -> Result<Option<Concern>, StoreError> {
        let sql = format!("SELECT {CONCERN_COLUMNS} FROM concerns WHERE id = ?");
        let row: Option<ConcernRow> = sqlx::query_as(&sql).bind(id).fetch_optional(&self.pool).await?;
        Ok(row.map(concern_from_row))
    }

    /// The concern a message in `chat_id` delivered, if it is one: who
    /// raised it and their confirming message.
    pub async fn concern_route(
        &self,
        chat_id: i64,
        message_id: i32,
    ) -> Result<Option<ConcernKey>, StoreError> {
        let key: Option<String> = sqlx::query_scalar(
            "SELECT dedupe_key FROM outbox WHERE chat_id = ? AND sent_message_id = ? AND dedupe_key LIKE 'concern:%'",
        )
        .bind(chat_id)
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(key.and_then(|key| match DedupeKey::parse(&key) {
            Some(DedupeKey::Concern { raised_by, message, .. }) => Some(ConcernKey { raised_by, message }),
            _ => None,
        }))
    }

    /// Marks the concern answered by `coordinator` and forgets its text.
    pub async fn concern_answered(
        &self,
        concern: ConcernKey,
        coordinator: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE concerns SET answered_at = COALESCE(answered_at, ?), answered_by = COALESCE(answered_by, ?),
                 text = NULL
             WHERE raised_by = ? AND message_id = ?",
        )
        .bind(instant_text(now))
        .bind(coordinator)
        .bind(concern.raised_by)
        .bind(concern.message)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
