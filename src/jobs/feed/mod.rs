//! Positions from NAV's job feed: a pass reads from where the last one
//! stopped to the end of the feed, applies each run of items in one short
//! transaction (so that a restart neither loses nor repeats a position)
//! and queues alerts for the new positions, as a CSV import does. The
//! running bot makes a pass every `poll_minutes`; `traineebot positions
//! sync` makes one.

mod client;

use std::sync::Arc;

use chrono::TimeDelta;
use futures_util::future::join_all;

pub use client::{FeedClient, FeedFailure};
use client::{Fetched, Validators};

use crate::domain::clock::sleep_or_moved;
use crate::domain::feed::{is_plain_id, verdict, Item, Page, Verdict};
use crate::domain::positions::Position;
use crate::services::Services;
use crate::store::{FeedChunk, StoreError};

/// How many items are applied in one transaction.
const CHUNK: usize = 100;
/// How many entries' details are fetched at once.
const FETCHES_IN_FLIGHT: usize = 8;

/// What a pass did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PassReport {
    pub pages: u32,
    pub items: u32,
    pub refused: u32,
    pub added: u32,
    pub updated: u32,
    pub closed: u32,
    pub alerts: u32,
}

/// Why a pass stopped before the end of the feed.
#[derive(Debug, thiserror::Error)]
pub enum PassError {
    #[error(transparent)]
    Feed(#[from] FeedFailure),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Makes a pass every `poll` until the task is dropped.
pub async fn run(services: Services, client: Arc<FeedClient>) {
    let mut moves = services.clock.moves();
    loop {
        match pass(&services, &client).await {
            Ok(report) => tracing::info!(?report, "read the job feed"),
            Err(error) => {
                tracing::error!(%error, "reading the job feed stopped; trying again at the next poll")
            }
        }
        sleep_or_moved(client.settings().poll, &mut moves).await;
    }
}

/// Reads the feed to its end. A failure of the feed is recorded (for
/// `check` and `/stats`); what was applied before it stays, alerts included.
pub async fn pass(services: &Services, client: &FeedClient) -> Result<PassReport, PassError> {
    let mut report = PassReport::default();
    let mut new_positions = Vec::new();
    let outcome = read_to_end(services, client, &mut report, &mut new_positions).await;
    report.alerts = services.alert_new_positions(&new_positions).await?;
    if let Err(PassError::Feed(failure)) = &outcome {
        services.store.feed_failed(failure.category(), services.clock.now()).await?;
    }
    outcome.map(|()| report)
}

async fn read_to_end(
    services: &Services,
    client: &FeedClient,
    report: &mut PassReport,
    new_positions: &mut Vec<Position>,
) -> Result<(), PassError> {
    let store = &services.store;
    let state = store.feed_state().await?;
    let mut page_id = state.page_id;
    let mut items_done = usize::try_from(state.items_done).unwrap_or(0);
    let mut validators = match &page_id {
        Some(_) => Validators { etag: state.etag, last_modified: state.last_modified },
        None => Validators { etag: None, last_modified: Some(since(services, client)) },
    };
    loop {
        let (page, fresh) = match client.page(page_id.as_deref(), &validators).await? {
            Fetched::NotModified => {
                let at = services.clock.now();
                let (etag, modified) = (validators.etag.as_deref(), validators.last_modified.as_deref());
                store.feed_synced(page_id.as_deref(), etag, modified, at).await?;
                return Ok(());
            }
            Fetched::Page { page, validators } => (page, validators),
        };
        report.pages += 1;
        check_ids(&page)?;
        let items = page.items.get(items_done..).unwrap_or_default();
        for (index, chunk) in items.chunks(CHUNK).enumerate() {
            let mut judged = judge(services, client, chunk).await?;
            judged.page_id = page.id.clone();
            judged.items_done = i64::try_from(items_done + (index * CHUNK) + chunk.len()).unwrap_or(i64::MAX);
            let applied = store.apply_feed_chunk(&judged).await?;
            report.items += u32::try_from(chunk.len()).unwrap_or(u32::MAX);
            report.refused += u32::try_from(judged.refused).unwrap_or(0);
            report.added += u32::try_from(applied.new_positions.len()).unwrap_or(0);
            report.updated += u32::try_from(applied.updated).unwrap_or(0);
            report.closed += u32::try_from(applied.closed).unwrap_or(0);
            new_positions.extend(applied.new_positions);
        }
        match page.next_id {
            Some(next) => {
                store.feed_next_page(&next).await?;
                page_id = Some(next);
                items_done = 0;
                validators = Validators::default();
            }
            None => {
                let at = services.clock.now();
                let (etag, modified) = (fresh.etag.as_deref(), fresh.last_modified.as_deref());
                store.feed_synced(Some(page.id.as_str()), etag, modified, at).await?;
                return Ok(());
            }
        }
    }
}

/// The first pass asks for what changed in the last `since_days`.
fn since(services: &Services, client: &FeedClient) -> String {
    let days = TimeDelta::days(i64::from(client.settings().since_days));
    (services.clock.now() - days).format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// A page whose ids cannot go into an address is not a page of the feed.
fn check_ids(page: &Page) -> Result<(), FeedFailure> {
    let bad = std::iter::once(&page.id).chain(page.next_id.iter()).find(|id| !is_plain_id(id));
    match bad {
        Some(id) => Err(FeedFailure::Malformed(format!("page id {id:?}"))),
        None => Ok(()),
    }
}

/// What each item of `chunk` means: a position, a closing, or a refusal.
/// Stopped ads close without their details being fetched: their contact
/// fields are masked and must not be kept.
async fn judge(services: &Services, client: &FeedClient, chunk: &[Item]) -> Result<FeedChunk, FeedFailure> {
    let rules = &client.settings().rules;
    let mut judged = FeedChunk::default();
    let mut candidates = Vec::new();
    for item in chunk {
        let uuid = &item.entry.uuid;
        if !is_plain_id(&item.id) || !is_plain_id(uuid) {
            tracing::warn!(item = %item.id.escape_debug(), "refused a feed item: an id that is not plain");
            judged.refused += 1;
        } else if item.entry.is_inactive() || !rules.may_match(item.entry.municipal.as_deref()) {
            judged.closing.push(uuid.clone());
        } else {
            candidates.push(item);
        }
    }
    let now = services.clock.now();
    for batch in candidates.chunks(FETCHES_IN_FLIGHT) {
        let entries = join_all(batch.iter().map(|item| client.entry(&item.id))).await;
        for (item, entry) in batch.iter().zip(entries) {
            let uuid = &item.entry.uuid;
            let judgement =
                entry?.filter(|entry| entry.uuid == *uuid).map(|entry| verdict(&entry, rules, now));
            match judgement {
                Some(Ok(Verdict::Position(position))) => judged.positions.push(*position),
                Some(Ok(Verdict::NoMatch | Verdict::Inactive)) => judged.closing.push(uuid.clone()),
                Some(Err(reason)) => {
                    tracing::warn!(ad = %uuid, ?reason, "refused an ad of the feed");
                    judged.refused += 1;
                }
                None => {
                    tracing::warn!(ad = %uuid, "refused an ad of the feed: its details are not an entry");
                    judged.refused += 1;
                }
            }
        }
    }
    Ok(judged)
}
