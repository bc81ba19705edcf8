//! Settings from the environment and an optional TOML file. The token is a
//! secret: it is never printed, not even in `Debug` output.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use url::Url;

mod feed;
mod redact;
pub use feed::{FeedSettings, LOCAL_FEED_TOKEN, NAV_FEED_URL};
pub use redact::{redact, RedactingStderr};

use crate::domain::limits::RateLimit;
use crate::domain::organisations::{Organisation, OrganisationError, Organisations};
use crate::domain::reminders::QuietHours;
use crate::domain::{Catalogue, CatalogueError};

/// The catalogue shipped in the repository, used unless TRAINEEBOT_CATALOGUE names another.
pub const SHIPPED_CATALOGUE: &str = include_str!("../../catalogue/programmes.toml");
/// The settings file shipped in the repository (fictional sample values).
pub const SHIPPED_SETTINGS: &str = include_str!("../../config/traineebot.toml");
/// Where the database lives unless DATABASE_URL says otherwise.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://traineebot.db";

/// The bot token. Its `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// The token itself, for handing to teloxide.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(***)")
    }
}

/// How long data is kept (the daily retention job).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// APPLICANT_RETENTION_DAYS: applicants not seen this long are forgotten.
    pub applicant_days: u32,
    /// OUTBOX_RETENTION_DAYS: delivered (or given up) outbox rows are deleted after this long.
    pub outbox_days: u32,
}

/// How mentoring through the bot behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mentoring {
    /// Settings file `[mentoring] answer_within_days`: told to a trainee after sending.
    pub answer_within_days: Option<u32>,
    /// MENTOR_NUDGE_DAYS: a pair silent this long gets one nudge each.
    pub nudge_after_days: u32,
    /// RELAY_RETENTION_DAYS: routing records older than this are purged.
    pub retention_days: u32,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MentoringFile {
    answer_within_days: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    #[serde(default)]
    roles: RolesFile,
    #[serde(rename = "organisation", default)]
    organisations: Vec<Organisation>,
    #[serde(default)]
    mentoring: MentoringFile,
    feed: Option<feed::FeedFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    #[serde(default)]
    coordinators_invite_coordinators: bool,
}

/// The outbox's pace (Telegram allows about 30 messages a second overall and
/// one a second per chat).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutboxLimits {
    /// OUTBOX_PER_SECOND: messages a second to all chats together.
    pub per_second: u32,
    /// OUTBOX_CHAT_INTERVAL_MS: the least time between two messages to one chat.
    pub chat_interval: Duration,
    /// OUTBOX_PAID_BROADCAST: send broadcasts in Telegram's paid broadcast
    /// mode (allow_paid_broadcast; raise OUTBOX_PER_SECOND to use it).
    pub paid_broadcast: bool,
}

impl Default for OutboxLimits {
    fn default() -> Self {
        OutboxLimits { per_second: 30, chat_interval: Duration::from_secs(1), paid_broadcast: false }
    }
}

/// Everything the application needs to start.
#[derive(Clone, Debug)]
pub struct Config {
    /// TELOXIDE_TOKEN; needed by `run`, not by `migrate`.
    pub token: Option<Token>,
    /// TELOXIDE_API_URL: another Bot API server (tests, the demo, a local server).
    pub api_url: Option<Url>,
    /// DATABASE_URL.
    pub database_url: String,
    /// COORDINATOR_IDS: Telegram user ids of the operators, who act for
    /// every organisation.
    pub coordinator_ids: Vec<i64>,
    pub catalogue: Catalogue,
    /// The organisations that run the programmes (settings file).
    pub organisations: Organisations,
    /// Settings file `[roles] coordinators_invite_coordinators`: whether a
    /// coordinator may invite coordinators for their own organisation.
    pub coordinators_invite_coordinators: bool,
    pub outbox: OutboxLimits,
    /// QUIET_HOURS (`21:00-08:00`): Oslo hours in which reminders wait.
    pub quiet_hours: QuietHours,
    pub mentoring: Mentoring,
    pub retention: Retention,
    /// RATE_LIMIT_BURST, RATE_LIMIT_PER_MINUTE, INVITATION_CODES_PER_HOUR:
    /// how much one person may ask of the bot.
    pub rate_limit: RateLimit,
    /// Settings file `[feed]`: positions from NAV's job feed (off when absent).
    pub feed: Option<FeedSettings>,
}

