//! The reader of NAV's job feed: where it is (one row, so that a restart
//! resumes there) and applying a chunk of ads in one short transaction.

use chrono::{DateTime, Utc};
use sqlx::FromRow;

use super::positions::{stored_by_external_id, write_position};
use super::{instant_text, now_text, parse_instant, Store, StoreError};
use crate::domain::positions::Position;

/// Where the reader is and how it went.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedState {
    /// The page being read; `None` before the first pass.
    pub page_id: Option<String>,
    /// How many of the page's items are applied.
    pub items_done: i64,
    /// The last page's validators, for a conditional request.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// When a pass last reached the end of the feed.
    pub synced_at: Option<DateTime<Utc>>,
    /// The category of the last failed pass and when it failed, cleared
    /// when a pass succeeds.
    pub error: Option<(String, DateTime<Utc>)>,
    pub ads_read: i64,
    pub refused: i64,
    pub added: i64,
    pub updated: i64,
    pub closed: i64,
}

#[derive(FromRow)]
struct FeedRow {
    page_id: Option<String>,
    items_done: i64,
    etag: Option<String>,
    last_modified: Option<String>,
    synced_at: Option<String>,
    error: Option<String>,
    error_at: Option<String>,
    ads_read: i64,
    refused: i64,
    added: i64,
    updated: i64,
    closed: i64,
}

impl FeedRow {
    fn into_state(self) -> Result<FeedState, sqlx::Error> {
        let error = match (self.error, self.error_at) {
            (Some(category), Some(at)) => Some((category, parse_instant(&at)?)),
            _ => None,
        };
        Ok(FeedState {
            page_id: self.page_id,
            items_done: self.items_done,
            etag: self.etag,
            last_modified: self.last_modified,
            synced_at: self.synced_at.as_deref().map(parse_instant).transpose()?,
            error,
            ads_read: self.ads_read,
            refused: self.refused,
            added: self.added,
            updated: self.updated,
            closed: self.closed,
        })
    }
}

/// A run of a page's items, read and judged, to be applied at once.
#[derive(Clone, Debug, Default)]
pub struct FeedChunk {
    pub page_id: String,
    /// How many of the page's items are applied once this chunk is.
    pub items_done: i64,
    /// Ads that are positions.
    pub positions: Vec<Position>,
    /// Ads that are stopped, expired or no longer match: a held position closes.
    pub closing: Vec<String>,
    pub refused: i64,
}

/// What applying a chunk did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedApplied {
    pub new_positions: Vec<Position>,
    pub updated: i64,
    pub closed: i64,
}

impl Store {
    /// Where the reader of the feed is.
    pub async fn feed_state(&self) -> Result<FeedState, StoreError> {
        let row: FeedRow =
            sqlx::query_as("SELECT * FROM feed_state WHERE id = 1").fetch_one(self.pool()).await?;
        Ok(row.into_state()?)
    }

    /// Applies `chunk` and moves the reader past it, in one transaction.
    /// A feed ad never replaces a position a coordinator imported under
    /// the same id; an unchanged ad leaves its position alone, so that one
    /// a coordinator closed stays closed until the ad changes (NAV's
    /// `sistEndret` moves on any change, a reopened ad's too).
    pub async fn apply_feed_chunk(&self, chunk: &FeedChunk) -> Result<FeedApplied, StoreError> {
        let mut applied = FeedApplied::default();
        let now = now_text();
        let mut tx = self.write_transaction().await?;
        for position in &chunk.positions {
            match stored_by_external_id(&mut tx, &position.external_id).await? {
                None => applied.new_positions.push(position.clone()),
                Some(stored) if stored.position.feed_changed.is_none() => {
                    tracing::warn!(ad = %position.external_id, "an imported position has this ad's id; left alone");
                    continue;
                }
                Some(stored) if stored.position == *position => continue,
                Some(_) => applied.updated += 1,
            }
            write_position(&mut tx, position, &now).await?;
        }
        for uuid in &chunk.closing {
            let done = sqlx::query(
                "UPDATE positions SET closed = 1, updated_at = ? \
                 WHERE external_id = ? AND feed_changed IS NOT NULL AND closed = 0",
            )
            .bind(&now)
            .bind(uuid)
            .execute(&mut *tx)
            .await?;
            applied.closed += i64::try_from(done.rows_affected()).unwrap_or(0);
        }
        let read = i64::try_from(chunk.positions.len() + chunk.closing.len()).unwrap_or(0) + chunk.refused;
        sqlx::query(
            "UPDATE feed_state SET page_id = ?, items_done = ?, ads_read = ads_read + ?, \
             refused = refused + ?, added = added + ?, updated = updated + ?, closed = closed + ? \
             WHERE id = 1",
        )
        .bind(&chunk.page_id)
        .bind(chunk.items_done)
        .bind(read)
        .bind(chunk.refused)
        .bind(i64::try_from(applied.new_positions.len()).unwrap_or(0))
        .bind(applied.updated)
        .bind(applied.closed)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(applied)
    }

    /// Moves the reader to the start of page `next`.
    pub async fn feed_next_page(&self, next: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE feed_state SET page_id = ?, items_done = 0, etag = NULL, last_modified = NULL \
             WHERE id = 1",
        )
        .bind(next)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a pass that reached the end of the feed at `page_id`, with
    /// the last page's validators.
    pub async fn feed_synced(
        &self,
        page_id: Option<&str>,
        etag: Option<&str>,
        last_modified: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE feed_state SET page_id = ?, etag = ?, last_modified = ?, synced_at = ?, \
             error = NULL, error_at = NULL WHERE id = 1",
        )
        .bind(page_id)
        .bind(etag)
        .bind(last_modified)
        .bind(instant_text(at))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a pass that stopped on an error of `category`.
    pub async fn feed_failed(&self, category: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE feed_state SET error = ?, error_at = ? WHERE id = 1")
            .bind(category)
            .bind(instant_text(at))
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
