//! `[feed]` of the settings file: reading NAV's job feed (off unless the
//! section is there). The token comes from NAV_FEED_TOKEN, never the file.

use std::time::Duration;

use serde::Deserialize;
use url::Url;

use super::{ConfigError, Token};
use crate::domain::feed::{Rule, Rules};
use crate::domain::Catalogue;

/// The token of [`FeedSettings::local`] (the feed stand-in accepts it).
pub const LOCAL_FEED_TOKEN: &str = "local-feed-token";

/// NAV's public feed, used when `[feed]` names no `url`.
pub const NAV_FEED_URL: &str = "https://arbeidsplassen.nav.no/stillinger-feed";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FeedFile {
    url: Option<String>,
    poll_minutes: Option<u64>,
    since_days: Option<u32>,
    #[serde(rename = "rule", default)]
    rules: Vec<Rule>,
}

/// How the bot reads the feed.
#[derive(Clone, Debug)]
pub struct FeedSettings {
    /// `url`: the feed's base address, without `/api/v1/...`.
    pub base: Url,
    /// `poll_minutes` (15): the time between two passes of the running bot.
    pub poll: Duration,
    /// `since_days` (90): how far back the very first pass reads.
    pub since_days: u32,
    pub rules: Rules,
    /// NAV_FEED_TOKEN: the Bearer token NAV gives.
    pub token: Token,
    /// The first wait after a 5xx, 429 or network error (doubled each retry).
    pub backoff: Duration,
}

impl FeedFile {
    /// The settings, or what is wrong with them (`origin` names the file).
    pub(super) fn settings(
        self,
        origin: &str,
        catalogue: &Catalogue,
        token: Option<String>,
    ) -> Result<FeedSettings, ConfigError> {
        let url = self.url.unwrap_or_else(|| NAV_FEED_URL.to_owned());
        let base = Url::parse(url.trim_end_matches('/'))
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| ConfigError::BadFeedUrl(url.clone()))?;
        let rules = Rules::new(self.rules, catalogue)
            .map_err(|source| ConfigError::FeedRules { origin: origin.to_owned(), source })?;
        let token = token.map(|t| Token(t.trim().to_owned())).ok_or(ConfigError::MissingFeedToken)?;
        let poll_minutes = self.poll_minutes.unwrap_or(15);
        if poll_minutes == 0 {
            return Err(ConfigError::BadNumber { name: "[feed] poll_minutes", value: "0".to_owned() });
        }
        Ok(FeedSettings {
            base,
            poll: Duration::from_secs(poll_minutes * 60),
            since_days: self.since_days.unwrap_or(90),
            rules,
            token,
            backoff: Duration::from_secs(1),
        })
    }
}

impl FeedSettings {
    /// Settings for a feed at `base` with `rules` and a test token, as the
    /// tests and benchmarks use them (no waiting between retries).
    pub fn local(base: &Url, rules: Rules) -> FeedSettings {
        FeedSettings {
            base: base.clone(),
            poll: Duration::from_secs(15 * 60),
            since_days: 90,
            rules,
            token: Token(LOCAL_FEED_TOKEN.to_owned()),
            backoff: Duration::from_millis(20),
        }
    }
}
