//! The outbox sender: delivers queued rows at Telegram's limits, honours
//! 429 retry_after, retries 5xx and network errors with backoff, marks a
//! person who blocked the bot as unreachable, and records every outcome.
//! Rows a crash left half-sent are sent again on start. Asked to stop, it
//! starts nothing new and records the sends in flight before it returns, so
//! a clean stop leaves nothing half-sent to be sent twice.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use teloxide::prelude::*;
use teloxide::types::MessageId;
use teloxide::RequestError;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::config::OutboxLimits;
use crate::domain::clock::{sleep_or_moved, Clock, Moves};
use crate::domain::outbox::{backoff, DedupeKey, Payload, MAX_ATTEMPTS};
use crate::store::{Delivery, OutboxRow, QueuedMessage, Store, StoreError};
use crate::telegram::delivery::{self, send, Failure};

/// The longest the sender sleeps without looking at the table again.
const IDLE_LOOK: Duration = Duration::from_secs(60);
/// The fewest sends it lets wait for Telegram at once.
const MIN_IN_FLIGHT: usize = 8;
/// The most sends in flight, counting those held up (memory stays bounded).
const MAX_IN_FLIGHT: usize = 256;
/// Telegram's latency assumed before the first answer.
const FIRST_LATENCY: Duration = Duration::from_millis(100);
/// A send in flight this many times the usual latency (and at least
/// [`HELD_AT_LEAST`]) is held up (teloxide waits 10 s after a 5xx before it
/// gives the answer back): it no longer takes a place from the next sends.
const HELD_FACTOR: u32 = 4;
const HELD_AT_LEAST: Duration = Duration::from_secs(1);
/// How many 429 answers within their `retry_after` mean the whole bot is
/// limited, not one chat.
const WHOLE_BOT_429S: usize = 3;
/// How late a timer may wake without the pacer losing the slot: Telegram
/// counts a second's arrivals, and this much credit keeps them under the
/// limit (the pacer runs 1 % under it).
const LATE_ALLOWANCE: Duration = Duration::from_millis(2);
/// How long it waits after a database error.
const STORE_ERROR_PAUSE: Duration = Duration::from_secs(5);

/// Delivers the outbox until `stop` turns true, then records what is in
/// flight and returns. Due times are in `clock`'s time.
pub async fn run(
    store: Store,
    bot: Bot,
    limits: OutboxLimits,
    clock: Arc<dyn Clock>,
    stop: watch::Receiver<bool>,
) {
    match store.outbox_recover().await {
        Ok(0) => {}
        Ok(rows) => tracing::info!(rows, "sending again what a stop left half-sent"),
        Err(error) => tracing::error!(%error, "could not recover half-sent outbox rows"),
    }
    let mut sender = Sender {
        store,
        bot,
        paid_broadcast: limits.paid_broadcast,
        per_second: limits.per_second.max(1),
        pacer: Pacer::new(limits),
        clock,
        in_flight: JoinSet::new(),
        started: HashMap::new(),
        latency: FIRST_LATENCY,
        busy_chats: HashSet::new(),
        stop,
    };
    let mut moves = sender.clock.moves();
    while !sender.stopping() {
        if let Err(error) = sender.round(&mut moves).await {
            tracing::error!(%error, "could not read or record the outbox");
            tokio::time::sleep(STORE_ERROR_PAUSE).await;
        }
    }
    let in_flight = sender.in_flight.len();
    while let Some(finished) = sender.in_flight.join_next().await {
        sender.finish(finished);
    }
    tracing::info!(in_flight, "outbox stopped; the sends in flight are recorded");
}

/// A send that finished and was recorded (by its own task, at once, so
/// that a crash repeats only what is really in flight).
struct Finished {
    row: i64,
    chat_id: i64,
    took: Duration,
    sent: bool,
    /// Telegram said 429 and to wait this long.
    too_many: Option<Duration>,
}

/// The sender's state: as many sends at once as the rate and Telegram's
/// latency need (so that latency does not cap the rate), never two to one
/// chat.
struct Sender {
    store: Store,
    bot: Bot,
    paid_broadcast: bool,
    per_second: u32,
    pacer: Pacer,
    clock: Arc<dyn Clock>,
    in_flight: JoinSet<Finished>,
    /// When each send in flight started, by row id.
    started: HashMap<i64, Instant>,
    /// Telegram's usual latency (a moving average of successful sends).
    latency: Duration,
    busy_chats: HashSet<i64>,
    /// Turns true when the application stops.
    stop: watch::Receiver<bool>,
}

impl Sender {
    fn stopping(&self) -> bool {
        *self.stop.borrow()
    }

    /// How many sends may wait for Telegram at once: enough to keep the rate
    /// with the usual latency, and some.
    fn places(&self) -> usize {
        let needed = (f64::from(self.per_second) * self.latency.as_secs_f64() * 1.5).ceil() as usize + 2;
        needed.clamp(MIN_IN_FLIGHT, MAX_IN_FLIGHT)
    }

    /// How long a send may take before it counts as held up.
    fn held_after(&self) -> Duration {
        (self.latency * HELD_FACTOR).max(HELD_AT_LEAST)
    }

