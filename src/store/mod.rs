//! The SQLite store: one pool, one file. SQL lives only in this module.

mod alerts;
mod audit;
mod broadcasts;
mod concerns;
mod dialogues;
mod feed;
mod gatherings;
mod members;
mod organisations;
mod outbox;
mod positions;
mod privacy;
mod questions;
mod relays;
mod report;
mod stats;
mod users;

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, SqlitePool};

pub use alerts::{Alert, SaveAlert, MAX_ALERTS_PER_PERSON};
pub use audit::{AuditEntry, NewAuditEntry};
pub use broadcasts::{BroadcastSummary, LanguageProgress, NewBroadcast, Progress, Within};
pub use concerns::{Concern, ConcernKey};
pub use dialogues::Keep;
pub use feed::{FeedApplied, FeedChunk, FeedState};
pub use gatherings::{GatheringChange, Revised};
pub use members::{Cohort, Joiner, Linked, Member, NewInvitation, Redeemed};
pub use organisations::OpenInvitation;
pub use outbox::{Delivery, OutboxRow, QueuedMessage};
pub use positions::{ImportSummary, StoredPosition};
pub use privacy::Forgotten;
pub use questions::Question;
pub use relays::{Relay, Route, SilentPair};
pub use report::ReportRow;
pub use stats::Stats;
pub use users::Profile;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not apply migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("state could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("could not create the database file: {0}")]
    File(std::io::Error),
    #[error("a background task failed: {0}")]
    Task(String),
    #[error(
        "another traineebot is already running on {0}: one bot per database, or messages would be sent twice. \
         Stop the other one first"
    )]
    InUse(String),
}

impl StoreError {
    /// Whether the database was busy (locked by another writer past the
    /// busy timeout): worth another try.
    pub fn is_busy(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::Database(error)) => {
                // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
                error
                    .code()
                    .and_then(|code| code.parse::<i32>().ok())
                    .is_some_and(|code| matches!(code & 0xff, 5 | 6))
            }
            _ => false,
        }
    }
}

/// How often a person's message is written before the bot gives up and says
/// "something went wrong": each try waits up to the busy timeout.
const INTERACTIVE_TRIES: u32 = 3;

/// How often [`Store::watch_changes`] looks for commits of other processes.
pub const CHANGE_LOOK: Duration = Duration::from_millis(500);

/// Handle to the database; cheap to clone (clones share the pool and caches).
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    languages: users::LanguageCache,
    dialogues: dialogues::DialogueCache,
    seen: users::SeenCache,
    outbox_wake: std::sync::Arc<tokio::sync::Notify>,
    scheduler_wake: std::sync::Arc<tokio::sync::Notify>,
    /// How to open a connection of its own to watch for commits of other
    /// processes (`None` for an in-memory database, which has none).
    watch: Option<SqliteConnectOptions>,
}

