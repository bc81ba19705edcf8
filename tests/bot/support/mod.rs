//! `TestApp`: the real application on a fresh database, talking to a fresh
//! Bot API stand-in; `Person`: a Telegram user writing to it.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use teloxide::dispatching::ShutdownToken;
use traineebot::app::{AppError, Application};
use traineebot::config::Config;
use traineebot::domain::clock::{Clock, ManualClock};
use traineebot::domain::members::Role;
use traineebot::standin::{Call, FakeBotApi};
use traineebot::store::NewInvitation;
use traineebot::store::Store;

/// The header row of the documented positions CSV format.
pub const CSV_HEADER: &str =
    "external_id,programme,title,employer,place,extent_percent,employment,deadline,url,description\n";

/// A database made by an older release: the shipped migrations whose file
/// names sort before `first_new` (e.g. "0009"), applied, nothing else. The
/// directory holds the file; keep it while the store is used.
pub async fn database_before(first_new: &str) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let old = dir.path().join("migrations");
    std::fs::create_dir(&old).unwrap();
    for entry in std::fs::read_dir("migrations").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.as_str() < first_new {
            std::fs::copy(&path, old.join(&name)).unwrap();
        }
    }
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    let store = Store::open(&url).await.unwrap();
    sqlx::migrate::Migrator::new(old.as_path()).await.unwrap().run(store.pool()).await.unwrap();
    (dir, store)
}

/// Ids of the messages people send, unique like Telegram's.
static NEXT_MESSAGE_ID: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(900_000);

/// How long to wait for the bot before a test fails.
const PATIENCE: Duration = Duration::from_secs(15);

