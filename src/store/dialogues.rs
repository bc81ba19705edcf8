//! teloxide's dialogue `Storage` on the project's own pool, so dialogues live
//! in the same SQLite file (teloxide's SqliteStorage would pin its own sqlx).
//!
//! Every update needs the chat's state, so reads are served from a
//! write-through cache; the database stays the record that survives a
//! restart. Only this process writes the table.

use std::collections::HashMap;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use serde::{de::DeserializeOwned, Serialize};
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::{instant_text, now_text, Store, StoreError};

/// The stored state (JSON) of every chat looked up so far; `None`: no flow.
#[derive(Clone, Debug, Default)]
pub(super) struct DialogueCache(Arc<Mutex<HashMap<i64, Option<String>>>>);

impl DialogueCache {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Option<String>>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn forget(&self, chat_id: i64) {
        self.map().remove(&chat_id);
    }
}

impl Store {
    /// The JSON state of `chat_id`'s unfinished flow, if any.
    async fn dialogue_state(&self, chat_id: i64) -> Result<Option<String>, StoreError> {
        if let Some(state) = self.dialogues.map().get(&chat_id) {
            return Ok(state.clone());
        }
        let state: Option<String> = sqlx::query_scalar("SELECT state FROM dialogues WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_optional(&self.pool)
            .await?;
        self.dialogues.map().insert(chat_id, state.clone());
        Ok(state)
    }

    /// Stores `state` for `chat_id`; `None` deletes it.
    async fn set_dialogue_state(&self, chat_id: i64, state: Option<String>) -> Result<(), StoreError> {
        match &state {
            Some(state) => {
                sqlx::query(
                    "INSERT INTO dialogues (chat_id, state, updated_at) VALUES (?, ?, ?)
                     ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state,
                     updated_at = excluded.updated_at",
                )
                .bind(chat_id)
                .bind(state)
                .bind(now_text())
                .execute(&self.pool)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM dialogues WHERE chat_id = ?")
                    .bind(chat_id)
                    .execute(&self.pool)
                    .await?;
            }
        }
        self.dialogues.map().insert(chat_id, state);
        Ok(())
    }

    /// Deletes the state of flows whose last step was before `cutoff`, so
    /// that answers of an abandoned check do not stay. Returns how many.
    pub async fn delete_dialogues_idle_since(
        &self,
        cutoff: chrono::DateTime<chrono::Utc>,
    ) -> Result<u64, StoreError> {
        let deleted: Vec<i64> =
            sqlx::query_scalar("DELETE FROM dialogues WHERE updated_at < ? RETURNING chat_id")
                .bind(instant_text(cutoff))
                .fetch_all(&self.pool)
                .await?;
        let mut cache = self.dialogues.map();
        for chat_id in &deleted {
            cache.insert(*chat_id, None);
        }
        Ok(deleted.len() as u64)
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Dialogue states of type `D`, stored as JSON, one row per chat. The default
/// state (no flow running) is never stored: setting it deletes the row.
pub struct DialogueStore<D> {
    store: Store,
    state: PhantomData<fn() -> D>,
}

impl<D> DialogueStore<D> {
    /// A dialogue storage on `store`'s pool.
    pub fn new(store: Store) -> Arc<Self> {
        Arc::new(DialogueStore { store, state: PhantomData })
    }
}

impl<D> Storage<D> for DialogueStore<D>
where
    D: Serialize + DeserializeOwned + Default + PartialEq + Send + 'static,
{
    type Error = StoreError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<Result<(), StoreError>> {
        Box::pin(async move { self.store.set_dialogue_state(chat_id.0, None).await })
    }

    fn update_dialogue(self: Arc<Self>, chat_id: ChatId, dialogue: D) -> BoxFuture<Result<(), StoreError>> {
        Box::pin(async move {
            let state = if dialogue == D::default() { None } else { Some(serde_json::to_string(&dialogue)?) };
            self.store.set_dialogue_state(chat_id.0, state).await
        })
    }

    fn get_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<Result<Option<D>, StoreError>> {
        Box::pin(async move {
            let state = self.store.dialogue_state(chat_id.0).await?;
            // A state the current code cannot read (left by an older version)
            // is treated as no dialogue, so the person can start again.
            Ok(state.and_then(|state| match serde_json::from_str(&state) {
                Ok(dialogue) => Some(dialogue),
                Err(error) => {
                    tracing::warn!(chat_id = chat_id.0, %error, "discarding unreadable dialogue state");
                    None
                }
            }))
        })
    }
}
