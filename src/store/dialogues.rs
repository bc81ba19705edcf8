//! The state of unfinished flows (dialogues), one JSON row per chat, in the
//! same SQLite file as everything else. The Telegram side (teloxide's
//! `Storage`) is `telegram::dialogues`.
//!
//! Every update needs the chat's state, so reads are served from a
//! write-through cache; the database stays the record that survives a
//! restart. Only this process writes the table.
//!
//! A state that says it is [`DialogueState::memory_only`] (an eligibility
//! check: answers about disability that are not to be kept) is never written
//! at all: it lives in the cache until the flow ends, a day passes, or the
//! bot restarts. Nothing of it can then linger in the database file, its
//! write-ahead log or a backup.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use super::{instant_text, Store, StoreError};

/// How a chat's flow state is to be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// No flow running: no row, nothing in memory.
    Nothing,
    /// In the dialogues table (JSON), so it survives a restart.
    OnDisk(String),
    /// In memory only (JSON), never written to the file.
    InMemoryOnly(String),
}

/// A chat's state (JSON) as far as this process knows it.
#[derive(Clone, Debug)]
enum Cached {
    /// No flow running, and no row.
    Absent,
    /// A state that is in the dialogues table.
    Stored(String),
    /// A state never written to disk, and when it was set.
    InMemory { state: String, updated_at: DateTime<Utc> },
}

impl Cached {
    fn state(&self) -> Option<String> {
        match self {
            Cached::Absent => None,
            Cached::Stored(state) | Cached::InMemory { state, .. } => Some(state.clone()),
        }
    }
}

/// The state of every chat looked up so far.
#[derive(Clone, Debug, Default)]
pub(super) struct DialogueCache(Arc<Mutex<HashMap<i64, Cached>>>);

impl DialogueCache {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Cached>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Remembers `cached` for `chat_id`. Past [`super::CACHED_PEOPLE`]
    /// chats, what is on disk (or absent) is forgotten, as it can be read
    /// again; a state held in memory only cannot, and stays until its flow
    /// ends or expires.
    fn keep(&self, chat_id: i64, cached: Cached) {
        let mut map = self.map();
        if map.len() >= super::CACHED_PEOPLE {
            map.retain(|_, kept| matches!(kept, Cached::InMemory { .. }));
        }
        map.insert(chat_id, cached);
    }

    pub(super) fn forget(&self, chat_id: i64) {
        self.map().remove(&chat_id);
    }
}

impl Store {
    /// The JSON state of `chat_id`'s unfinished flow, if any.
    pub async fn dialogue_state(&self, chat_id: i64) -> Result<Option<String>, StoreError> {
        if let Some(cached) = self.dialogues.map().get(&chat_id) {
            return Ok(cached.state());
        }
        let state: Option<String> = sqlx::query_scalar("SELECT state FROM dialogues WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        let cached = state.clone().map_or(Cached::Absent, Cached::Stored);
        self.dialogues.keep(chat_id, cached);
        Ok(state)
    }

    /// Keeps `chat_id`'s state as `keep` says; `now` (the application's
    /// clock) dates it for [`Store::delete_dialogues_idle_since`].
    pub async fn keep_dialogue_state(
        &self,
        chat_id: i64,
        keep: Keep,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let cached = match keep {
            Keep::Nothing => Cached::Absent,
            Keep::OnDisk(state) => Cached::Stored(state),
            Keep::InMemoryOnly(state) => Cached::InMemory { state, updated_at: now },
        };
        match &cached {
            Cached::Stored(state) => {
                sqlx::query(
                    "INSERT INTO dialogues (chat_id, state, updated_at) VALUES (?, ?, ?)
                     ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state,
                     updated_at = excluded.updated_at",
                )
                .bind(chat_id)
                .bind(state)
                .bind(instant_text(now))
                .execute(&self.pool)
                .await?;
            }
            Cached::Absent | Cached::InMemory { .. } => self.delete_dialogue_row(chat_id).await?,
        }
        self.dialogues.keep(chat_id, cached);
        Ok(())
    }

    /// Deletes `chat_id`'s row, unless this process knows there is none.
    async fn delete_dialogue_row(&self, chat_id: i64) -> Result<(), StoreError> {
        let known_absent =
            matches!(self.dialogues.map().get(&chat_id), Some(Cached::Absent | Cached::InMemory { .. }));
        if !known_absent {
            sqlx::query("DELETE FROM dialogues WHERE chat_id = ?").bind(chat_id).execute(&self.pool).await?;
        }
        Ok(())
    }

    /// Deletes the state of flows whose last step was before `cutoff`, in
    /// the table and in memory, so that answers of an abandoned check do not
    /// stay. Returns how many.
    pub async fn delete_dialogues_idle_since(&self, cutoff: DateTime<Utc>) -> Result<u64, StoreError> {
        let deleted: Vec<i64> =
            sqlx::query_scalar("DELETE FROM dialogues WHERE updated_at < ? RETURNING chat_id")
                .bind(instant_text(cutoff))
                .fetch_all(&self.pool)
                .await?;
        let mut cache = self.dialogues.map();
        let mut count = deleted.len() as u64;
        for chat_id in &deleted {
            cache.insert(*chat_id, Cached::Absent);
        }
        for cached in cache.values_mut() {
            if matches!(cached, Cached::InMemory { updated_at, .. } if *updated_at < cutoff) {
                *cached = Cached::Absent;
                count += 1;
            }
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_forgets_what_it_can_read_again_but_never_a_state_held_only_in_memory() {
        let cache = DialogueCache::default();
        cache.keep(-1, Cached::InMemory { state: "check".into(), updated_at: Utc::now() });
        for chat in 0..super::super::CACHED_PEOPLE as i64 {
            cache.keep(chat, Cached::Absent);
        }
        let map = cache.map();
        assert!(map.len() < 100, "{} chats kept", map.len());
        assert!(matches!(map.get(&-1), Some(Cached::InMemory { .. })));
    }
}
