//! Organisations in the store: bringing rows of older releases up to date
//! with the catalogue (merged programmes, organisations), and taking roles
//! back.

use chrono::{DateTime, Utc};

use super::{instant_text, Store, StoreError};
use crate::domain::members::Role;
use crate::domain::Catalogue;

/// An invitation not used yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenInvitation {
    pub code: String,
    pub role: Role,
    pub programme: String,
    pub organisation: Option<String>,
    pub expires_at: String,
}

/// code, role, programme, organisation, expires_at.
type InvitationRow = (String, String, String, Option<String>, String);

/// An unused invitation as read (`None` for a role no release writes).
fn open_invitation(
    (code, role, programme, organisation, expires_at): InvitationRow,
) -> Option<OpenInvitation> {
    Some(OpenInvitation { code, role: Role::parse(&role)?, programme, organisation, expires_at })
}

/// Moves every row of programme `old` to `new` (of `organisation`).
async fn merge_programme(
    tx: &mut sqlx::SqliteConnection,
    old: &str,
    new: &str,
    organisation: &str,
) -> Result<u64, StoreError> {
    let mut changed = sqlx::query(
        "UPDATE cohorts SET name = name || ' (' || ?1 || ')'
         WHERE programme = ?1 AND name IN (SELECT name FROM cohorts WHERE programme = ?2)",
    )
    .bind(old)
    .bind(new)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    for table in ["members", "invitations", "cohorts", "questions"] {
        let sql = format!("UPDATE {table} SET programme = ?2, organisation = ?3 WHERE programme = ?1");
        changed +=
            sqlx::query(&sql).bind(old).bind(new).bind(organisation).execute(&mut *tx).await?.rows_affected();
    }
    for table in ["positions", "alerts", "gatherings"] {
        let sql = format!("UPDATE {table} SET programme = ?2 WHERE programme = ?1");
        changed += sqlx::query(&sql).bind(old).bind(new).execute(&mut *tx).await?.rows_affected();
    }
    changed += sqlx::query(
        "UPDATE broadcasts SET audience = 'trainees:' || ?2, organisation = ?3 WHERE audience = 'trainees:' || ?1",
    )
    .bind(old)
    .bind(new)
    .bind(organisation)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    Ok(changed)
}

impl Store {
    /// Brings rows of older releases up to date with `catalogue`, in one
    /// transaction: rows of a merged programme (an id in `formerly`) move to
    /// the programme it was merged into (a cohort whose name is taken there
    /// gets the old id after its name), then every member, invitation,
    /// cohort, question and broadcast that has no organisation gets its
    /// programme's. Returns how many rows changed.
    pub async fn adopt_catalogue(&self, catalogue: &Catalogue) -> Result<u64, StoreError> {
        let mut tx = self.write_transaction().await?;
        let mut changed = 0;
        for programme in &catalogue.programmes {
            for old in &programme.formerly {
                changed += merge_programme(&mut tx, old, &programme.id, &programme.organisation).await?;
            }
        }
        for programme in &catalogue.programmes {
            for table in ["members", "invitations", "cohorts", "questions"] {
                let sql = format!(
                    "UPDATE {table} SET organisation = ? WHERE organisation IS NULL AND programme = ?"
                );
                changed += sqlx::query(&sql)
                    .bind(&programme.organisation)
                    .bind(&programme.id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            changed += sqlx::query(
                "UPDATE broadcasts SET organisation = ? WHERE organisation IS NULL AND audience = 'trainees:' || ?",
            )
            .bind(&programme.organisation)
            .bind(&programme.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        changed += sqlx::query(
            "UPDATE broadcasts SET organisation =
                 (SELECT c.organisation FROM cohorts c WHERE broadcasts.audience = 'cohort:' || c.id)
             WHERE organisation IS NULL AND audience LIKE 'cohort:%'",
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(changed)
    }

    /// Takes `user_id`'s role away: they are an applicant again. Their
    /// trainees lose them as mentor; their answers about gatherings go.
    /// Returns whether they had a role.
    pub async fn remove_member(&self, user_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.write_transaction().await?;
        sqlx::query("UPDATE members SET mentor_id = NULL WHERE mentor_id = ?")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM rsvps WHERE user_id = ?").bind(user_id).execute(&mut *tx).await?;
        let removed = sqlx::query("DELETE FROM members WHERE user_id = ?")
            .bind(user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(removed == 1)
    }

    /// Invitations not used and not expired at `now`, of `organisation`
    /// (all if `None`), soonest expiry first.
    pub async fn open_invitations(
        &self,
        organisation: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<OpenInvitation>, StoreError> {
        let rows: Vec<InvitationRow> = sqlx::query_as(
            "SELECT code, role, programme, organisation, expires_at FROM invitations
             WHERE used_by IS NULL AND expires_at > ?1 AND (?2 IS NULL OR organisation = ?2)
             ORDER BY expires_at, code",
        )
        .bind(instant_text(now))
        .bind(organisation)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter_map(open_invitation).collect())
    }

    /// The unused invitation `code`, if there is one.
    pub async fn open_invitation(&self, code: &str) -> Result<Option<OpenInvitation>, StoreError> {
        let rows: Vec<InvitationRow> = sqlx::query_as(
            "SELECT code, role, programme, organisation, expires_at FROM invitations
             WHERE code = ? AND used_by IS NULL",
        )
        .bind(code)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().find_map(open_invitation))
    }

    /// Deletes the unused invitation `code`; whether there was one.
    pub async fn revoke_invitation(&self, code: &str) -> Result<bool, StoreError> {
        let deleted = sqlx::query("DELETE FROM invitations WHERE code = ? AND used_by IS NULL")
            .bind(code)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(deleted == 1)
    }
}