impl Store {
    /// Opens (creating if missing) the SQLite database at `url` in WAL mode.
    /// A new file is readable by its owner only (SQLite gives its -wal and
    /// -shm files the same mode), and deleted rows are overwritten
    /// (`secure_delete`), so that what /forget deletes does not linger in
    /// free pages.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(5));
        create_private(options.get_filename())?;
        let watch = (!in_memory(options.get_filename())).then(|| options.clone());
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            // A connection to a local file does not go stale; sqlx still
            // checks each one when it is given back, so the check before
            // every query only cost a round trip to the connection's thread.
            .test_before_acquire(false)
            // A connection still in a transaction when it comes back (a COMMIT
            // that failed on a full disk, whose ROLLBACK then failed too) would
            // fail every later transaction: it is closed, not kept.
            .after_release(|connection, _| Box::pin(async move { Ok(!connection.is_in_transaction()) }))
            .connect_with(options)
            .await?;
        Ok(Store {
            pool,
            languages: users::LanguageCache::default(),
            dialogues: dialogues::DialogueCache::default(),
            seen: users::SeenCache::default(),
            outbox_wake: Default::default(),
            scheduler_wake: Default::default(),
            watch,
        })
    }

    /// Wakes the outbox and the scheduler when the database changes under
    /// them, as when the command line queues a broadcast or plans a
    /// gathering: SQLite's `data_version`, read every [`CHANGE_LOOK`] on a
    /// connection of its own, changes with every commit of another
    /// connection. A cheap read instead of a shorter sleep loop. Runs until
    /// dropped; returns at once for an in-memory database.
    pub async fn watch_changes(&self) {
        let Some(options) = &self.watch else { return };
        let mut connection = match sqlx::ConnectOptions::connect(options).await {
            Ok(connection) => connection,
            Err(error) => {
                tracing::warn!(%error, "cannot watch the database; work queued elsewhere waits for the next look");
                return;
            }
        };
        let mut seen = None;
        loop {
            match sqlx::query_scalar::<_, i64>("PRAGMA data_version").fetch_one(&mut connection).await {
                Ok(version) => {
                    if seen.is_some_and(|seen| seen != version) {
                        self.outbox_wake.notify_one();
                        self.scheduler_wake.notify_one();
                    }
                    seen = Some(version);
                }
                Err(error) => tracing::warn!(%error, "could not read the database's data_version"),
            }
            tokio::time::sleep(CHANGE_LOOK).await;
        }
    }

    /// Applies the embedded migrations that have not run yet, and records
    /// whom outbox rows queued by an older release are about.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        sqlx::migrate!("./migrations").run(&self.pool).await?;
        let older = self.record_people_of_older_rows().await?;
        if older > 0 {
            tracing::info!(rows = older, "recorded whom older outbox rows are about");
        }
        Ok(())
    }

    /// Begins a transaction that writes. It takes the write lock at once
    /// (`BEGIN IMMEDIATE`), waiting up to the busy timeout for another
    /// writer: a transaction that reads first and writes later would fail
    /// at once with "database is locked" if someone wrote in between.
    async fn write_transaction(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Runs `write` (a person's message being handed on: a relay, a
    /// question, a concern) and tries again while the database is busy, up
    /// to [`INTERACTIVE_TRIES`] times, so that a lock held a little past the
    /// busy timeout loses nothing.
    pub async fn patiently<T, F, Fut>(&self, write: F) -> Result<T, StoreError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, StoreError>>,
    {
        let mut tries = 1;
        loop {
            match write().await {
                Err(error) if error.is_busy() && tries < INTERACTIVE_TRIES => {
                    tracing::warn!(tries, "the database was busy; trying again");
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                outcome => return outcome,
            }
        }
    }

    /// Closes the pool, waiting for running queries.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Writes a consistent copy of the database to `file` (VACUUM INTO).
    /// The copy is readable by its owner only.
    pub async fn backup_to(&self, file: &str) -> Result<(), StoreError> {
        create_private(std::path::Path::new(file))?;
        sqlx::query("VACUUM INTO ?").bind(file).execute(&self.pool).await?;
        Ok(())
    }

    /// For `traineebot check`: how many embedded migrations are not applied
    /// yet, and SQLite's quick integrity check ("ok" when sound).
    pub async fn check(&self) -> Result<(usize, String), StoreError> {
        let migrator = sqlx::migrate!("./migrations");
        let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success = 1")
            .fetch_all(&self.pool)
            .await
            .unwrap_or_default();
        let pending = migrator.iter().filter(|m| !applied.contains(&m.version)).count();
        let integrity: String = sqlx::query_scalar("PRAGMA quick_check").fetch_one(&self.pool).await?;
        Ok((pending, integrity))
    }

    /// The underlying pool, for tests that check database effects.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

/// Held while a bot runs on a database file: a second bot on the same file
/// is refused (two would send every message twice). Released when dropped,
/// also when the process dies.
#[derive(Debug)]
pub struct InstanceLock {
    /// The open, locked file (`None` for a database in memory).
    _file: Option<std::fs::File>,
}

impl InstanceLock {
    /// Takes the lock of the database at `url` (its file `<database>.lock`);
    /// a database in memory needs none.
    pub fn take(url: &str) -> Result<InstanceLock, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?;
        let database = options.get_filename();
        if in_memory(database) {
            return Ok(InstanceLock { _file: None });
        }
        let mut path = database.as_os_str().to_owned();
        path.push(".lock");
        let file = owner_only().create(true).truncate(false).open(&path).map_err(StoreError::File)?;
        match file.try_lock() {
            Ok(()) => Ok(InstanceLock { _file: Some(file) }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse(database.display().to_string())),
            Err(std::fs::TryLockError::Error(error)) => Err(StoreError::File(error)),
        }
    }
}

/// Creates `path` empty and readable by its owner only (mode 0600), unless
/// it exists or is SQLite's in-memory database.
fn create_private(path: &std::path::Path) -> Result<(), StoreError> {
    if in_memory(path) || path.exists() {
        return Ok(());
    }
    match owner_only().create_new(true).open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(StoreError::File(error)),
    }
}

/// Whether `path` names SQLite's in-memory database rather than a file.
fn in_memory(path: &std::path::Path) -> bool {
    path.as_os_str().is_empty() || path.as_os_str() == ":memory:"
}

/// Options to open a file for writing that, when created, is readable by
/// its owner only (mode 0600).
fn owner_only() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// The most people each per-person cache (languages, last seen, dialogue
/// states) holds before it forgets what it can read again.
pub(crate) const CACHED_PEOPLE: usize = 50_000;

/// A UTC instant as stored: fixed width, so that text order is time order.
fn instant_text(instant: chrono::DateTime<chrono::Utc>) -> String {
    instant.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// A stored instant; text that is not one (never written by this store) is
/// an error, never a date in 1970.
fn parse_instant(text: &str) -> Result<chrono::DateTime<chrono::Utc>, sqlx::Error> {
    chrono::DateTime::parse_from_rfc3339(text).map(|t| t.to_utc()).map_err(|_| bad_value("instant", text))
}

/// The error for a stored value that no release of this store writes.
fn bad_value(column: &str, value: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: format!("unexpected value {value:?}").into(),
    }
}

/// Reads every row with `read`; a row that cannot be read is logged (by
/// its kind, never its content) and left out, so that one bad row neither
/// stops a list nor is taken for something it is not.
fn readable<T>(
    rows: &[sqlx::sqlite::SqliteRow],
    what: &'static str,
    read: impl Fn(&sqlx::sqlite::SqliteRow) -> Result<T, sqlx::Error>,
) -> Vec<T> {
    rows.iter()
        .filter_map(|row| match read(row) {
            Ok(value) => Some(value),
            Err(error) => {
                tracing::error!(what, %error, "skipping a stored row that cannot be read");
                None
            }
        })
        .collect()
}

fn now_text() -> String {
    instant_text(chrono::Utc::now())
}
