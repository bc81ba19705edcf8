//! Data rights: everything stored about a person (/mydata), deleting it
//! (/forget), and retention limits.

use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use sqlx::{Column, Row};

use super::{instant_text, Store, StoreError};

/// What /forget deleted, by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub profile: u64,
    pub membership: u64,
    pub alerts: u64,
    pub answers: u64,
    pub messages: u64,
    pub routing: u64,
    /// Questions asked and concerns raised.
    pub questions: u64,
    pub invitations: u64,
    /// Audit entries that keep the action but no longer name the person.
    pub audit_anonymised: u64,
}

/// The queries that find a person's rows, per table (`?1` is the id). Each
/// selects what is about the person only: no other person's Telegram id,
/// no unused invitation code (it would give a role), no text of messages
/// sent to them (a coordinator's copy of a concern holds someone else's
/// words), only whether they asked, answered or were linked.
const PERSONAL_ROWS: &[(&str, &str)] = &[
    ("profile", "SELECT * FROM users WHERE user_id = ?1"),
    (
        "membership",
        "SELECT m.role, m.programme, m.organisation, c.name AS cohort, m.first_name, m.language,
                m.reminder_leads, m.joined_at, mentor.first_name AS mentor_first_name
         FROM members m LEFT JOIN cohorts c ON c.id = m.cohort_id
         LEFT JOIN members mentor ON mentor.user_id = m.mentor_id WHERE m.user_id = ?1",
    ),
    ("alerts", "SELECT * FROM alerts WHERE user_id = ?1"),
    ("gathering_answers", "SELECT * FROM rsvps WHERE user_id = ?1"),
    ("gathering_attendance", "SELECT gathering_id, came, marked_at FROM attendance WHERE user_id = ?1"),
    (
        "invitations",
        "SELECT role, programme, organisation, cohort_id, expires_at, used_at, used_by = ?1 AS used_by_you,
                created_by = ?1 AS made_by_you
         FROM invitations WHERE used_by = ?1 OR created_by = ?1",
    ),
    (
        "relayed_messages",
        "SELECT CASE WHEN to_mentor = (trainee_id = ?1) THEN 'you wrote' ELSE 'you got' END AS direction,
                created_at
         FROM relays WHERE trainee_id = ?1 OR mentor_id = ?1",
    ),
    (
        "questions",
        "SELECT id, language, organisation, asked_at, answered_at, asker = ?1 AS asked_by_you,
                answered_by = ?1 AS answered_by_you
         FROM questions WHERE asker = ?1 OR answered_by = ?1",
    ),
    (
        "concerns",
        "SELECT organisation, raised_at, answered_at, CASE WHEN raised_by = ?1 THEN text END AS text,
                raised_by = ?1 AS raised_by_you, answered_by = ?1 AS answered_by_you
         FROM concerns WHERE raised_by = ?1 OR answered_by = ?1",
    ),
    (
        "dialogue_state",
        "SELECT COALESCE(json_each.key, json_each.value) AS flow, updated_at
         FROM dialogues, json_each(dialogues.state) WHERE chat_id = ?1",
    ),
    (
        "messages_waiting_or_sent",
        "SELECT id, json_extract(payload, '$.kind') AS kind, due_at, status, created_at FROM outbox WHERE chat_id = ?1",
    ),
    (
        "audit_entries",
        "SELECT action, detail, organisation, at, actor = ?1 AS by_you, subject_user = ?1 AS about_you
         FROM audit WHERE actor = ?1 OR subject_user = ?1",
    ),
];

impl Store {
    /// Everything stored about `user_id`, table by table, as JSON.
    pub async fn export(&self, user_id: i64) -> Result<Value, StoreError> {
        let mut export = Map::new();
        export.insert("telegram_user_id".into(), json!(user_id));
        for (name, sql) in PERSONAL_ROWS {
            let rows = sqlx::query(sql).bind(user_id).fetch_all(&self.pool).await?;
            let rows: Vec<Value> = rows.iter().map(row_to_json).collect();
            export.insert((*name).into(), Value::Array(rows));
        }
        Ok(Value::Object(export))
    }

