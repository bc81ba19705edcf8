//! Questions handed over to the coordinators with /ask: who asked, in which
//! language, when, and the outbox rows that delivered them (for routing a
//! coordinator's reply). The question itself is only copied, never stored.

use chrono::{DateTime, Utc};

use super::outbox::{insert_returning_id, QueuedMessage};
use super::{instant_text, Store, StoreError};
use crate::domain::outbox::Payload;
use crate::domain::Lang;

/// id, asker, language, organisation, asked_at, answered_at.
type QuestionRow = (i64, i64, String, Option<String>, String, Option<String>);

/// A question as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: i64,
    pub asker: i64,
    pub language: Lang,
    /// The organisation whose coordinators it went to.
    pub organisation: Option<String>,
    pub asked_at: String,
    pub answered: bool,
}

impl Store {
    /// Records a question and queues its deliveries (a header and a copy per
    /// coordinator) in one transaction; returns its id.
    pub async fn ask(
        &self,
        asker: i64,
        language: Lang,
        programme: Option<&str>,
        organisation: &str,
        deliveries: &[QueuedMessage],
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.write_transaction().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO questions (asker, language, programme, organisation, asked_at)
             VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(asker)
        .bind(language.code())
        .bind(programme)
        .bind(organisation)
        .bind(instant_text(now))
        .fetch_one(&mut *tx)
        .await?;
        for delivery in deliveries {
            if let Some(outbox_id) = insert_returning_id(&mut tx, delivery).await? {
                sqlx::query("INSERT INTO question_deliveries (question_id, outbox_id) VALUES (?, ?)")
                    .bind(id)
                    .bind(outbox_id)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        self.outbox_wake.notify_one();
        Ok(id)
    }

    /// The asker's message of question `id` (chat and message id), as long
    /// as the outbox still holds a row that copied it.
    pub async fn question_message(&self, id: i64) -> Result<Option<(i64, i32)>, StoreError> {
        let payloads: Vec<String> = sqlx::query_scalar(
            "SELECT o.payload FROM outbox o JOIN question_deliveries d ON d.outbox_id = o.id
             WHERE d.question_id = ?",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(payloads.iter().find_map(|payload| match serde_json::from_str(payload) {
            Ok(Payload::Copy { from_chat_id, message_id, .. }) => Some((from_chat_id, message_id)),
            _ => None,
        }))
    }

    /// The question a message in `chat_id` delivered, if it is one.
    pub async fn question_route(&self, chat_id: i64, message_id: i32) -> Result<Option<i64>, StoreError> {
        let id = sqlx::query_scalar(
            "SELECT d.question_id FROM outbox o JOIN question_deliveries d ON d.outbox_id = o.id
             WHERE o.chat_id = ? AND o.sent_message_id = ? LIMIT 1",
        )
        .bind(chat_id)
        .bind(message_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(id)
    }

    /// One question.
    pub async fn question(&self, id: i64) -> Result<Option<Question>, StoreError> {
        let row: Option<QuestionRow> = sqlx::query_as(
            "SELECT id, asker, language, organisation, asked_at, answered_at FROM questions WHERE id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(question_from_row))
    }

    /// Unanswered questions of `organisation` (all if `None`), oldest first.
    pub async fn open_questions(
        &self,
        organisation: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Question>, StoreError> {
        let rows: Vec<QuestionRow> = sqlx::query_as(
            "SELECT id, asker, language, organisation, asked_at, answered_at FROM questions
             WHERE answered_at IS NULL AND (?1 IS NULL OR organisation = ?1) ORDER BY asked_at, id LIMIT ?2",
        )
        .bind(organisation)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(question_from_row).collect())
    }

    /// Queues an answer to the asker and marks the question answered (the
    /// first answer's coordinator and time are kept).
    pub async fn answer(
        &self,
        id: i64,
        by: i64,
        messages: &[QueuedMessage],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let answered = sqlx::query(
            "UPDATE questions SET answered_at = COALESCE(answered_at, ?), answered_by = COALESCE(answered_by, ?)
             WHERE id = ?",
        )
        .bind(instant_text(now))
        .bind(by)
        .bind(id);
        self.enqueue_all(messages, Some(answered)).await?;
        Ok(())
    }
}

fn question_from_row((id, asker, language, organisation, asked_at, answered_at): QuestionRow) -> Question {
    Question {
        id,
        asker,
        language: Lang::parse(&language).unwrap_or(Lang::Nb),
        organisation,
        asked_at,
        answered: answered_at.is_some(),
    }
}
