//! Positions: import (insert or update by external id), list, close.

use chrono::NaiveDate;
use sqlx::FromRow;

use super::{now_text, Store, StoreError};
use crate::domain::positions::{Employment, Extent, Filter, Position};

/// A stored position with its database id and status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredPosition {
    pub id: i64,
    pub position: Position,
    pub closed: bool,
}

impl StoredPosition {
    /// Whether people can still apply on `today` (Europe/Oslo date).
    pub fn is_open(&self, today: NaiveDate) -> bool {
        !self.closed && self.position.deadline >= today
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    /// The positions that were new (for the alerts).
    pub new_positions: Vec<Position>,
}

#[derive(FromRow)]
struct PositionRow {
    id: i64,
    external_id: String,
    programme: String,
    title: String,
    employer: String,
    place: String,
    extent_percent: Option<i64>,
    employment: String,
    deadline: String,
    url: String,
    description: String,
    closed: bool,
    feed_changed: Option<String>,
}

impl PositionRow {
    fn into_stored(self) -> Option<StoredPosition> {
        Some(StoredPosition {
            id: self.id,
            closed: self.closed,
            position: Position {
                external_id: self.external_id,
                programme: self.programme,
                title: self.title,
                employer: self.employer,
                place: self.place,
                extent_percent: self.extent_percent.map(u8::try_from).transpose().ok()?,
                employment: Employment::parse(&self.employment)?,
                deadline: NaiveDate::parse_from_str(&self.deadline, "%Y-%m-%d").ok()?,
                url: self.url,
                description: self.description,
                feed_changed: self
                    .feed_changed
                    .map(|day| NaiveDate::parse_from_str(&day, "%Y-%m-%d"))
                    .transpose()
                    .ok()?,
            },
        })
    }
}

/// The position with `external_id`, read within a transaction.
pub(super) async fn stored_by_external_id(
    tx: &mut sqlx::SqliteConnection,
    external_id: &str,
) -> Result<Option<StoredPosition>, StoreError> {
    let row: Option<PositionRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM positions WHERE external_id = ?"))
            .bind(external_id)
            .fetch_optional(&mut *tx)
            .await?;
    Ok(row.and_then(PositionRow::into_stored))
}

/// Inserts `position`, or updates (and reopens) the one with its external id.
pub(super) async fn write_position(
    tx: &mut sqlx::SqliteConnection,
    position: &Position,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO positions (external_id, programme, title, employer, place,
         extent_percent, employment, deadline, url, description, created_at, updated_at,
         feed_changed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)
         ON CONFLICT (external_id) DO UPDATE SET programme = ?2, title = ?3,
         employer = ?4, place = ?5, extent_percent = ?6, employment = ?7, deadline = ?8,
         url = ?9, description = ?10, closed = 0, updated_at = ?11, feed_changed = ?12",
    )
    .bind(&position.external_id)
    .bind(&position.programme)
    .bind(&position.title)
    .bind(&position.employer)
    .bind(&position.place)
    .bind(position.extent_percent)
    .bind(position.employment.code())
    .bind(position.deadline.format("%Y-%m-%d").to_string())
    .bind(&position.url)
    .bind(&position.description)
    .bind(now)
    .bind(position.feed_changed.map(|day| day.format("%Y-%m-%d").to_string()))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

const COLUMNS: &str = "id, external_id, programme, title, employer, place, extent_percent, \
                       employment, deadline, url, description, closed, feed_changed";

impl Store {
    /// Imports positions in one transaction: a new external id is added, a
    /// known one updated (and reopened) when anything changed.
    pub async fn import_positions(&self, positions: &[Position]) -> Result<ImportSummary, StoreError> {
        let mut summary = ImportSummary::default();
        let mut tx = self.write_transaction().await?;
        let now = now_text();
        for position in positions {
            let existing = stored_by_external_id(&mut tx, &position.external_id).await?;
            match existing {
                Some(stored) if stored.position == *position && !stored.closed => {
                    summary.unchanged += 1;
                    continue;
                }
                Some(_) => summary.updated += 1,
                None => {
                    summary.added += 1;
                    summary.new_positions.push(position.clone());
                }
            }
            write_position(&mut tx, position, &now).await?;
        }
        tx.commit().await?;
        Ok(summary)
    }

    /// Open positions on `today` that pass `filter`, soonest deadline first:
    /// `limit` of them after skipping `offset`, and how many there are in all.
    pub async fn open_positions(
        &self,
        today: NaiveDate,
        filter: &Filter,
        offset: u32,
        limit: u32,
    ) -> Result<(Vec<StoredPosition>, u32), StoreError> {
        // Only the facets in use become conditions, so SQLite can pick the
        // programme or employer index.
        let mut conditions = vec!["closed = 0", "deadline >= ?"];
        let mut values = vec![today.format("%Y-%m-%d").to_string()];
        if let Some(programme) = &filter.programme {
            conditions.push("programme = ?");
            values.push(programme.clone());
        }
        if let Some(employment) = filter.employment {
            conditions.push("employment = ?");
            values.push(employment.code().to_owned());
        }
        match filter.extent {
            Some(Extent::FullTime) => conditions.push("extent_percent >= 100"),
            Some(Extent::PartTime) => conditions.push("(extent_percent IS NULL OR extent_percent < 100)"),
            None => {}
        }
        if let Some(id) = filter.employer_of {
            let employer: Option<String> = sqlx::query_scalar("SELECT employer FROM positions WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
            conditions.push("employer = ?");
            // An unknown position stands for no employer: nothing matches.
            values.push(employer.unwrap_or_default());
        }
        let condition = conditions.join(" AND ");
        let select = format!(
            "SELECT {COLUMNS} FROM positions WHERE {condition} ORDER BY deadline, id LIMIT ? OFFSET ?"
        );
        let mut rows = sqlx::query_as::<_, PositionRow>(&select);
        let count = format!("SELECT COUNT(*) FROM positions WHERE {condition}");
        let mut total = sqlx::query_scalar::<_, i64>(&count);
        for value in &values {
            rows = rows.bind(value);
            total = total.bind(value);
        }
        let rows = rows.bind(limit).bind(offset).fetch_all(&self.pool).await?;
        let total = total.fetch_one(&self.pool).await?;
        let positions = rows.into_iter().filter_map(PositionRow::into_stored).collect();
        Ok((positions, u32::try_from(total).unwrap_or(u32::MAX)))
    }

    /// The employers of open positions on `today`, by name, each with the id
    /// of one of its positions (what a filter refers to), at most `limit`.
    pub async fn open_employers(
        &self,
        today: NaiveDate,
        limit: u32,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        let employers = sqlx::query_as(
            "SELECT MIN(id), employer FROM positions WHERE closed = 0 AND deadline >= ?
             GROUP BY employer ORDER BY employer LIMIT ?",
        )
        .bind(today.format("%Y-%m-%d").to_string())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(employers)
    }

    /// One position by its database id, open or not.
    pub async fn position(&self, id: i64) -> Result<Option<StoredPosition>, StoreError> {
        let row: Option<PositionRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM positions WHERE id = ?"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(PositionRow::into_stored))
    }

    /// Every position, newest deadline last, for the coordinators' list.
    pub async fn all_positions(&self) -> Result<Vec<StoredPosition>, StoreError> {
        let rows: Vec<PositionRow> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM positions ORDER BY deadline, id"))
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().filter_map(PositionRow::into_stored).collect())
    }

    /// Closes a position; returns false when there is no such position.
    pub async fn close_position(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE positions SET closed = 1, updated_at = ? WHERE id = ?")
            .bind(now_text())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
