//! Builds the application (store, migrations, handler tree) and runs it until
//! it is told to stop.

use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::ShutdownToken;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::update_listeners::Polling;

use crate::bot::{self, AppState, BotError, StateStore};
use crate::config::{Config, ConfigError};
use crate::domain::clock::{Clock, SystemClock};
use crate::i18n::{I18n, I18nError, Tr};
use crate::jobs::feed::FeedClient;
use crate::services::Services;
use crate::store::{InstanceLock, Store, StoreError};
use crate::telegram::dialogues::DialogueStore;

/// How long one getUpdates call waits for news (long polling).
pub const POLL_TIMEOUT: Duration = Duration::from_secs(10);
/// How many workers handle updates. teloxide keeps a worker, with a
/// channel and a task, for every key it was given while busy; keyed by chat
/// (its default), memory grew with every person who ever wrote at a busy
/// moment. Keyed by chat id modulo this, a chat's updates are still handled
/// one after another, in order, and memory stays flat however many people
/// write.
pub const UPDATE_WORKERS: i64 = 32;

/// The worker of an update: its chat's, out of [`UPDATE_WORKERS`]; updates
/// without a chat are handled at once, each on its own.
fn worker_of(update: &teloxide::types::Update) -> Option<i64> {
    update.chat().map(|chat| chat.id.0.rem_euclid(UPDATE_WORKERS))
}

/// How long a stop waits for the outbox to record its sends in flight.
pub const OUTBOX_DRAIN: Duration = Duration::from_secs(5);

/// Why the application could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Locales(#[from] I18nError),
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Feed(#[from] crate::jobs::feed::FeedFailure),
    #[error("could not reach the Telegram Bot API: {0}")]
    Telegram(#[from] teloxide::RequestError),
    #[error(
        "the database {database} is damaged (SQLite's quick_check: {report}). Stop here: restore the latest \
         backup (see the README, traineebot backup) or ask for help; nothing was changed"
    )]
    Damaged { database: String, report: String },
}

/// The running bot: its store and dispatcher.
pub struct Application {
    bot: Bot,
    store: Store,
    tr: Tr,
    dispatcher: Dispatcher<Bot, BotError, i64>,
    poll_timeout: Duration,
    outbox: crate::config::OutboxLimits,
    clock: Arc<dyn Clock>,
    services: Services,
    mentoring: crate::config::Mentoring,
    retention: crate::config::Retention,
    coordinator_ids: Vec<i64>,
    /// The reader of NAV's job feed, when `[feed]` is configured.
    feed: Option<Arc<FeedClient>>,
    /// One bot per database.
    _instance: InstanceLock,
}

impl Application {
    /// Opens the store, applies migrations, loads the locales and builds the
    /// handler tree. Needs the token.
    pub async fn build(config: &Config) -> Result<Application, AppError> {
        Application::build_with_clock(config, Arc::new(SystemClock)).await
    }

    /// Like [`Application::build`], with time from `clock` (tests move it).
    pub async fn build_with_clock(config: &Config, clock: Arc<dyn Clock>) -> Result<Application, AppError> {
        let token = config.require_token()?;
        let instance = InstanceLock::take(&config.database_url)?;
        let store = Store::open(&config.database_url).await?;
        // A damaged file is refused before anything is written to it.
        let (_, report) = store.check().await?;
        if report != "ok" {
            store.close().await;
            return Err(AppError::Damaged { database: config.database_url.clone(), report });
        }
        store.migrate().await?;
        let changed = store.adopt_catalogue(&config.catalogue).await?;
        if changed > 0 {
            tracing::info!(rows = changed, "brought rows of an older release up to date with the catalogue");
        }
        let i18n = Arc::new(I18n::load()?);
        let mut bot = Bot::new(token.expose());
        if let Some(url) = &config.api_url {
            bot = bot.set_api_url(url.clone());
        }
        let state = Arc::new(AppState::new(config, store.clone(), i18n.clone(), clock.clone()));
        let services = state.services.clone();
        let dialogues: Arc<StateStore> = DialogueStore::new(store.clone(), clock.clone());
        let dispatcher = Dispatcher::builder(bot.clone(), bot::schema())
            .dependencies(dptree::deps![state, dialogues])
            .default_handler(|_| async {})
            .distribution_function(worker_of)
            .error_handler(LoggingErrorHandler::with_custom_text("a handler failed"))
            .build();
        let tr = Tr::new(i18n, crate::domain::Lang::En);
        let feed = config.feed.clone().map(FeedClient::new).transpose()?.map(Arc::new);
        Ok(Application {
            bot,
            store,
            tr,
            dispatcher,
            poll_timeout: POLL_TIMEOUT,
            outbox: config.outbox,
            clock,
            services,
            mentoring: config.mentoring,
            retention: config.retention,
            coordinator_ids: config.coordinator_ids.clone(),
            feed,
            _instance: instance,
        })
    }

    /// Uses a shorter long-polling timeout (tests stop faster with it).
    pub fn with_poll_timeout(mut self, timeout: Duration) -> Application {
        self.poll_timeout = timeout;
        self
    }

