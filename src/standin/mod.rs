//! A stand-in for the Telegram Bot API on 127.0.0.1. It speaks HTTP like
//! Telegram does (`POST /bot<token>/<method>`, `{"ok": ...}` answers), hands
//! out queued updates through long polling, records every call the bot makes,
//! and can fail chosen calls the way Telegram does (429, 403, 5xx).
//!
//! Integration tests and the benchmark drive the real bot through it.

pub mod feed;
mod replies;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::sync::Notify;
use url::Url;

/// The bot's own user id in the stand-in.
pub const BOT_USER_ID: i64 = 4_242_424_242;
/// The bot's username in the stand-in.
pub const BOT_USERNAME: &str = "traineebot_standin_bot";

/// One call the bot made, as received.
#[derive(Clone, Debug)]
pub struct Call {
    /// The Bot API method, e.g. `sendMessage`.
    pub method: String,
    /// The JSON parameters (`Value::Null` for other encodings).
    pub params: Value,
    /// The error the stand-in answered with, if it failed the call.
    pub failed_with: Option<u16>,
    /// The result it answered with, if the call succeeded.
    pub result: Option<Value>,
    /// When the call arrived.
    pub received_at: std::time::Instant,
    /// Refused with 429 because the bot went over the enforced rate limits
    /// (not an injected fault).
    pub rate_limited: bool,
}

/// Telegram's sending limits, enforced when set with [`FakeBotApi::enforce_limits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimits {
    /// Messages a second to all chats together (sliding one-second window).
    pub per_second: usize,
    /// The least time between two messages to one chat.
    pub chat_interval: Duration,
}

/// A failure to answer one call with, as Telegram would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// 429 Too Many Requests with `retry_after` seconds.
    RetryAfter(u32),
    /// 403: the user blocked the bot.
    Blocked,
    /// 403 with this description (wordings teloxide may not know).
    Forbidden(&'static str),
    /// 500 Internal Server Error.
    ServerError,
}

#[derive(Default)]
struct Inner {
    updates: VecDeque<Value>,
    next_update_id: i64,
    calls: Vec<Call>,
    next_message_id: i64,
    /// Messages the bot sent, by (chat id, message id), as last edited.
    messages: HashMap<(i64, i64), Value>,
    faults: VecDeque<(String, Fault)>,
    /// Files people sent, by file id: (file path, content).
    files: HashMap<String, (String, Vec<u8>)>,
    limits: Option<RateLimits>,
    /// When recent messages were accepted (for the one-second window).
    recent_sends: VecDeque<std::time::Instant>,
    last_to_chat: HashMap<i64, std::time::Instant>,
    /// How long each answer takes (a slow Telegram).
    latency: Duration,
    /// Faults that come back: (method, every how many calls, fault, calls so far).
    recurring: Vec<(String, u64, Fault, u64)>,
}

