//! Organisations in the store: giving rows of older releases their
//! programme's organisation, and taking roles back.

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

impl Store {
    /// Gives every member, invitation, cohort, question and broadcast that
    /// has none the organisation of its programme (as `catalogue` says).
    /// Returns how many rows were given one.
    pub async fn assign_organisations(&self, catalogue: &Catalogue) -> Result<u64, StoreError> {
        let mut tx = self.write_transaction().await?;
        let mut assigned = 0;
        for programme in &catalogue.programmes {
            for table in ["members", "invitations", "cohorts", "questions"] {
                let sql = format!(
                    "UPDATE {table} SET organisation = ? WHERE organisation IS NULL AND programme = ?"
                );
                assigned += sqlx::query(&sql)
                    .bind(&programme.organisation)
                    .bind(&programme.id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            assigned += sqlx::query(
                "UPDATE broadcasts SET organisation = ? WHERE organisation IS NULL AND audience = 'trainees:' || ?",
            )
            .bind(&programme.organisation)
            .bind(&programme.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        assigned += sqlx::query(
            "UPDATE broadcasts SET organisation =
                 (SELECT c.organisation FROM cohorts c WHERE broadcasts.audience = 'cohort:' || c.id)
             WHERE organisation IS NULL AND audience LIKE 'cohort:%'",
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(assigned)
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
