//! The outbox table: enqueue, pick what is due, record what happened.

use chrono::{DateTime, Utc};

use super::{instant_text, now_text, Store, StoreError};
use crate::domain::outbox::{DedupeKey, Payload};

/// A row due for delivery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub chat_id: i64,
    pub payload: Payload,
    /// Failed tries so far.
    pub attempts: u32,
    /// The broadcast this delivery belongs to, if any.
    pub broadcast_id: Option<i64>,
}

/// What became of one try.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    Sent {
        message_id: i32,
    },
    /// Try again at `at` (429, 5xx, network); `error` names the kind.
    Retry {
        at: DateTime<Utc>,
        error: &'static str,
        counts_as_attempt: bool,
    },
    /// The person blocked the bot or is gone (403).
    Unreachable {
        error: &'static str,
    },
    /// Telegram refused it for good, or it failed too often.
    Failed {
        error: &'static str,
    },
}

/// A message to queue with [`Store::enqueue_all`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedMessage {
    pub chat_id: i64,
    pub payload: Payload,
    pub due_at: DateTime<Utc>,
    pub dedupe_key: Option<DedupeKey>,
}

impl QueuedMessage {
    /// Everyone the row is about besides its recipient: from its key and
    /// its payload. Recorded with the row, for erasure.
    fn people(&self) -> Vec<i64> {
        let mut people: Vec<i64> = self.dedupe_key.iter().flat_map(DedupeKey::people).collect();
        people.extend(self.payload.people());
        people.retain(|&person| person != self.chat_id);
        people.sort_unstable();
        people.dedup();
        people
    }
}