pub struct TestApp {
    pub api: FakeBotApi,
    pub store: Store,
    /// The application's clock; tests move it.
    pub clock: Arc<ManualClock>,
    config: Config,
    shutdown: ShutdownToken,
    task: tokio::task::JoinHandle<Result<(), AppError>>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// Starts the application with the shipped catalogue and settings.
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(|_| {}).await
    }

    /// Starts the application with `coordinator` as the one coordinator.
    pub async fn spawn_with_coordinator(coordinator: i64) -> TestApp {
        TestApp::spawn_with(|config| config.coordinator_ids = vec![coordinator]).await
    }

    /// Starts the application with settings changed by `adjust`.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
        let api = FakeBotApi::start().await.expect("the stand-in starts");
        let dir = tempfile::tempdir().expect("a temporary directory");
        let database = format!("sqlite://{}", dir.path().join("test.db").display());
        let mut config = Config::local(&api.url(), &database).expect("the test settings are valid");
        adjust(&mut config);
        let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
        TestApp::start(api, dir, config, clock).await
    }

    async fn start(
        api: FakeBotApi,
        dir: tempfile::TempDir,
        config: Config,
        clock: Arc<ManualClock>,
    ) -> TestApp {
        let app =
            Application::build_with_clock(&config, clock.clone()).await.expect("the application builds");
        let app = app.with_poll_timeout(Duration::from_secs(1));
        let shutdown = app.shutdown_token();
        let store = app.store().clone();
        let task = tokio::spawn(app.run());
        TestApp { api, store, clock, config, shutdown, task, _dir: dir }
    }

    /// Stops the application and starts it again on the same database,
    /// stand-in and clock, as after a crash or an upgrade.
    pub async fn restart(mut self) -> TestApp {
        self.shutdown_and_wait().await;
        let TestApp { api, config, clock, _dir, .. } = self;
        TestApp::start(api, _dir, config, clock).await
    }

    /// Like [`TestApp::restart`], with the clock set to `now` while the
    /// application is down.
    pub async fn restart_at(mut self, now: chrono::DateTime<chrono::Utc>) -> TestApp {
        self.shutdown_and_wait().await;
        self.clock.set(now);
        let TestApp { api, config, clock, _dir, .. } = self;
        TestApp::start(api, _dir, config, clock).await
    }

    /// A private-chat user with Telegram's `language_code` set to `hint`.
    pub fn person(&self, id: i64, hint: Option<&str>) -> Person<'_> {
        self.person_named(id, hint, "Testperson")
    }

    /// A person whose Telegram first name is `name`.
    pub fn person_named(&self, id: i64, hint: Option<&str>, name: &str) -> Person<'_> {
        Person { app: self, id, hint: hint.map(str::to_owned), name: name.to_owned(), cursor: Cell::new(0) }
    }

    /// A fresh invitation code for `role` in `programme` (and `cohort`), valid 14 days.
    /// A coordinator invitation is for the organisation that runs `programme`.
    pub async fn invitation(&self, role: Role, programme: &str, cohort: Option<&str>) -> String {
        let organisation =
            self.config.catalogue.programme(programme).expect("a programme").organisation.clone();
        let cohort_id = match cohort {
            Some(name) => Some(self.store.ensure_cohort(programme, &organisation, name).await.unwrap().id),
            None => None,
        };
        let programme = if role == Role::Coordinator { "" } else { programme };
        let invitation = NewInvitation {
            role,
            programme: programme.to_owned(),
            organisation,
            cohort_id,
            new_cohort: None,
            expires_at: self.clock.now() + chrono::Duration::days(14),
            created_by: None,
        };
        self.store.create_invitation(&invitation).await.unwrap()
    }

    /// Stops the application the way Ctrl-C does and waits for it.
    async fn shutdown_and_wait(&mut self) {
        let stopped = tokio::time::timeout(PATIENCE, traineebot::app::stop(&self.shutdown, &mut self.task));
        stopped
            .await
            .expect("the app stops in time")
            .expect("the app task ends")
            .expect("the app stops cleanly");
    }

    /// The application's DATABASE_URL (for running the CLI on it).
    pub fn database_url(&self) -> String {
        self.config.database_url.clone()
    }

    /// A number from the database, e.g. `SELECT COUNT(*) FROM users`.
    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(self.store.pool()).await.expect("the query runs")
    }

    /// Waits until `sql` (a `COUNT(*)` query) gives `expected`.
    pub async fn wait_until_count(&self, sql: &str, expected: i64) {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        while self.count(sql).await != expected {
            assert!(tokio::time::Instant::now() < deadline, "{sql} never gave {expected}");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Runs the binary on this app's database (settings shipped with it,
    /// no token); returns its exit code, stdout and stderr.
    pub fn cli(&self, args: &[&str]) -> (Option<i32>, String, String) {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_traineebot"))
            .args(args)
            .env("DATABASE_URL", self.database_url())
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("TRAINEEBOT_CONFIG")
            .env_remove("TRAINEEBOT_CATALOGUE")
            .output()
            .expect("the binary runs");
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        (output.status.code(), text(&output.stdout), text(&output.stderr))
    }

    /// Waits until the outbox has sent everything due by the app's clock
    /// (notices included), so that a person made `reading_from_now` sees
    /// only what comes after.
    pub async fn wait_for_outbox(&self) {
        use traineebot::domain::clock::Clock;
        // A few seconds on: the outbox paces a chat to a message a second.
        let soon = self.clock.now() + chrono::TimeDelta::seconds(5);
        let now = soon.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let due = format!(
            "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending') AND due_at <= '{now}'"
        );
        self.wait_until_count(&due, 0).await;
    }

    /// Every value in every table, as text, to prove what is not stored.
    pub async fn database_dump(&self) -> String {
        let tables: Vec<String> = sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(self.store.pool())
            .await
            .unwrap();
        let mut dump = String::new();
        for table in tables {
            let sql = format!("SELECT * FROM \"{table}\"");
            for row in sqlx::query(&sql).fetch_all(self.store.pool()).await.unwrap() {
                use sqlx::{Row, ValueRef};
                for index in 0..row.len() {
                    let raw = row.try_get_raw(index).unwrap();
                    if !raw.is_null() {
                        let text: String = row.try_get_unchecked(index).unwrap_or_default();
                        dump.push_str(&format!("{table}: {text}\n"));
                    }
                }
            }
        }
        dump
    }

    /// The outbox as the sender sees it, to explain a message that never came.
    async fn outbox_rows(&self) -> Vec<(i64, i64, String, String, i64, Option<String>)> {
        sqlx::query_as("SELECT id, chat_id, status, due_at, attempts, last_error FROM outbox ORDER BY id")
            .fetch_all(self.store.pool())
            .await
            .unwrap_or_default()
    }

    /// Waits until a call matching `pred` appears at index `from` or later.
    pub async fn wait_for_call(&self, from: usize, pred: impl Fn(&Call) -> bool) -> (usize, Call) {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let calls = self.api.calls_since(from);
            if let Some(found) = calls.iter().position(&pred) {
                return (from + found, calls[found].clone());
            }
            if tokio::time::Instant::now() > deadline {
                let methods: Vec<_> = calls.iter().map(|c| (&c.method, &c.params)).collect();
                let outbox = self.outbox_rows().await;
                panic!(
                    "the bot did not make the expected call; calls since {from}: {methods:#?}\n\
                     outbox (id, chat, status, due, attempts, error): {outbox:#?}"
                );
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
}

/// A message the bot sent or edited, as the person sees it.
#[derive(Clone, Debug)]
pub struct Sent {
    pub method: String,
    pub message_id: i64,
    pub text: String,
    /// Button labels, row by row.
    pub buttons: Vec<Vec<String>>,
    markup: Value,
}

impl Sent {
    fn from_call(call: &Call) -> Sent {
        let result = call.result.as_ref().expect("a successful call");
        let markup = call.params["reply_markup"].clone();
        let buttons = markup["inline_keyboard"]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|row| {
                        let row = row.as_array().expect("a row is a list");
                        row.iter().map(|b| b["text"].as_str().unwrap_or_default().to_owned()).collect()
                    })
                    .collect()
            })
            .unwrap_or_default();
        Sent {
            method: call.method.clone(),
            message_id: result["message_id"].as_i64().expect("a message id"),
            text: call.params["text"].as_str().unwrap_or_default().to_owned(),
            buttons,
            markup,
        }
    }

    /// The callback data of the button labelled `label`.
    pub fn data_of(&self, label: &str) -> String {
        self.markup["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().into_iter().flatten())
            .find(|b| b["text"] == label)
            .and_then(|b| b["callback_data"].as_str())
            .unwrap_or_else(|| panic!("no button {label:?} in {:?}", self.buttons))
            .to_owned()
    }

    /// All button labels, in reading order.
    pub fn labels(&self) -> Vec<&str> {
        self.buttons.iter().flatten().map(String::as_str).collect()
    }
}

/// A Telegram user in a private chat with the bot.
pub struct Person<'a> {
    app: &'a TestApp,
    pub id: i64,
    hint: Option<String>,
    name: String,
    /// Index of the first call not yet looked at by `reply`.
    cursor: Cell<usize>,
}