    /// Waits until a new send may start: a place is free (sends held up do
    /// not take one) and fewer than [`MAX_IN_FLIGHT`] are in flight.
    async fn wait_for_place(&mut self) {
        loop {
            let now = Instant::now();
            let held_after = self.held_after();
            let waiting = self.started.values().filter(|at| now.duration_since(**at) < held_after);
            if waiting.clone().count() < self.places() && self.in_flight.len() < MAX_IN_FLIGHT {
                return;
            }
            // The first of them to count as held up frees a place.
            let frees_at = waiting.min().map(|at| *at + held_after);
            tokio::select! {
                finished = self.in_flight.join_next() => {
                    if let Some(finished) = finished {
                        self.finish(finished);
                    }
                }
                () = sleep_until_some(frees_at), if self.in_flight.len() < MAX_IN_FLIGHT => {}
            }
        }
    }

    /// Starts the sends of the rows due now, or waits for work.
    async fn round(&mut self, moves: &mut Option<Moves>) -> Result<(), StoreError> {
        while let Some(finished) = self.in_flight.try_join_next() {
            self.finish(finished);
        }
        let due = self.store.outbox_due(self.clock.now(), 100).await?;
        if due.is_empty() {
            tokio::select! {
                finished = self.in_flight.join_next(), if !self.in_flight.is_empty() => {
                    if let Some(finished) = finished {
                        self.finish(finished);
                    }
                }
                () = wait_for_work(&self.store, self.clock.as_ref(), moves) => {}
                _ = self.stop.changed() => {}
            }
            return Ok(());
        }
        let mut started = false;
        for row in due {
            if self.stopping() {
                return Ok(());
            }
            if self.busy_chats.contains(&row.chat_id) {
                continue; // Its chat has a send in flight; it stays due.
            }
            if let Some(ready_in) = self.pacer.chat_ready_in(row.chat_id) {
                self.store.outbox_postpone(row.id, self.clock.now() + ready_in).await?;
                continue;
            }
            self.wait_for_place().await;
            self.pacer.wait_for_slot().await;
            if !self.store.outbox_claim(row.id).await? {
                continue; // Cancelled or claimed since it was read.
            }
            self.busy_chats.insert(row.chat_id);
            self.pacer.sent_to(row.chat_id);
            let (bot, store, clock) = (self.bot.clone(), self.store.clone(), self.clock.clone());
            let paid = self.paid_broadcast && row.broadcast_id.is_some();
            started = true;
            let began = Instant::now();
            self.started.insert(row.id, began);
            self.in_flight.spawn(async move {
                let outcome = send(&bot, row.chat_id, &row.payload, paid).await;
                let took = began.elapsed();
                let too_many = match &outcome {
                    Err(error) => match delivery::classify(error) {
                        Failure::TooManyRequests(wait) => Some(wait),
                        _ => None,
                    },
                    Ok(_) => None,
                };
                let sent = outcome.is_ok();
                let delivery = classify(outcome, row.attempts, (clock.now(), took));
                if let Err(error) = record(&store, &row, &delivery, clock.now()).await {
                    tracing::error!(%error, id = row.id, "could not record a send; it is sent again on start");
                }
                Finished { row: row.id, chat_id: row.chat_id, took, sent, too_many }
            });
        }
        // When every due row waits for its chat, let a send finish before
        // looking at the table again, so it is not read in a tight loop.
        if !started {
            if let Some(finished) = self.in_flight.join_next().await {
                self.finish(finished);
            }
        }
        Ok(())
    }

    /// Takes a recorded send out of flight.
    fn finish(&mut self, finished: Result<Finished, tokio::task::JoinError>) {
        let finished = match finished {
            Ok(finished) => finished,
            Err(error) => {
                // A send task panicked; its row stays 'sending' and is sent
                // again on start (its place and chat stay taken until then).
                tracing::error!(%error, "an outbox send failed unexpectedly");
                return;
            }
        };
        self.busy_chats.remove(&finished.chat_id);
        self.started.remove(&finished.row);
        if finished.sent {
            self.latency = self.latency * 7 / 8 + finished.took / 8;
        }
        if let Some(wait) = finished.too_many {
            self.pacer.too_many(wait);
        }
    }
}

/// Records what became of a send, and tells whom a copy that could not be
/// delivered asks to be told.
async fn record(
    store: &Store,
    row: &OutboxRow,
    delivery: &Delivery,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    if !matches!(delivery, Delivery::Sent { .. }) {
        tracing::warn!(id = row.id, ?delivery, "outbox delivery did not go through");
    }
    store.outbox_record(row.id, delivery).await?;
    if let (Delivery::Unreachable { .. } | Delivery::Failed { .. }, Payload::Copy { if_undeliverable, .. }) =
        (delivery, &row.payload)
    {
        let notices: Vec<QueuedMessage> = if_undeliverable
            .iter()
            .map(|notice| QueuedMessage {
                chat_id: notice.chat_id,
                payload: Payload::text(notice.text.clone()),
                due_at: now,
                dedupe_key: Some(DedupeKey::Undeliverable { row: row.id, person: notice.chat_id }),
            })
            .collect();
        store.enqueue_messages(&notices).await?;
    }
    Ok(())
}

