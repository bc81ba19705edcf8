//! Talking to NAV's job feed: its pages and entries by id, with the
//! Bearer token, conditional requests, and retries after 429, 5xx and
//! network errors. No lock or transaction is held while it waits.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER};
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use crate::config::FeedSettings;
use crate::domain::feed::{Entry, Page};

/// How often a request is tried again after a 429, 5xx or network error.
const RETRIES: u32 = 3;
/// The longest wait a `Retry-After` gets.
const LONGEST_WAIT: Duration = Duration::from_secs(60);
/// How long one request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a pass stopped. Each is logged and recorded by its category.
#[derive(Debug, thiserror::Error)]
pub enum FeedFailure {
    #[error("the feed refused the token (HTTP {0}); check NAV_FEED_TOKEN")]
    Token(u16),
    #[error("the feed is unavailable (HTTP {0})")]
    Unavailable(u16),
    #[error("the feed sent what is not a page of the feed: {0}")]
    Malformed(String),
    #[error("the feed could not be reached: {0}")]
    Network(String),
}

impl FeedFailure {
    /// The category stored for `check` and `/stats`.
    pub fn category(&self) -> &'static str {
        match self {
            FeedFailure::Token(_) => "token",
            FeedFailure::Unavailable(_) => "unavailable",
            FeedFailure::Malformed(_) => "malformed",
            FeedFailure::Network(_) => "network",
        }
    }
}

/// What a conditional request asks.
#[derive(Clone, Debug, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A page as fetched.
pub enum Fetched {
    Page { page: Page, validators: Validators },
    NotModified,
}

/// The feed at the configured address.
pub struct FeedClient {
    http: reqwest::Client,
    settings: FeedSettings,
}

impl FeedClient {
    pub fn new(settings: FeedSettings) -> Result<FeedClient, FeedFailure> {
        let http = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("traineebot/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| FeedFailure::Network(error.to_string()))?;
        Ok(FeedClient { http, settings })
    }

    pub fn settings(&self) -> &FeedSettings {
        &self.settings
    }

    /// Page `id`, or the first page when `None`. `validators` make the
    /// request conditional (on the first page, `last_modified` asks for
    /// what changed since then).
    pub async fn page(&self, id: Option<&str>, validators: &Validators) -> Result<Fetched, FeedFailure> {
        let path = match id {
            Some(id) => format!("api/v1/feed/{id}"),
            None => "api/v1/feed".to_owned(),
        };
        let response = self.get(&path, validators).await?;
        if response.status() == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        let header = |name| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let validators = Validators { etag: header(ETAG), last_modified: header(LAST_MODIFIED) };
        let page = json(response).await?;
        Ok(Fetched::Page { page, validators })
    }

    /// The details of entry `id`; `Ok(None)` when they cannot be read as
    /// an entry (refused as that ad alone, never the page).
    pub async fn entry(&self, id: &str) -> Result<Option<Entry>, FeedFailure> {
        let response = self.get(&format!("api/v1/feedentry/{id}"), &Validators::default()).await;
        match response {
            Ok(response) => Ok(json(response).await.ok()),
            Err(FeedFailure::Unavailable(404 | 410)) => Ok(None),
            Err(failure) => Err(failure),
        }
    }

    async fn get(&self, path: &str, validators: &Validators) -> Result<Response, FeedFailure> {
        let url = format!("{}/{path}", self.settings.base.as_str().trim_end_matches('/'));
        let mut wait = self.settings.backoff;
        let mut tries = 0;
        loop {
            let mut request =
                self.http.get(&url).header(AUTHORIZATION, format!("Bearer {}", self.settings.token.expose()));
            if let Some(etag) = &validators.etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(since) = &validators.last_modified {
                request = request.header(IF_MODIFIED_SINCE, since);
            }
            let failure = match request.send().await {
                Ok(response) => match response.status() {
                    status if status.is_success() || status == StatusCode::NOT_MODIFIED => {
                        return Ok(response)
                    }
                    StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                        return Err(FeedFailure::Token(response.status().as_u16()))
                    }
                    StatusCode::TOO_MANY_REQUESTS => {
                        if let Some(seconds) = retry_after(&response) {
                            wait = Duration::from_secs(seconds).clamp(self.settings.backoff, LONGEST_WAIT);
                        }
                        FeedFailure::Unavailable(429)
                    }
                    status if status.is_server_error() => FeedFailure::Unavailable(status.as_u16()),
                    status => return Err(FeedFailure::Unavailable(status.as_u16())),
                },
                Err(error) => FeedFailure::Network(error.without_url().to_string()),
            };
            if tries == RETRIES {
                return Err(failure);
            }
            tries += 1;
            tracing::warn!(%failure, tries, wait_ms = wait.as_millis() as u64, "the feed failed; trying again");
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(LONGEST_WAIT);
        }
    }
}

fn retry_after(response: &Response) -> Option<u64> {
    response.headers().get(RETRY_AFTER)?.to_str().ok()?.trim().parse().ok()
}

async fn json<T: DeserializeOwned>(response: Response) -> Result<T, FeedFailure> {
    let body =
        response.bytes().await.map_err(|error| FeedFailure::Network(error.without_url().to_string()))?;
    serde_json::from_slice(&body).map_err(|error| FeedFailure::Malformed(error.to_string()))
}