impl Person<'_> {
    fn user(&self) -> Value {
        let mut user = json!({ "id": self.id, "is_bot": false, "first_name": self.name });
        if let Some(hint) = &self.hint {
            user["language_code"] = json!(hint);
        }
        user
    }

    fn chat(&self) -> Value {
        json!({ "id": self.id, "type": "private", "first_name": self.name })
    }

    /// A message from this person with extra fields (`text`, `sticker`, ...).
    pub fn message(&self, fields: Value) -> Value {
        let mut message = json!({
            "message_id": NEXT_MESSAGE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            "date": chrono::Utc::now().timestamp(),
            "chat": self.chat(),
            "from": self.user(),
        });
        for (key, value) in fields.as_object().expect("fields are an object") {
            message[key] = value.clone();
        }
        message
    }

    /// Sends a text message (commands get their bot_command entity).
    pub fn send(&self, text: &str) {
        let mut fields = json!({ "text": text });
        if text.starts_with('/') {
            let length = text.split_whitespace().next().unwrap_or(text).encode_utf16().count();
            fields["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": length }]);
        }
        self.app.api.push_update(json!({ "message": self.message(fields) }));
    }

    /// Sends `content` as a document called `name` (CSV files as text/csv).
    pub fn send_document(&self, name: &str, content: &[u8]) {
        let file_id = format!("file-{}-{}", self.id, self.app.api.call_count());
        self.app.api.add_file(&file_id, content.to_vec());
        let document = json!({ "document": {
            "file_id": file_id, "file_unique_id": format!("u{file_id}"), "file_name": name,
            "mime_type": if name.ends_with(".csv") { "text/csv" } else { "application/pdf" },
            "file_size": content.len(),
        }});
        self.send_update(json!({ "message": self.message(document) }));
    }

    /// Sends any update kind built around one of this person's messages.
    pub fn send_update(&self, update: Value) {
        self.app.api.push_update(update);
    }

    /// The next message the bot sent to (or edited in) this chat.
    pub async fn reply(&self) -> Sent {
        let id = self.id;
        let (index, call) = self
            .app
            .wait_for_call(self.cursor.get(), |call| {
                matches!(call.method.as_str(), "sendMessage" | "editMessageText")
                    && call.params["chat_id"].as_i64() == Some(id)
                    && call.result.is_some()
            })
            .await;
        self.cursor.set(index + 1);
        Sent::from_call(&call)
    }

    /// Sends a text that replies to the bot's message `to` in this chat.
    ///
    /// A person sees a message once Telegram has answered the bot, and the
    /// bot records a message from its outbox as sent just after; no one
    /// replies faster than that, so this waits for the record first.
    pub async fn send_reply(&self, text: &str, to: i64) {
        let in_flight =
            format!("SELECT COUNT(*) FROM outbox WHERE chat_id = {} AND status = 'sending'", self.id);
        self.app.wait_until_count(&in_flight, 0).await;
        let replied = self.app.api.message(self.id, to).expect("the bot sent this message");
        let message = self.message(json!({ "text": text, "reply_to_message": replied }));
        self.app.api.push_update(json!({ "message": message }));
    }

    /// The next copy of someone's message the bot delivered to this chat:
    /// (the chat it came from, its id there, its id in this chat).
    pub async fn copy(&self) -> (i64, i64, i64) {
        let call = self.next_copy().await;
        let param = |name: &str| call.params[name].as_i64().expect("an id");
        (param("from_chat_id"), param("message_id"), call.result.unwrap()["message_id"].as_i64().unwrap())
    }

    /// The next successful copyMessage into this chat.
    async fn next_copy(&self) -> Call {
        let id = self.id;
        let (index, call) = self
            .app
            .wait_for_call(self.cursor.get(), |call| {
                call.method == "copyMessage"
                    && call.params["chat_id"].as_i64() == Some(id)
                    && call.result.is_some()
            })
            .await;
        self.cursor.set(index + 1);
        call
    }

    /// The next message copied into this chat (its id and buttons), and the
    /// chat it came from.
    pub async fn copied(&self) -> (i64, Sent) {
        let call = self.next_copy().await;
        (call.params["from_chat_id"].as_i64().expect("an id"), Sent::from_call(&call))
    }

    /// /ask as someone of no organisation: chooses `programme` (its button
    /// label) and returns the prompt for the question.
    pub async fn asks_about(&self, programme: &str) -> Sent {
        let choice = self.says("/ask").await;
        assert_eq!(self.press(&choice, programme).await, None, "{}", choice.text);
        self.reply().await
    }

    /// Joins with invitation `code` and returns the welcome.
    pub async fn joins(&self, code: &str) -> Sent {
        self.says(&format!("/start {code}")).await
    }

    /// The next document the bot sent to this chat: (file name, content, caption).
    pub async fn document(&self) -> (String, String, String) {
        let id = self.id;
        let (index, call) = self
            .app
            .wait_for_call(self.cursor.get(), |call| {
                call.method == "sendDocument" && call.params["chat_id"].as_i64() == Some(id)
            })
            .await;
        self.cursor.set(index + 1);
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let document = &call.params["document"];
        (text(&document["file_name"]), text(&document["content"]), text(&call.params["caption"]))
    }

    /// The same person, reading only what the bot sends from now on (after
    /// a restart, say).
    pub fn reading_from_now(self) -> Self {
        self.cursor.set(self.app.api.call_count());
        self
    }

    /// Sends `text` and returns the bot's next message.
    pub async fn says(&self, text: &str) -> Sent {
        self.send(text);
        self.reply().await
    }

    /// Presses the button labelled `label` and returns the notice the bot
    /// showed (the callback answer's text).
    pub async fn press(&self, sent: &Sent, label: &str) -> Option<String> {
        self.press_data(sent, &sent.data_of(label)).await
    }

    /// Presses a button on `sent` carrying `data`, which may be forged. A
    /// notice must be an alert the person dismisses, never a vanishing toast.
    pub async fn press_data(&self, sent: &Sent, data: &str) -> Option<String> {
        let message = self.app.api.message(self.id, sent.message_id).expect("the bot sent this message");
        let query_id = format!("cq-{}-{}", self.id, self.app.api.calls().len());
        self.app.api.push_update(json!({ "callback_query": {
            "id": query_id,
            "from": self.user(),
            "message": message,
            "chat_instance": "test",
            "data": data,
        }}));
        let (_, answer) = self
            .app
            .wait_for_call(0, |call| {
                call.method == "answerCallbackQuery" && call.params["callback_query_id"] == query_id.as_str()
            })
            .await;
        let notice = answer.params["text"].as_str().map(str::to_owned);
        if let Some(text) = &notice {
            assert_eq!(answer.params["show_alert"], true, "the notice {text:?} vanishes as a toast");
        }
        notice
    }

    /// Asserts that the bot sent nothing more to this chat (after giving it a
    /// moment to do so).
    pub async fn hears_nothing_more(&self) {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let id = self.id;
        let more: Vec<_> = self
            .app
            .api
            .calls_since(self.cursor.get())
            .into_iter()
            .filter(|c| c.method != "answerCallbackQuery" && c.params["chat_id"].as_i64() == Some(id))
            .collect();
        assert!(more.is_empty(), "unexpected messages: {more:#?}");
    }
}