struct Shared {
    inner: Mutex<Inner>,
    new_update: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves plain data behind; go on with it.
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A running stand-in server. It stops when dropped.
pub struct FakeBotApi {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeBotApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeBotApi {
    /// Starts a stand-in on 127.0.0.1 at a free port.
    pub async fn start() -> std::io::Result<FakeBotApi> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner { next_update_id: 1, next_message_id: 1, ..Inner::default() }),
            new_update: Notify::new(),
        });
        let router = Router::new()
            .route("/{token}/{method}", post(handle))
            .route("/file/{token}/{path}", get(download))
            .with_state(shared.clone());
        let server = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, router).await {
                tracing::error!(%error, "the Bot API stand-in stopped");
            }
        });
        Ok(FakeBotApi { addr, shared, server })
    }

    /// The URL to give the bot as TELOXIDE_API_URL.
    pub fn url(&self) -> Url {
        Url::parse(&format!("http://{}/", self.addr)).expect("a socket address makes a valid URL")
    }

    /// Queues an update; `kind` is the update without `update_id`, e.g.
    /// `{"message": {...}}`. Returns the update id.
    pub fn push_update(&self, mut kind: Value) -> i64 {
        let id = {
            let mut inner = self.shared.lock();
            let id = inner.next_update_id;
            inner.next_update_id += 1;
            kind["update_id"] = json!(id);
            inner.updates.push_back(kind);
            id
        };
        self.shared.new_update.notify_waiters();
        id
    }

    /// Every call the bot has made so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// How many calls the bot has made so far (cheap: copies nothing).
    pub fn call_count(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// Calls from index `from` on, without copying the earlier ones.
    pub fn calls_since(&self, from: usize) -> Vec<Call> {
        self.shared.lock().calls.get(from..).map(<[Call]>::to_vec).unwrap_or_default()
    }

    /// A message the bot sent, as it looks now (after any edits).
    pub fn message(&self, chat_id: i64, message_id: i64) -> Option<Value> {
        self.shared.lock().messages.get(&(chat_id, message_id)).cloned()
    }

    /// Makes the next call of `method` fail with `fault`.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.shared.lock().faults.push_back((method.to_owned(), fault));
    }

    /// Makes every `every`-th call of `method` fail with `fault`, for as long
    /// as the stand-in runs (a flaky Telegram, the same in every run).
    pub fn fail_every(&self, method: &str, every: u64, fault: Fault) {
        self.shared.lock().recurring.push((method.to_owned(), every.max(1), fault, 0));
    }

    /// Makes a file available as if a person had sent it: getFile knows
    /// `file_id`, and the file can be downloaded.
    pub fn add_file(&self, file_id: &str, content: Vec<u8>) {
        let mut inner = self.shared.lock();
        let path = format!("file_{}", inner.files.len() + 1);
        inner.files.insert(file_id.to_owned(), (path, content));
    }

    /// Enforces Telegram's sending limits: a message over them is answered
    /// with 429 and `retry_after` 1, and its call is marked `rate_limited`.
    pub fn enforce_limits(&self, limits: RateLimits) {
        self.shared.lock().limits = Some(limits);
    }

    /// Makes every call take `latency` (as Telegram does over the internet),
    /// half of it after the call is recorded.
    pub fn set_latency(&self, latency: Duration) {
        self.shared.lock().latency = latency;
    }

    /// How many updates are queued but not yet fetched by the bot.
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().updates.len()
    }
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((token, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Telegram's method names are case-insensitive; teloxide sends
    // `SendMessage`, the documentation says `sendMessage`. Record the latter.
    let method = camel_case(&method);
    if !token.starts_with("bot") {
        return error(StatusCode::NOT_FOUND, "Not Found", None);
    }
    let content_type =
        headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let params = if content_type.starts_with("application/json") {
        serde_json::from_slice(&body).unwrap_or(Value::Null)
    } else if content_type.starts_with("multipart/form-data") {
        multipart_params(content_type, body).await.unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    if method == "getUpdates" {
        return ok(&get_updates(&shared, &params).await);
    }
    // Half the latency on the way in, half on the way back: a message is
    // delivered (and recorded) before its answer reaches the bot, as over
    // the internet, so a bot stopped in between has sent it all the same.
    let latency = shared.lock().latency;
    tokio::time::sleep(latency / 2).await;
    let response = answer(&shared, method, params);
    tokio::time::sleep(latency - latency / 2).await;
    response
}

/// Records the call and makes its answer (a fault, if one is due).
fn answer(shared: &Shared, method: String, params: Value) -> Response {
    let mut inner = shared.lock();
    let position = inner.faults.iter().position(|(m, _)| *m == method);
    let queued = position.and_then(|i| inner.faults.remove(i)).map(|(_, fault)| fault);
    let fault = queued.or_else(|| recurring_fault(&mut inner, &method));
    let rate_limited = fault.is_none() && over_limits(&mut inner, &method, &params);
    let fault = if rate_limited { Some(Fault::RetryAfter(1)) } else { fault };
    let (response, failed_with, result) = match fault {
        Some(Fault::RetryAfter(seconds)) => (
            error(
                StatusCode::TOO_MANY_REQUESTS,
                &format!("Too Many Requests: retry after {seconds}"),
                Some(json!({ "retry_after": seconds })),
            ),
            Some(429),
            None,
        ),
        Some(Fault::Blocked) => {
            (error(StatusCode::FORBIDDEN, "Forbidden: bot was blocked by the user", None), Some(403), None)
        }
        Some(Fault::Forbidden(description)) => {
            (error(StatusCode::FORBIDDEN, description, None), Some(403), None)
        }
        Some(Fault::ServerError) => {
            (error(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error", None), Some(500), None)
        }
        None => match replies::reply(&mut inner, &method, &params) {
            Some(result) => (ok(&result), None, Some(result)),
            None => (error(StatusCode::NOT_FOUND, "Not Found: method not found", None), Some(404), None),
        },
    };
    let received_at = std::time::Instant::now();
    inner.calls.push(Call { method, params, failed_with, result, received_at, rate_limited });
    response
}

/// The recurring fault due at this call of `method`, if any (each counts
/// the calls of its method).
fn recurring_fault(inner: &mut Inner, method: &str) -> Option<Fault> {
    let mut due = None;
    for (of, every, fault, calls) in &mut inner.recurring {
        if of == method {
            *calls += 1;
            if *calls % *every == 0 && due.is_none() {
                due = Some(*fault);
            }
        }
    }
    due
}

/// Whether a message would go over the enforced limits; if not, counts it.
fn over_limits(inner: &mut Inner, method: &str, params: &Value) -> bool {
    let (Some(limits), Some(chat)) = (inner.limits, params["chat_id"].as_i64()) else {
        return false;
    };
    if !matches!(method, "sendMessage" | "copyMessage" | "sendDocument" | "sendPhoto") {
        return false;
    }
    let now = std::time::Instant::now();
    while inner.recent_sends.front().is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1)) {
        inner.recent_sends.pop_front();
    }
    let chat_busy =
        inner.last_to_chat.get(&chat).is_some_and(|t| now.duration_since(*t) < limits.chat_interval);
    if inner.recent_sends.len() >= limits.per_second || chat_busy {
        return true;
    }
    inner.recent_sends.push_back(now);
    inner.last_to_chat.insert(chat, now);
    false
}

/// The fields of a multipart request (how files are uploaded) as JSON: text
/// fields parsed as JSON where they are (numbers, keyboards), else strings;
/// file fields as `{"file_name": ..., "content": ...}` (content as text).
async fn multipart_params(content_type: &str, body: Bytes) -> Option<Value> {
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut params = serde_json::Map::new();
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name()?.to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let content = field.bytes().await.ok()?;
        let text = String::from_utf8_lossy(&content).into_owned();
        let value = match file_name {
            Some(file_name) => json!({ "file_name": file_name, "content": text }),
            None => serde_json::from_str(&text).unwrap_or(Value::String(text)),
        };
        params.insert(name, value);
    }
    // Files are sent as separate parts named by "attach://<part>"; put each
    // file where it is referred to.
    let references: Vec<(String, String)> = params
        .iter()
        .filter_map(|(key, value)| Some((key.clone(), value.as_str()?.strip_prefix("attach://")?.to_owned())))
        .collect();
    for (key, part) in references {
        if let Some(file) = params.remove(&part) {
            params.insert(key, file);
        }
    }
    Some(Value::Object(params))
}

/// `GET /file/bot<token>/<path>`: the content of a file added with `add_file`.
async fn download(State(shared): State<Arc<Shared>>, Path((_, path)): Path<(String, String)>) -> Response {
    let inner = shared.lock();
    match inner.files.values().find(|(p, _)| *p == path) {
        Some((_, content)) => content.clone().into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Long polling: answers at once when updates are queued, else waits for
/// one up to the requested timeout.
async fn get_updates(shared: &Shared, params: &Value) -> Value {
    let offset = params["offset"].as_i64().unwrap_or(0);
    let limit = params["limit"].as_u64().unwrap_or(100) as usize;
    let timeout = Duration::from_secs(params["timeout"].as_u64().unwrap_or(0));
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let notified = shared.new_update.notified();
        {
            let mut inner = shared.lock();
            // Updates below the offset are confirmed: Telegram forgets them.
            while inner.updates.front().is_some_and(|u| u["update_id"].as_i64() < Some(offset)) {
                inner.updates.pop_front();
            }
            if !inner.updates.is_empty() || tokio::time::Instant::now() >= deadline {
                return Value::Array(inner.updates.iter().take(limit).cloned().collect());
            }
        }
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}

fn camel_case(method: &str) -> String {
    let mut chars = method.chars();
    chars.next().map(|first| first.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// `{"ok": true, "result": ...}`, serialized straight from the borrowed result.
fn ok(result: &Value) -> Response {
    #[derive(serde::Serialize)]
    struct Ok<'a> {
        ok: bool,
        result: &'a Value,
    }
    Json(Ok { ok: true, result }).into_response()
}

fn error(status: StatusCode, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({ "ok": false, "error_code": status.as_u16(), "description": description });
    if let Some(parameters) = parameters {
        body["parameters"] = parameters;
    }
    (status, Json(body)).into_response()
}
