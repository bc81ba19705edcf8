//! teloxide's dialogue `Storage` on the project's own store, so dialogues
//! live in the same SQLite file (teloxide's SqliteStorage would pin its own
//! sqlx). Time comes from the application's clock, so an abandoned flow
//! expires by the same time as everything else.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

use serde::{de::DeserializeOwned, Serialize};
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use crate::domain::clock::Clock;
use crate::store::{Keep, Store, StoreError};

/// A dialogue state type: JSON-serialisable, with a default meaning "no
/// flow running", and a say in whether a state may be written to disk.
pub trait DialogueState: Serialize + DeserializeOwned + Default + PartialEq + Send + 'static {
    /// Whether this state must stay in memory only.
    fn memory_only(&self) -> bool;
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Dialogue states of type `D`, stored as JSON, one row per chat. The default
/// state (no flow running) is never stored: setting it deletes the row; nor
/// is a state that is memory only.
pub struct DialogueStore<D> {
    store: Store,
    clock: Arc<dyn Clock>,
    state: PhantomData<fn() -> D>,
}

impl<D> DialogueStore<D> {
    /// A dialogue storage on `store`, dated by `clock`.
    pub fn new(store: Store, clock: Arc<dyn Clock>) -> Arc<Self> {
        Arc::new(DialogueStore { store, clock, state: PhantomData })
    }
}

impl<D: DialogueState> Storage<D> for DialogueStore<D> {
    type Error = StoreError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<Result<(), StoreError>> {
        Box::pin(
            async move { self.store.keep_dialogue_state(chat_id.0, Keep::Nothing, self.clock.now()).await },
        )
    }

    fn update_dialogue(self: Arc<Self>, chat_id: ChatId, dialogue: D) -> BoxFuture<Result<(), StoreError>> {
        Box::pin(async move {
            let keep = if dialogue == D::default() {
                Keep::Nothing
            } else if dialogue.memory_only() {
                Keep::InMemoryOnly(serde_json::to_string(&dialogue)?)
            } else {
                Keep::OnDisk(serde_json::to_string(&dialogue)?)
            };
            self.store.keep_dialogue_state(chat_id.0, keep, self.clock.now()).await
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