/// Sleeps until `at`; forever without one.
async fn sleep_until_some(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// Sleeps until the next row is due, a row is added, the clock is moved by
/// hand, or [`IDLE_LOOK`].
async fn wait_for_work(store: &Store, clock: &dyn Clock, moves: &mut Option<Moves>) {
    let wait = match store.outbox_next_due().await {
        Ok(Some(next)) => (next - clock.now()).to_std().unwrap_or_default().min(IDLE_LOOK),
        Ok(None) => IDLE_LOOK,
        Err(error) => {
            tracing::error!(%error, "could not read the outbox");
            STORE_ERROR_PAUSE
        }
    };
    tokio::select! {
        () = sleep_or_moved(wait, moves) => {}
        () = store.outbox_wake().notified() => {}
    }
}

/// What a try's result means for the row, now, after it `took` so long.
/// The backoff counts from when the try began: teloxide already waits 10 s
/// before it gives a 5xx answer back, and that wait is part of it.
fn classify(
    outcome: Result<MessageId, RequestError>,
    attempts: u32,
    (now, took): (DateTime<Utc>, Duration),
) -> Delivery {
    let error = match outcome {
        Ok(id) => return Delivery::Sent { message_id: id.0 },
        Err(error) => error,
    };
    match delivery::classify(&error) {
        Failure::TooManyRequests(wait) => {
            Delivery::Retry { at: now + wait, error: "429 too many requests", counts_as_attempt: false }
        }
        Failure::Transient(kind) if attempts + 1 >= MAX_ATTEMPTS => Delivery::Failed { error: kind },
        Failure::Transient(kind) => {
            let began = now - chrono::Duration::from_std(took).unwrap_or_default();
            let at = (began + backoff(attempts + 1)).max(now);
            Delivery::Retry { at, error: kind, counts_as_attempt: true }
        }
        Failure::Unreachable => Delivery::Unreachable { error: "403 forbidden" },
        Failure::Refused => Delivery::Failed { error: "refused by Telegram" },
    }
}

/// Keeps the sender within the overall and per-chat limits.
struct Pacer {
    slot: Duration,
    chat_interval: Duration,
    next_slot: Instant,
    last_to_chat: HashMap<i64, Instant>,
    paused_until: Option<Instant>,
    /// When the latest 429 answers came.
    recent_429s: std::collections::VecDeque<Instant>,
}

impl Pacer {
    fn new(limits: OutboxLimits) -> Pacer {
        Pacer {
            // 1 % slower than the limit: requests do not arrive exactly as they
            // were sent, and Telegram counts arrivals.
            slot: Duration::from_secs(1) * 101 / 100 / limits.per_second.max(1),
            chat_interval: limits.chat_interval,
            next_slot: Instant::now(),
            last_to_chat: HashMap::new(),
            paused_until: None,
            recent_429s: std::collections::VecDeque::new(),
        }
    }

    /// How long until `chat` may get another message, if it must wait.
    fn chat_ready_in(&mut self, chat: i64) -> Option<Duration> {
        let now = Instant::now();
        let interval = self.chat_interval;
        // Forget chats that may get a message again, so memory stays flat.
        self.last_to_chat.retain(|_, last| now.duration_since(*last) < interval);
        let last = self.last_to_chat.get(&chat)?;
        Some(interval - now.duration_since(*last))
    }

    /// Waits for the next overall slot (and for the end of a 429 pause).
    async fn wait_for_slot(&mut self) {
        if let Some(until) = self.paused_until.take() {
            tokio::time::sleep_until(until).await;
        }
        tokio::time::sleep_until(self.next_slot).await;
        // The next slot counts from the planned one, or from now when this
        // one started later than a timer's lateness: pauses give no credit,
        // so the arrivals Telegram counts stay within the limit, and timers
        // that wake a little late do not lower the rate (at 1,000 a second a
        // slot is about a timer's grain).
        let now = Instant::now();
        self.next_slot = self.next_slot.max(now.checked_sub(LATE_ALLOWANCE).unwrap_or(now)) + self.slot;
    }

    fn sent_to(&mut self, chat: i64) {
        self.last_to_chat.insert(chat, Instant::now());
    }

    /// Telegram said 429 (the row waits `wait` in any case). The pacer keeps
    /// under the overall limit, so one 429 now and then is about one chat
    /// (Telegram limits chats and groups too) and holds up no one else;
    /// several within `wait` mean the bot as a whole is limited (another
    /// process with the same token, or a lower limit than configured): then
    /// nothing is sent to anyone for `wait`.
    fn too_many(&mut self, wait: Duration) {
        let now = Instant::now();
        while self.recent_429s.front().is_some_and(|at| now.duration_since(*at) > wait) {
            self.recent_429s.pop_front();
        }
        self.recent_429s.push_back(now);
        if self.recent_429s.len() >= WHOLE_BOT_429S {
            self.paused_until = Some(now + wait);
            self.recent_429s.clear();
        }
    }
}
