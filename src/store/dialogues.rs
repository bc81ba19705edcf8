//! teloxide's dialogue `Storage` on the project's own pool, so dialogues live
//! in the same SQLite file (teloxide's SqliteStorage would pin its own sqlx).

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

use serde::{de::DeserializeOwned, Serialize};
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::{instant_text, now_text, Store, StoreError};

impl Store {
    /// Deletes the state of flows whose last step was before `cutoff`, so
    /// that answers of an abandoned check do not stay. Returns how many.
    pub async fn delete_dialogues_idle_since(
        &self,
        cutoff: chrono::DateTime<chrono::Utc>,
    ) -> Result<u64, StoreError> {
        let deleted = sqlx::query("DELETE FROM dialogues WHERE updated_at < ?")
            .bind(instant_text(cutoff))
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected())
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
        Arc::new(DialogueStore {
            store,
            state: PhantomData,
        })
    }
}

impl<D> Storage<D> for DialogueStore<D>
where
    D: Serialize + DeserializeOwned + Default + PartialEq + Send + 'static,
{
    type Error = StoreError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<Result<(), StoreError>> {
        Box::pin(async move {
            sqlx::query("DELETE FROM dialogues WHERE chat_id = ?")
                .bind(chat_id.0)
                .execute(&self.store.pool)
                .await?;
            Ok(())
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: D,
    ) -> BoxFuture<Result<(), StoreError>> {
        if dialogue == D::default() {
            return self.remove_dialogue(chat_id);
        }
        Box::pin(async move {
            let state = serde_json::to_string(&dialogue)?;
            sqlx::query(
                "INSERT INTO dialogues (chat_id, state, updated_at) VALUES (?, ?, ?)
                 ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state,
                 updated_at = excluded.updated_at",
            )
            .bind(chat_id.0)
            .bind(state)
            .bind(now_text())
            .execute(&self.store.pool)
            .await?;
            Ok(())
        })
    }

    fn get_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<Result<Option<D>, StoreError>> {
        Box::pin(async move {
            let row: Option<(String,)> =
                sqlx::query_as("SELECT state FROM dialogues WHERE chat_id = ?")
                    .bind(chat_id.0)
                    .fetch_optional(&self.store.pool)
                    .await?;
            // A state the current code cannot read (left by an older version)
            // is treated as no dialogue, so the person can start again.
            Ok(row.and_then(|(state,)| match serde_json::from_str(&state) {
                Ok(dialogue) => Some(dialogue),
                Err(error) => {
                    tracing::warn!(chat_id = chat_id.0, %error, "discarding unreadable dialogue state");
                    None
                }
            }))
        })
    }
}