    /// A token that stops [`Application::run`] when shut down.
    pub fn shutdown_token(&self) -> ShutdownToken {
        self.dispatcher.shutdown_token()
    }

    /// The store, for tests that check database effects.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Registers the command menus, then handles updates until shut down.
    pub async fn run(mut self) -> Result<(), AppError> {
        let named = self.services.named_coordinators(&crate::domain::organisations::Scope::Everything);
        let coordinators: Vec<i64> =
            named.into_iter().filter(|id| !self.coordinator_ids.contains(id)).collect();
        if let Err(error) =
            bot::register_commands(&self.bot, &self.tr, &self.coordinator_ids, &coordinators).await
        {
            tracing::warn!(%error, "could not register the command menu; going on without it");
        }
        let listener =
            Polling::builder(self.bot.clone()).timeout(self.poll_timeout).delete_webhook().await.build();
        let expiry = tokio::spawn(crate::jobs::dialogue_expiry::run(self.store.clone(), self.clock.clone()));
        let watch = {
            let store = self.store.clone();
            tokio::spawn(async move { store.watch_changes().await })
        };
        let (stop_outbox, outbox_stop) = tokio::sync::watch::channel(false);
        let mut outbox = tokio::spawn(crate::jobs::outbox::run(
            self.store.clone(),
            self.bot.clone(),
            self.outbox,
            self.clock.clone(),
            outbox_stop,
        ));
        let reminders = tokio::spawn(crate::jobs::reminders::run(self.services.clone()));
        let progress = tokio::spawn(crate::jobs::broadcasts::run(
            self.store.clone(),
            self.bot.clone(),
            self.services.i18n.clone(),
            self.clock.clone(),
        ));
        let retention =
            tokio::spawn(crate::jobs::retention::run(self.store.clone(), self.retention, self.clock.clone()));
        let mentoring = tokio::spawn(crate::jobs::mentoring::run(self.services.clone(), self.mentoring));
        let feed = self
            .feed
            .clone()
            .map(|client| tokio::spawn(crate::jobs::feed::run(self.services.clone(), client)));
        tracing::info!("traineebot is running");
        let outcome = self
            .dispatcher
            .try_dispatch_with_listener(listener, LoggingErrorHandler::with_custom_text("polling failed"))
            .await;
        expiry.abort();
        watch.abort();
        if let Some(feed) = feed {
            feed.abort();
        }
        reminders.abort();
        // The outbox records its sends in flight; only one that hangs past
        // OUTBOX_DRAIN is cut off (its row is sent again on start).
        let _ = stop_outbox.send(true);
        if tokio::time::timeout(OUTBOX_DRAIN, &mut outbox).await.is_err() {
            tracing::warn!("the outbox did not stop in time; what was in flight is sent again on start");
            outbox.abort();
        }
        mentoring.abort();
        progress.abort();
        retention.abort();
        self.store.close().await;
        tracing::info!("traineebot stopped");
        Ok(outcome?)
    }
}

/// Runs the application until Ctrl-C or SIGTERM, then shuts down cleanly.
pub async fn run_until_signal(app: Application) -> Result<(), AppError> {
    let token = app.shutdown_token();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("stopping: finishing the updates in hand");
        // The dispatcher may still be starting; try until it is running.
        while token.shutdown().is_err() {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    app.run().await
}

/// Stops an application running as `task`: asks its dispatcher to shut
/// down (again while it is still starting) and waits for the task to end.
///
/// teloxide's own "shut down" future is not awaited: it is made after the
/// dispatcher may already have said it stopped, and then it waits forever
/// (the demo hung so, about once in ten runs).
pub async fn stop<T>(
    token: &ShutdownToken,
    task: &mut tokio::task::JoinHandle<T>,
) -> Result<T, tokio::task::JoinError> {
    while !task.is_finished() && token.shutdown().is_err() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    task.await
}

async fn wait_for_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update_from(chat: i64) -> teloxide::types::Update {
        // From text, as Telegram sends it (the update's kind does not read from a `Value`).
        serde_json::from_str(
            &serde_json::json!({
                "update_id": 1,
                "message": { "message_id": 1, "date": 1_700_000_000, "text": "hei",
                             "from": { "id": chat.unsigned_abs(), "is_bot": false, "first_name": "A" },
                             "chat": { "id": chat, "type": "group", "title": "A" } }
            })
            .to_string(),
        )
        .unwrap()
    }

    #[test]
    fn a_chat_always_goes_to_the_same_worker_and_there_are_only_so_many() {
        let workers: std::collections::HashSet<i64> =
            (1..=20_000).map(|chat| worker_of(&update_from(chat)).unwrap()).collect();
        assert_eq!(workers.len(), UPDATE_WORKERS as usize);
        assert_eq!(worker_of(&update_from(4242)), worker_of(&update_from(4242)));
        assert_eq!(worker_of(&update_from(-100_123)), Some((-100_123_i64).rem_euclid(UPDATE_WORKERS)));
    }
}