/// Queues one message; its row id, or `None` when its dedupe key was used.
pub(super) async fn insert_returning_id(
    tx: &mut sqlx::SqliteConnection,
    message: &QueuedMessage,
) -> Result<Option<i64>, StoreError> {
    let now = now_text();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT OR IGNORE INTO outbox (chat_id, payload, dedupe_key, due_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(message.chat_id)
    .bind(serde_json::to_string(&message.payload)?)
    .bind(message.dedupe_key.as_ref().map(DedupeKey::text))
    .bind(instant_text(message.due_at))
    .bind(&now)
    .bind(&now)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = id {
        record_people(tx, id, &message.people()).await?;
    }
    Ok(id)
}

/// Links outbox row `id` to the people it is about.
pub(super) async fn record_people(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    people: &[i64],
) -> Result<(), StoreError> {
    for person in people {
        sqlx::query("INSERT OR IGNORE INTO outbox_people (outbox_id, user_id) VALUES (?, ?)")
            .bind(id)
            .bind(person)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

impl Store {
    /// Queues one message. With a dedupe key that was used before, nothing
    /// is queued; returns whether a row was added.
    pub async fn enqueue(&self, message: &QueuedMessage) -> Result<bool, StoreError> {
        Ok(self.enqueue_all(std::slice::from_ref(message), None).await? > 0)
    }

    /// Queues several messages and runs `finish` (e.g. marking a reminder
    /// done) in one transaction: all of it happens, or none. Returns how
    /// many rows were added (dedupe keys used before add none).
    pub(super) async fn enqueue_all<'q>(
        &self,
        messages: &[QueuedMessage],
        finish: Option<sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>>,
    ) -> Result<u64, StoreError> {
        let mut tx = self.write_transaction().await?;
        let mut added = 0;
        for message in messages {
            added += u64::from(insert_returning_id(&mut tx, message).await?.is_some());
        }
        if let Some(finish) = finish {
            finish.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        if added > 0 {
            self.outbox_wake.notify_one();
        }
        Ok(added)
    }

    /// Queues several messages at once (all or none); returns how many were
    /// added.
    pub async fn enqueue_messages(&self, messages: &[QueuedMessage]) -> Result<u64, StoreError> {
        self.enqueue_all(messages, None).await
    }

    /// Pending rows due at `now`, oldest first.
    pub async fn outbox_due(&self, now: DateTime<Utc>, limit: u32) -> Result<Vec<OutboxRow>, StoreError> {
        let rows: Vec<(i64, i64, String, i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, chat_id, payload, attempts, broadcast_id FROM outbox
             WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
        )
        .bind(instant_text(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut due = Vec::with_capacity(rows.len());
        for (id, chat_id, payload, attempts, broadcast_id) in rows {
            match serde_json::from_str(&payload) {
                Ok(payload) => {
                    due.push(OutboxRow { id, chat_id, payload, attempts: attempts as u32, broadcast_id })
                }
                Err(_) => {
                    tracing::error!(id, "outbox row with an unreadable payload; marking it failed");
                    self.outbox_record(id, &Delivery::Failed { error: "unreadable payload" }).await?;
                }
            }
        }
        Ok(due)
    }

    /// When the next pending row falls due, if any.
    pub async fn outbox_next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let next: Option<String> =
            sqlx::query_scalar("SELECT MIN(due_at) FROM outbox WHERE status = 'pending'")
                .fetch_one(&self.pool)
                .await?;
        Ok(next.and_then(|text| DateTime::parse_from_rfc3339(&text).ok()).map(|t| t.with_timezone(&Utc)))
    }

    /// Claims a pending row for sending, so a crash leaves a trace of it.
    /// Returns whether it was still pending: a row claimed by anyone else
    /// (or cancelled meanwhile) is not sent.
    pub async fn outbox_claim(&self, id: i64) -> Result<bool, StoreError> {
        let claimed = sqlx::query(
            "UPDATE outbox SET status = 'sending', updated_at = ? WHERE id = ? AND status = 'pending'",
        )
        .bind(now_text())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(claimed.rows_affected() == 1)
    }

    /// Moves a row to a later due time without counting a try (per-chat pacing).
    pub async fn outbox_postpone(&self, id: i64, until: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET due_at = ?, updated_at = ? WHERE id = ?")
            .bind(instant_text(until))
            .bind(now_text())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records the outcome of a try.
    pub async fn outbox_record(&self, id: i64, delivery: &Delivery) -> Result<(), StoreError> {
        let query = match delivery {
            Delivery::Sent { message_id } => sqlx::query(
                "UPDATE outbox SET status = 'sent', sent_message_id = ?, last_error = NULL,
                 updated_at = ? WHERE id = ?",
            )
            .bind(message_id),
            Delivery::Retry { at, error, counts_as_attempt } => sqlx::query(
                "UPDATE outbox SET status = 'pending', due_at = ?, last_error = ?,
                 attempts = attempts + ?, updated_at = ? WHERE id = ?",
            )
            .bind(instant_text(*at))
            .bind(*error)
            .bind(i64::from(*counts_as_attempt)),
            Delivery::Unreachable { error } => {
                // Later broadcasts skip them (until they unblock the bot).
                sqlx::query(
                    "UPDATE users SET unreachable_at = ? WHERE user_id = (SELECT chat_id FROM outbox WHERE id = ?)",
                )
                .bind(now_text())
                .bind(id)
                .execute(&self.pool)
                .await?;
                sqlx::query(
                    "UPDATE outbox SET status = 'unreachable', last_error = ?, updated_at = ? WHERE id = ?",
                )
                .bind(*error)
            }
            Delivery::Failed { error } => sqlx::query(
                "UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1,
                 updated_at = ? WHERE id = ?",
            )
            .bind(*error),
        };
        query.bind(now_text()).bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Rows a crash left in the middle of sending are sent again: each
    /// accepted message arrives at least once. Returns how many.
    pub async fn outbox_recover(&self) -> Result<u64, StoreError> {
        let recovered =
            sqlx::query("UPDATE outbox SET status = 'pending', updated_at = ? WHERE status = 'sending'")
                .bind(now_text())
                .execute(&self.pool)
                .await?;
        Ok(recovered.rows_affected())
    }

    /// Records whom the rows queued before [`QueuedMessage::people`] existed
    /// are about, from their keys and payloads, once. Returns how many rows.
    pub(super) async fn record_people_of_older_rows(&self) -> Result<u64, StoreError> {
        let mut tx = self.write_transaction().await?;
        let rows: Vec<(i64, i64, String, Option<String>)> =
            sqlx::query_as("SELECT id, chat_id, payload, dedupe_key FROM outbox WHERE people_recorded = 0")
                .fetch_all(&mut *tx)
                .await?;
        for (id, chat_id, payload, key) in &rows {
            let message = QueuedMessage {
                chat_id: *chat_id,
                // A payload no release wrote is about no one else; the sender marks it failed.
                payload: serde_json::from_str(payload).unwrap_or_else(|_| Payload::text("")),
                due_at: Utc::now(),
                dedupe_key: key.as_deref().and_then(DedupeKey::parse),
            };
            if key.is_some() && message.dedupe_key.is_none() {
                tracing::warn!(id, "an outbox row's key is of no known kind; only its payload names people");
            }
            record_people(&mut tx, *id, &message.people()).await?;
        }
        sqlx::query("UPDATE outbox SET people_recorded = 1 WHERE people_recorded = 0")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(rows.len() as u64)
    }

    /// Wakes the outbox sender when rows were added.
    pub(crate) fn outbox_wake(&self) -> &tokio::sync::Notify {
        &self.outbox_wake
    }
}