/// A setting that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("TELOXIDE_TOKEN is not set. Get a token from @BotFather and set TELOXIDE_TOKEN.")]
    MissingToken,
    #[error("TELOXIDE_API_URL is not a valid URL: {0}")]
    BadApiUrl(url::ParseError),
    #[error("COORDINATOR_IDS must be Telegram user ids separated by commas; {0:?} is not one")]
    BadCoordinatorId(String),
    #[error("{name} must be a whole number above 0, not {value:?}")]
    BadNumber { name: &'static str, value: String },
    #[error("QUIET_HOURS must look like 21:00-08:00, not {0:?}")]
    BadQuietHours(String),
    #[error("could not read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("the catalogue {origin} is not valid: {source}")]
    Catalogue { origin: String, source: CatalogueError },
    #[error("the settings file {origin} is not valid: {source}")]
    Settings { origin: String, source: toml::de::Error },
    #[error("the settings file {origin} is not valid: {source}")]
    Organisations { origin: String, source: OrganisationError },
    #[error(
        "the settings file {0} has [contact], which is now per organisation: move it into \
         [[organisation]] as [[organisation.contact]] (see the README, Organisations)"
    )]
    OldContact(String),
    #[error("[feed] url must be an http(s) address, not {0:?}")]
    BadFeedUrl(String),
    #[error("the settings file {origin} is not valid: {source}")]
    FeedRules { origin: String, source: crate::domain::feed::RuleError },
    #[error(
        "the settings file has [feed] but NAV_FEED_TOKEN is not set: ask NAV for a token (see the \
         README, Positions from NAV's feed) or remove [feed]"
    )]
    MissingFeedToken,
}

impl Config {
    /// Reads the settings from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `var`, which looks up an environment variable.
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
        let token = set("TELOXIDE_TOKEN").map(|t| Token(t.trim().to_owned()));
        let api_url = set("TELOXIDE_API_URL")
            .map(|url| Url::parse(url.trim()).map_err(ConfigError::BadApiUrl))
            .transpose()?;
        let database_url = set("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let coordinator_ids = parse_ids(&set("COORDINATOR_IDS").unwrap_or_default())?;
        let number = |name: &'static str, default: u64| match set(name) {
            None => Ok(default),
            Some(value) => match value.trim().parse::<u64>() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err(ConfigError::BadNumber { name, value }),
            },
        };
        let defaults = OutboxLimits::default();
        let outbox = OutboxLimits {
            per_second: u32::try_from(number("OUTBOX_PER_SECOND", defaults.per_second.into())?)
                .unwrap_or(u32::MAX),
            chat_interval: Duration::from_millis(number("OUTBOX_CHAT_INTERVAL_MS", 1000)?),
            paid_broadcast: set("OUTBOX_PAID_BROADCAST")
                .is_some_and(|v| matches!(v.trim(), "1" | "true" | "yes")),
        };
        let quiet_hours = match set("QUIET_HOURS") {
            None => QuietHours::default(),
            Some(text) => QuietHours::parse(&text).ok_or(ConfigError::BadQuietHours(text))?,
        };

        let (origin, source) = read_or_shipped(set("TRAINEEBOT_CATALOGUE"), SHIPPED_CATALOGUE)?;
        let catalogue = Catalogue::parse(&source)
            .map_err(|source| ConfigError::Catalogue { origin: origin.clone(), source })?;
        let (origin, source) = read_or_shipped(set("TRAINEEBOT_CONFIG"), SHIPPED_SETTINGS)?;
        if toml::from_str::<toml::Table>(&source).is_ok_and(|table| table.contains_key("contact")) {
            return Err(ConfigError::OldContact(origin));
        }
        let settings: SettingsFile = toml::from_str(&source)
            .map_err(|source| ConfigError::Settings { origin: origin.clone(), source })?;
        let feed = settings
            .feed
            .map(|feed| feed.settings(&origin, &catalogue, set("NAV_FEED_TOKEN")))
            .transpose()?;
        let organisations = Organisations::new(settings.organisations, &catalogue)
            .map_err(|source| ConfigError::Organisations { origin, source })?;

        let days = |name: &'static str, default: u64| {
            number(name, default).map(|days| u32::try_from(days).unwrap_or(u32::MAX))
        };
        let mentoring = Mentoring {
            answer_within_days: settings.mentoring.answer_within_days,
            nudge_after_days: days("MENTOR_NUDGE_DAYS", 30)?,
            retention_days: days("RELAY_RETENTION_DAYS", 90)?,
        };

        let defaults = RateLimit::default();
        let count = |name: &'static str, default: u32| {
            number(name, default.into()).map(|n| u32::try_from(n).unwrap_or(u32::MAX))
        };
        let rate_limit = RateLimit {
            burst: count("RATE_LIMIT_BURST", defaults.burst)?,
            per_minute: count("RATE_LIMIT_PER_MINUTE", defaults.per_minute)?,
            codes_per_hour: count("INVITATION_CODES_PER_HOUR", defaults.codes_per_hour)?,
        };

        let retention = Retention {
            applicant_days: days("APPLICANT_RETENTION_DAYS", 365)?,
            outbox_days: days("OUTBOX_RETENTION_DAYS", 30)?,
        };

        Ok(Config {
            token,
            api_url,
            database_url,
            coordinator_ids,
            catalogue,
            organisations,
            coordinators_invite_coordinators: settings.roles.coordinators_invite_coordinators,
            outbox,
            quiet_hours,
            mentoring,
            retention,
            rate_limit,
            feed,
        })
    }

    /// Settings for a bot talking to a Bot API server on this machine (the
    /// stand-in of the tests and benchmarks): a dummy token, the shipped
    /// catalogue and settings file, and the database at `database_url`.
    pub fn local(api_url: &Url, database_url: &str) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| match name {
            "TELOXIDE_TOKEN" => Some("123456:LOCAL-STAND-IN".to_owned()),
            "TELOXIDE_API_URL" => Some(api_url.to_string()),
            "DATABASE_URL" => Some(database_url.to_owned()),
            _ => None,
        })
    }

    /// The token, or the error that tells the operator to set it.
    pub fn require_token(&self) -> Result<&Token, ConfigError> {
        self.token.as_ref().ok_or(ConfigError::MissingToken)
    }
}

