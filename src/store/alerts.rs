//! Saved position filters (alerts).

use super::{now_text, Store, StoreError};
use crate::domain::positions::{AlertFilter, Employment, Extent};
use crate::domain::Lang;

/// How many alerts one person may have.
pub const MAX_ALERTS_PER_PERSON: i64 = 5;

/// A saved alert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alert {
    pub id: i64,
    pub user_id: i64,
    /// The language its messages are written in.
    pub language: Lang,
    pub filter: AlertFilter,
}

/// What saving an alert did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveAlert {
    Saved,
    /// The person already has this very alert.
    Duplicate,
    /// The person already has [`MAX_ALERTS_PER_PERSON`].
    TooMany,
}

type AlertRow = (i64, i64, String, Option<String>, Option<String>, Option<String>, Option<String>);

fn extent_code(extent: Extent) -> &'static str {
    match extent {
        Extent::FullTime => "full",
        Extent::PartTime => "part",
    }
}

fn from_row((id, user_id, language, programme, employment, extent, employer): AlertRow) -> Option<Alert> {
    Some(Alert {
        id,
        user_id,
        language: Lang::parse(&language)?,
        filter: AlertFilter {
            programme,
            employment: employment.as_deref().and_then(Employment::parse),
            extent: extent.map(|e| if e == "full" { Extent::FullTime } else { Extent::PartTime }),
            employer,
        },
    })
}

const SELECT: &str = "SELECT id, user_id, language, programme, employment, extent, employer FROM alerts";

impl Store {
    /// Saves `filter` as an alert for `user_id`, unless it is a duplicate or
    /// the person has too many already.
    pub async fn save_alert(
        &self,
        user_id: i64,
        language: Lang,
        filter: &AlertFilter,
    ) -> Result<SaveAlert, StoreError> {
        let mut tx = self.write_transaction().await?;
        let existing: Vec<AlertRow> =
            sqlx::query_as(&format!("{SELECT} WHERE user_id = ?")).bind(user_id).fetch_all(&mut *tx).await?;
        if existing.into_iter().filter_map(from_row).any(|alert| alert.filter == *filter) {
            return Ok(SaveAlert::Duplicate);
        }
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM alerts WHERE user_id = ?")
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?;
        if count >= MAX_ALERTS_PER_PERSON {
            return Ok(SaveAlert::TooMany);
        }
        sqlx::query(
            "INSERT INTO alerts (user_id, language, programme, employment, extent, employer, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(user_id)
        .bind(language.code())
        .bind(&filter.programme)
        .bind(filter.employment.map(Employment::code))
        .bind(filter.extent.map(extent_code))
        .bind(&filter.employer)
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(SaveAlert::Saved)
    }

    /// The alerts of `user_id`, oldest first.
    pub async fn alerts_of(&self, user_id: i64) -> Result<Vec<Alert>, StoreError> {
        let rows: Vec<AlertRow> = sqlx::query_as(&format!("{SELECT} WHERE user_id = ? ORDER BY id"))
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().filter_map(from_row).collect())
    }

    /// Every alert, for matching new positions.
    pub async fn all_alerts(&self) -> Result<Vec<Alert>, StoreError> {
        let rows: Vec<AlertRow> =
            sqlx::query_as(&format!("{SELECT} ORDER BY user_id, id")).fetch_all(&self.pool).await?;
        Ok(rows.into_iter().filter_map(from_row).collect())
    }

    /// Deletes alert `id` if it belongs to `user_id`; returns whether it did.
    pub async fn delete_alert(&self, user_id: i64, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM alerts WHERE id = ? AND user_id = ?")
            .bind(id)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