    /// Deletes everything about `user_id`, in one transaction: profile,
    /// membership (their trainees lose them as mentor), alerts, answers,
    /// messages to them or about them, waiting or sent, routing records, questions, the invitations they used,
    /// dialogue state. Audit entries keep the action without their identity.
    pub async fn forget(&self, user_id: i64) -> Result<Forgotten, StoreError> {
        let mut tx = self.write_transaction().await?;
        let mut forgotten = Forgotten {
            membership: exec(&mut tx, "DELETE FROM members WHERE user_id = ?", user_id).await?,
            ..Forgotten::default()
        };
        exec(&mut tx, "UPDATE members SET mentor_id = NULL WHERE mentor_id = ?", user_id).await?;
        forgotten.alerts = exec(&mut tx, "DELETE FROM alerts WHERE user_id = ?", user_id).await?;
        forgotten.answers = exec(&mut tx, "DELETE FROM rsvps WHERE user_id = ?", user_id).await?
            + exec(&mut tx, "DELETE FROM attendance WHERE user_id = ?", user_id).await?;
        forgotten.routing =
            exec(&mut tx, "DELETE FROM relays WHERE trainee_id = ?1 OR mentor_id = ?1", user_id).await?;
        exec(
            &mut tx,
            "DELETE FROM question_deliveries WHERE question_id IN (SELECT id FROM questions WHERE asker = ?)",
            user_id,
        )
        .await?;
        forgotten.questions = exec(&mut tx, "DELETE FROM questions WHERE asker = ?", user_id).await?;
        exec(&mut tx, "UPDATE questions SET answered_by = NULL WHERE answered_by = ?", user_id).await?;
        forgotten.questions += exec(&mut tx, "DELETE FROM concerns WHERE raised_by = ?", user_id).await?;
        exec(&mut tx, "UPDATE concerns SET answered_by = NULL WHERE answered_by = ?", user_id).await?;
        forgotten.invitations = exec(&mut tx, "DELETE FROM invitations WHERE used_by = ?", user_id).await?;
        exec(&mut tx, "UPDATE invitations SET created_by = NULL WHERE created_by = ?", user_id).await?;
        exec(&mut tx, "UPDATE broadcasts SET created_by = NULL WHERE created_by = ?", user_id).await?;
        exec(
            &mut tx,
            "UPDATE broadcasts SET status_chat = NULL, status_message = NULL WHERE status_chat = ?",
            user_id,
        )
        .await?;
        forgotten.audit_anonymised = exec(
            &mut tx,
            "UPDATE audit SET actor = CASE WHEN actor = ?1 THEN NULL ELSE actor END,
                 subject_user = CASE WHEN subject_user = ?1 THEN NULL ELSE subject_user END
             WHERE actor = ?1 OR subject_user = ?1",
            user_id,
        )
        .await?;
        exec(&mut tx, "DELETE FROM dialogues WHERE chat_id = ?", user_id).await?;
        // Outbox rows to them, and rows about them (copies of their
        // messages, concerns they raised, keys naming them), as recorded
        // when each row was queued.
        let rows: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM outbox WHERE chat_id = ?1
             UNION SELECT outbox_id FROM outbox_people WHERE user_id = ?1",
        )
        .bind(user_id)
        .fetch_all(&mut *tx)
        .await?;
        for id in rows {
            sqlx::query("DELETE FROM question_deliveries WHERE outbox_id = ?")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM outbox WHERE id = ?").bind(id).execute(&mut *tx).await?;
            forgotten.messages += 1;
        }
        forgotten.profile = exec(&mut tx, "DELETE FROM users WHERE user_id = ?", user_id).await?;
        tx.commit().await?;
        self.forget_cached(user_id);
        Ok(forgotten)
    }

    /// Deletes delivered (or given up) outbox rows that fell due before
    /// `before`, and the text of concerns raised before then (the
    /// coordinators' copies of it go with those rows). Exactly-once of reminders and nudges does not rest on these
    /// rows (their schedules remember what was sent).
    pub async fn purge_outbox(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let mut tx = self.write_transaction().await?;
        sqlx::query(
            "DELETE FROM question_deliveries WHERE outbox_id IN
                 (SELECT id FROM outbox WHERE status IN ('sent', 'failed', 'unreachable') AND due_at < ?)",
        )
        .bind(instant_text(before))
        .execute(&mut *tx)
        .await?;
        let purged = sqlx::query(
            "DELETE FROM outbox WHERE status IN ('sent', 'failed', 'unreachable') AND due_at < ?",
        )
        .bind(instant_text(before))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("UPDATE concerns SET text = NULL WHERE text IS NOT NULL AND raised_at < ?")
            .bind(instant_text(before))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(purged)
    }

    /// Applicants (people who never joined as trainee, mentor or
    /// coordinator) not seen since `before`; /forget is applied to each.
    pub async fn inactive_applicants(&self, before: DateTime<Utc>) -> Result<Vec<i64>, StoreError> {
        let ids = sqlx::query_scalar(
            "SELECT user_id FROM users WHERE COALESCE(last_seen_at, created_at) < ?
               AND user_id NOT IN (SELECT user_id FROM members)",
        )
        .bind(instant_text(before))
        .fetch_all(&self.pool)
        .await?;
        Ok(ids)
    }
}

/// Runs `sql` with `id` as its one parameter; returns the rows changed.
async fn exec(tx: &mut sqlx::SqliteConnection, sql: &'static str, id: i64) -> Result<u64, StoreError> {
    Ok(sqlx::query(sql).bind(id).execute(&mut *tx).await?.rows_affected())
}

fn row_to_json(row: &sqlx::sqlite::SqliteRow) -> Value {
    let mut object = Map::new();
    for (index, column) in row.columns().iter().enumerate() {
        let value = if let Ok(Some(number)) = row.try_get::<Option<i64>, _>(index) {
            json!(number)
        } else if let Ok(Some(text)) = row.try_get::<Option<String>, _>(index) {
            serde_json::from_str::<Value>(&text).ok().filter(Value::is_object).unwrap_or(Value::String(text))
        } else {
            Value::Null
        };
        object.insert(column.name().to_owned(), value);
    }
    Value::Object(object)
}
