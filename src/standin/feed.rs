//! A stand-in for NAV's job feed (pam-stilling-feed) on 127.0.0.1: pages
//! of a growing item log with `next_id`, ETag and 304, entries by id, the
//! Bearer token checked, and chosen failures (5xx, 401, 429 with
//! Retry-After, a body that is not JSON). Tests and the benchmark read
//! from it.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};
use url::Url;

use crate::config::LOCAL_FEED_TOKEN;

/// A failure to answer the next request with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedFault {
    Status(u16),
    /// 429 with `Retry-After` seconds.
    RetryAfter(u64),
    /// 200 with a body that is not JSON.
    NotJson,
}

/// One request the reader made.
#[derive(Clone, Debug)]
pub struct FeedRequest {
    pub path: String,
    pub authorization: Option<String>,
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
    pub status: u16,
}

#[derive(Default)]
struct Inner {
    items: Vec<Value>,
    entries: HashMap<String, Value>,
    page_size: usize,
    /// Faults to answer with, each for any request or one path.
    faults: VecDeque<(Option<String>, FeedFault)>,
    requests: Vec<FeedRequest>,
}

/// A running feed stand-in. It stops when dropped.
pub struct FakeFeed {
    addr: SocketAddr,
    inner: Arc<Mutex<Inner>>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeFeed {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeFeed {
    /// Starts a feed with pages of `page_size` items at a free port.
    pub async fn start(page_size: usize) -> std::io::Result<FakeFeed> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let inner = Arc::new(Mutex::new(Inner { page_size: page_size.max(1), ..Inner::default() }));
        let router = Router::new()
            .route("/api/v1/feed", get(first_page))
            .route("/api/v1/feed/{id}", get(page))
            .route("/api/v1/feedentry/{id}", get(entry))
            .with_state(inner.clone());
        let server = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, router).await {
                tracing::error!(%error, "the feed stand-in stopped");
            }
        });
        Ok(FakeFeed { addr, inner, server })
    }

    /// The base address to configure as the feed's `url`.
    pub fn url(&self) -> Url {
        Url::parse(&format!("http://{}/", self.addr)).expect("a socket address makes a valid URL")
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Publishes (or changes) ad `uuid` in `municipal`: an ACTIVE item and
    /// its entry with `ad` as the ad's JSON, changed at `changed`.
    pub fn publish(&self, uuid: &str, municipal: &str, ad: Value, changed: &str) {
        let entry = json!({ "uuid": uuid, "status": "ACTIVE", "sistEndret": changed, "json": ad });
        self.push(uuid, municipal, "ACTIVE", entry);
    }

    /// Stops ad `uuid`: an INACTIVE item whose entry has its contact
    /// fields masked, as NAV does.
    pub fn stop(&self, uuid: &str, municipal: &str, changed: &str) {
        let masked = json!({ "title": "*****", "contactList": [{ "name": "*****", "email": "*****" }] });
        let entry = json!({ "uuid": uuid, "status": "INACTIVE", "sistEndret": changed, "json": masked });
        self.push(uuid, municipal, "INACTIVE", entry);
    }

    /// Adds `count` ACTIVE items of `municipal` whose entries are not
    /// fetched by a reader with rules of another municipality (the bulk
    /// of a benchmark).
    pub fn publish_elsewhere(&self, count: usize, municipal: &str) {
        let mut inner = self.inner();
        for _ in 0..count {
            let n = inner.items.len();
            inner.items.push(item(&format!("e{n}"), &format!("other-{n}"), municipal, "ACTIVE"));
        }
    }

    fn push(&self, uuid: &str, municipal: &str, status: &str, entry: Value) {
        let mut inner = self.inner();
        let id = format!("e{}", inner.items.len());
        inner.items.push(item(&id, uuid, municipal, status));
        inner.entries.insert(id, entry);
    }

    /// Answers the next request with `fault`.
    pub fn fail_next(&self, fault: FeedFault) {
        self.inner().faults.push_back((None, fault));
    }

    /// Answers the next request for `path` (such as `/api/v1/feed/p2`)
    /// with `fault`.
    pub fn fail_at(&self, path: &str, fault: FeedFault) {
        self.inner().faults.push_back((Some(path.to_owned()), fault));
    }

    /// The requests so far.
    pub fn requests(&self) -> Vec<FeedRequest> {
        self.inner().requests.clone()
    }
}

