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
    /// The organisation whose data it touched (`None`: every organisation,
    /// or an entry from before organisations).
    pub organisation: Option<String>,
    pub at: String,
}

/// An action to log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewAuditEntry<'a> {
    pub actor: Option<i64>,
    pub action: &'a str,
    pub detail: &'a str,
    pub subject_user: Option<i64>,
    pub organisation: Option<&'a str>,
}

impl Store {
    /// Logs an action.
    pub async fn audit(&self, entry: &NewAuditEntry<'_>, at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit (actor, action, detail, subject_user, organisation, at) VALUES (?, ?, ?, ?, ?, ?)",
        )
            .bind(entry.actor)
            .bind(entry.action)
            .bind(entry.detail)
            .bind(entry.subject_user)
            .bind(entry.organisation)
            .bind(instant_text(at))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The newest `limit` entries of `organisation` (every entry if `None`),
    /// newest first.
    pub async fn audit_entries(
        &self,
        organisation: Option<&str>,
        limit: u32,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let entries = sqlx::query_as(
            "SELECT id, actor, action, detail, subject_user, organisation, at FROM audit
             WHERE ?1 IS NULL OR organisation = ?1 ORDER BY id DESC LIMIT ?2",
        )
        .bind(organisation)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(entries)
    }
}
