//! The audit log of coordinators' actions.

use chrono::{DateTime, Utc};

use super::{instant_text, Store, StoreError};

/// One logged action.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    /// Who did it (`None`: the command line).
    pub actor: Option<i64>,
    /// What kind of action, e.g. `broadcast`, `import`, `invitation`.
    pub action: String,
    /// What it was, in a few words (ids and counts, never message text).
    pub detail: String,
    /// The person it was about, if any.
    pub subject_user: Option<i64>,
    pub at: String,
}

impl Store {
    /// Logs an action.
    pub async fn audit(
        &self,
        actor: Option<i64>,
        action: &str,
        detail: &str,
        subject_user: Option<i64>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO audit (actor, action, detail, subject_user, at) VALUES (?, ?, ?, ?, ?)")
            .bind(actor)
            .bind(action)
            .bind(detail)
            .bind(subject_user)
            .bind(instant_text(at))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The newest `limit` entries, newest first.
    pub async fn audit_entries(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let entries = sqlx::query_as(
            "SELECT id, actor, action, detail, subject_user, at FROM audit ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(entries)
    }
}