fn parse_ids(list: &str) -> Result<Vec<i64>, ConfigError> {
    list.split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| id.parse().map_err(|_| ConfigError::BadCoordinatorId(id.to_owned())))
        .collect()
}

fn read_or_shipped(path: Option<String>, shipped: &str) -> Result<(String, String), ConfigError> {
    match path {
        None => Ok(("shipped with traineebot".to_owned(), shipped.to_owned())),
        Some(path) => {
            let path = Path::new(&path);
            let source = std::fs::read_to_string(path)
                .map_err(|source| ConfigError::Read { path: path.to_owned(), source })?;
            Ok((path.display().to_string(), source))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> =
            vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_use_the_shipped_files_and_a_local_database() {
        let config = config(&[]).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert!(matches!(config.require_token(), Err(ConfigError::MissingToken)));
        let oslo = config.organisations.get("oslo-kommune").unwrap();
        assert_eq!(oslo.contacts[0].name, "Kari Eksempel");
        assert_eq!(oslo.meeting_hours[0].day, chrono::Weekday::Tue);
        assert_eq!(config.catalogue.programmes.len(), 4);
        assert_eq!(config.organisations.all().len(), 3);
        assert!(!config.coordinators_invite_coordinators);
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let config = config(&[("TELOXIDE_TOKEN", "123:secret")]).unwrap();
        assert_eq!(config.require_token().unwrap().expose(), "123:secret");
        assert!(!format!("{config:?}").contains("secret"));
    }

    #[test]
    fn coordinator_ids_are_a_comma_separated_list() {
        let config = config(&[("COORDINATOR_IDS", " 12, 34 ,,56")]).unwrap();
        assert_eq!(config.coordinator_ids, [12, 34, 56]);
        let err = config_err(&[("COORDINATOR_IDS", "12,abc")]);
        assert_eq!(err, "COORDINATOR_IDS must be Telegram user ids separated by commas; \"abc\" is not one");
    }

    #[test]
    fn outbox_limits_default_to_telegrams_and_can_be_set() {
        assert_eq!(config(&[]).unwrap().outbox, OutboxLimits::default());
        let config = config(&[("OUTBOX_PER_SECOND", "20"), ("OUTBOX_CHAT_INTERVAL_MS", "1500")]).unwrap();
        assert_eq!(config.outbox.per_second, 20);
        assert_eq!(config.outbox.chat_interval, Duration::from_millis(1500));
        assert_eq!(
            config_err(&[("OUTBOX_PER_SECOND", "0")]),
            "OUTBOX_PER_SECOND must be a whole number above 0, not \"0\""
        );
    }

    #[test]
    fn bad_urls_and_missing_files_are_named() {
        assert!(config_err(&[("TELOXIDE_API_URL", "not a url")]).starts_with("TELOXIDE_API_URL"));
        assert!(config_err(&[("TRAINEEBOT_CATALOGUE", "/nonexistent/c.toml")])
            .starts_with("could not read /nonexistent/c.toml"));
    }

    #[test]
    fn a_programme_of_an_unknown_organisation_and_an_old_contact_section_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let catalogue = dir.path().join("c.toml");
        std::fs::write(&catalogue, SHIPPED_CATALOGUE.replace("\"baerum-kommune\"", "\"asker-kommune\""))
            .unwrap();
        let err = config_err(&[("TRAINEEBOT_CATALOGUE", catalogue.to_str().unwrap())]);
        assert!(
            err.contains("programme \"baerum-immigrants\" names organisation \"asker-kommune\""),
            "{err}"
        );
        let settings = dir.path().join("s.toml");
        std::fs::write(&settings, "[contact]\nname = \"Kari\"\n").unwrap();
        let err = config_err(&[("TRAINEEBOT_CONFIG", settings.to_str().unwrap())]);
        assert!(err.contains("has [contact], which is now per organisation"), "{err}");
        std::fs::write(&settings, SHIPPED_SETTINGS.replace("coordinators = []", "coordinators = [7]"))
            .unwrap();
        let err = config_err(&[("TRAINEEBOT_CONFIG", settings.to_str().unwrap())]);
        assert!(err.contains("coordinator 7 is named for both \"oslo-kommune\" and \"staten\""), "{err}");
    }

    #[test]
    fn a_feed_needs_its_token_and_rules_of_known_programmes() {
        let dir = tempfile::tempdir().unwrap();
        let settings = dir.path().join("s.toml");
        let path = settings.to_str().unwrap();
        let feed = "\n[feed]\npoll_minutes = 5\n\n[[feed.rule]]\nprogramme = \"oslo-reserved\"\nwords = [\"Rekrutteringsordning\"]\n";
        std::fs::write(&settings, format!("{SHIPPED_SETTINGS}{feed}")).unwrap();
        let err = config_err(&[("TRAINEEBOT_CONFIG", path)]);
        assert!(err.contains("NAV_FEED_TOKEN is not set"), "{err}");
        let config = config(&[("TRAINEEBOT_CONFIG", path), ("NAV_FEED_TOKEN", "nav-secret")]).unwrap();
        let feed_settings = config.feed.as_ref().unwrap();
        assert_eq!(feed_settings.base.as_str(), NAV_FEED_URL);
        assert_eq!(feed_settings.poll, Duration::from_secs(300));
        assert_eq!(feed_settings.token.expose(), "nav-secret");
        assert!(!format!("{config:?}").contains("nav-secret"));
        assert!(self::config(&[("NAV_FEED_TOKEN", "t")]).unwrap().feed.is_none());

        let unknown = feed.replace("oslo-reserved", "oslo-nowhere");
        std::fs::write(&settings, format!("{SHIPPED_SETTINGS}{unknown}")).unwrap();
        let err = config_err(&[("TRAINEEBOT_CONFIG", path), ("NAV_FEED_TOKEN", "t")]);
        assert!(err.contains("[[feed.rule]] 1: programme \"oslo-nowhere\" is not in the catalogue"), "{err}");
        let typo = feed.replace("words", "word");
        std::fs::write(&settings, format!("{SHIPPED_SETTINGS}{typo}")).unwrap();
        let err = config_err(&[("TRAINEEBOT_CONFIG", path), ("NAV_FEED_TOKEN", "t")]);
        assert!(err.contains("unknown field `word`"), "{err}");
    }

    fn config_err(vars: &[(&str, &str)]) -> String {
        config(vars).unwrap_err().to_string()
    }
}
