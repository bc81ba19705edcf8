//! Routing records of messages relayed between trainees and mentors: ids
//! and times only, never content.

use chrono::{DateTime, Utc};

use super::outbox::{insert_returning_id, QueuedMessage};
use super::{instant_text, Store, StoreError};

/// One relayed message: a header naming the sender, then the copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relay {
    pub trainee_id: i64,
    pub mentor_id: i64,
    /// From the trainee to the mentor (else the other way).
    pub to_mentor: bool,
    pub header: QueuedMessage,
    pub copy: QueuedMessage,
}

/// The pair a relayed message belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub trainee_id: i64,
    pub mentor_id: i64,
    /// The relayed message went to the mentor (so a reply goes to the trainee).
    pub to_mentor: bool,
}

/// A trainee and mentor who have not written to each other since `since`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SilentPair {
    pub trainee_id: i64,
    pub mentor_id: i64,
    /// The last relay (or the linking) as stored text: part of the nudge's dedupe key.
    pub since: String,
}

impl Store {
    /// Queues the header and the copy and records the route, in one
    /// transaction. Returns `false` when this message was relayed before (a
    /// repeated update): the dedupe keys of its rows were used.
    pub async fn relay(&self, relay: &Relay, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let mut tx = self.write_transaction().await?;
        let (Some(header), Some(copy)) = (
            insert_returning_id(&mut tx, &relay.header).await?,
            insert_returning_id(&mut tx, &relay.copy).await?,
        ) else {
            return Ok(false);
        };
        sqlx::query(
            "INSERT INTO relays (trainee_id, mentor_id, to_mentor, header_outbox_id, copy_outbox_id, created_at)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(relay.trainee_id)
        .bind(relay.mentor_id)
        .bind(relay.to_mentor)
        .bind(header)
        .bind(copy)
        .bind(instant_text(now))
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE members SET pair_active_at = ? WHERE user_id = ?")
            .bind(instant_text(now))
            .bind(relay.trainee_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        self.outbox_wake.notify_one();
        Ok(true)
    }

    /// The route of the relayed message `message_id` in `chat_id` (a header
    /// or a copy the bot delivered there), if it is one.
    pub async fn relay_route(&self, chat_id: i64, message_id: i32) -> Result<Option<Route>, StoreError> {
        let row: Option<(i64, i64, bool)> = sqlx::query_as(
            "SELECT r.trainee_id, r.mentor_id, r.to_mentor FROM outbox o
             JOIN relays r ON r.copy_outbox_id = o.id OR r.header_outbox_id = o.id
             WHERE o.chat_id = ? AND o.sent_message_id = ? LIMIT 1",
        )
        .bind(chat_id)
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(trainee_id, mentor_id, to_mentor)| Route { trainee_id, mentor_id, to_mentor }))
    }

    /// Queues the nudges of a silent pair and remembers the silence they
    /// were for, in one transaction.
    pub async fn nudge(&self, pair: &SilentPair, messages: &[QueuedMessage]) -> Result<u64, StoreError> {
        let noted = sqlx::query("UPDATE members SET nudged_for = ? WHERE user_id = ?")
            .bind(pair.since.clone())
            .bind(pair.trainee_id);
        self.enqueue_all(messages, Some(noted)).await
    }

    /// Deletes routing records older than `before`; returns how many.
    pub async fn purge_relays(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let purged = sqlx::query("DELETE FROM relays WHERE created_at < ?")
            .bind(instant_text(before))
            .execute(&self.pool)
            .await?;
        Ok(purged.rows_affected())
    }

    /// Linked pairs that have not written to each other since `since`
    /// (counting from the linking when they never wrote).
    pub async fn silent_pairs(&self, since: DateTime<Utc>) -> Result<Vec<SilentPair>, StoreError> {
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT user_id, mentor_id, pair_active_at FROM members
             WHERE role = 'trainee' AND mentor_id IS NOT NULL AND pair_active_at < ?
               AND nudged_for IS NOT pair_active_at",
        )
        .bind(instant_text(since))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(trainee_id, mentor_id, since)| SilentPair { trainee_id, mentor_id, since })
            .collect())
    }
}