fn item(id: &str, uuid: &str, municipal: &str, status: &str) -> Value {
    json!({
        "id": id,
        "url": format!("/api/v1/feedentry/{id}"),
        "title": "Stilling",
        "date_modified": "2026-12-04T08:00:00",
        "_feed_entry": { "uuid": uuid, "status": status, "title": "Stilling", "businessName": "Arbeidsgiver",
                         "municipal": municipal, "sistEndret": "2026-12-04T08:00:00" }
    })
}

type Shared = State<Arc<Mutex<Inner>>>;

async fn first_page(State(inner): Shared, headers: HeaderMap) -> Response {
    answer(&inner, "/api/v1/feed".to_owned(), &headers, |inner, headers| page_of(inner, 0, headers))
}

async fn page(State(inner): Shared, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let path = format!("/api/v1/feed/{id}");
    answer(&inner, path, &headers, |inner, headers| match id.strip_prefix('p').and_then(|n| n.parse().ok()) {
        Some(number) => page_of(inner, number, headers),
        None => StatusCode::NOT_FOUND.into_response(),
    })
}

async fn entry(State(inner): Shared, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let path = format!("/api/v1/feedentry/{id}");
    answer(&inner, path, &headers, |inner, _| match inner.entries.get(&id) {
        Some(entry) => axum::Json(entry.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    })
}

/// Checks the token, applies a queued fault or `reply`, and logs the request.
fn answer(
    inner: &Mutex<Inner>,
    path: String,
    headers: &HeaderMap,
    reply: impl FnOnce(&Inner, &HeaderMap) -> Response,
) -> Response {
    let mut inner = inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let value = |name| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let authorization = value(header::AUTHORIZATION);
    let response = if authorization.as_deref() != Some(&format!("Bearer {LOCAL_FEED_TOKEN}")) {
        StatusCode::UNAUTHORIZED.into_response()
    } else {
        let fault = inner.faults.iter().position(|(at, _)| at.as_ref().is_none_or(|at| *at == path));
        match fault.and_then(|index| inner.faults.remove(index)).map(|(_, fault)| fault) {
            Some(FeedFault::Status(code)) => {
                StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR).into_response()
            }
            Some(FeedFault::RetryAfter(seconds)) => {
                (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds.to_string())]).into_response()
            }
            Some(FeedFault::NotJson) => (StatusCode::OK, "<html>Service Unavailable</html>").into_response(),
            None => reply(&inner, headers),
        }
    };
    inner.requests.push(FeedRequest {
        path,
        authorization,
        if_none_match: value(header::IF_NONE_MATCH),
        if_modified_since: value(header::IF_MODIFIED_SINCE),
        status: response.status().as_u16(),
    });
    response
}

/// Page `number`: its items, `next_id` once items follow it, an ETag that
/// changes when either does, and 304 for a matching If-None-Match.
fn page_of(inner: &Inner, number: usize, headers: &HeaderMap) -> Response {
    let start = number * inner.page_size;
    if start > inner.items.len() || (start == inner.items.len() && number > 0) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let end = (start + inner.page_size).min(inner.items.len());
    let next_id = (end < inner.items.len()).then(|| format!("p{}", number + 1));
    let etag = format!("\"p{number}-{}-{}\"", end - start, next_id.is_some());
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let body = json!({
        "version": "1.0",
        "title": "Stand-in feed",
        "id": format!("p{number}"),
        "next_id": next_id,
        "next_url": next_id.as_ref().map(|id| format!("/api/v1/feed/{id}")),
        "items": inner.items[start..end],
    });
    (
        [(header::ETAG, etag), (header::LAST_MODIFIED, "Fri, 04 Dec 2026 08:00:00 GMT".to_owned())],
        axum::Json(body),
    )
        .into_response()
}
