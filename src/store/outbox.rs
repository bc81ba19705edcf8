//! The outbox table: enqueue, pick what is due, record what happened.

use chrono::{DateTime, Utc};

use super::{instant_text, now_text, Store, StoreError};
use crate::domain::outbox::Payload;

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
    pub dedupe_key: Option<String>,
}

async fn insert<'e>(
    executor: impl sqlx::SqliteExecutor<'e>,
    chat_id: i64,
    payload: &Payload,
    due_at: DateTime<Utc>,
    dedupe_key: Option<&str>,
) -> Result<bool, StoreError> {
    let message = QueuedMessage {
        chat_id,
        payload: payload.clone(),
        due_at,
        dedupe_key: dedupe_key.map(str::to_owned),
    };
    Ok(insert_returning_id(executor, &message).await?.is_some())
}

/// Queues one message; its row id, or `None` when its dedupe key was used.
pub(super) async fn insert_returning_id<'e>(
    executor: impl sqlx::SqliteExecutor<'e>,
    message: &QueuedMessage,
) -> Result<Option<i64>, StoreError> {
    let now = now_text();
    let id = sqlx::query_scalar(
        "INSERT OR IGNORE INTO outbox (chat_id, payload, dedupe_key, due_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(message.chat_id)
    .bind(serde_json::to_string(&message.payload)?)
    .bind(message.dedupe_key.as_deref())
    .bind(instant_text(message.due_at))
    .bind(&now)
    .bind(&now)
    .fetch_optional(executor)
    .await?;
    Ok(id)
}

impl Store {
    /// Queues `payload` for `chat_id` at `due_at`. With a `dedupe_key` that
    /// was used before, nothing is queued; returns whether a row was added.
    pub async fn enqueue(
        &self,
        chat_id: i64,
        payload: &Payload,
        due_at: DateTime<Utc>,
        dedupe_key: Option<&str>,
    ) -> Result<bool, StoreError> {
        let added = insert(&self.pool, chat_id, payload, due_at, dedupe_key).await?;
        if added {
            self.outbox_wake.notify_one();
        }
        Ok(added)
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
            let key = message.dedupe_key.as_deref();
            added +=
                u64::from(insert(&mut *tx, message.chat_id, &message.payload, message.due_at, key).await?);
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

    /// Marks a row as being sent, so a crash leaves a trace of it.
    pub async fn outbox_mark_sending(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET status = 'sending', updated_at = ? WHERE id = ?")
            .bind(now_text())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
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

    /// Wakes the outbox sender when rows were added.
    pub(crate) fn outbox_wake(&self) -> &tokio::sync::Notify {
        &self.outbox_wake
    }
}
