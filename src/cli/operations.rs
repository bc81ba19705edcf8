//! Operators' commands: `backup` and `check`.

use std::path::Path;
use std::process::ExitCode;

use teloxide::prelude::*;

use crate::app::AppError;
use crate::config::{Config, ConfigError};
use crate::store::{FeedState, Store};

/// Writes a consistent copy of the database to `file` (SQLite's VACUUM
/// INTO), also while the bot runs.
pub async fn backup(config: &Config, file: &Path) -> Result<(), AppError> {
    if file.exists() {
        return Err(AppError::Input(format!("{} exists already; choose a new file name", file.display())));
    }
    let store = Store::open(&config.database_url).await?;
    store.backup_to(&file.to_string_lossy()).await?;
    store.close().await;
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    println!("Backup written to {} ({size} bytes).", file.display());
    Ok(())
}

/// Checks the settings, the database and the token, prints a report, and
/// returns 0 when everything is in order, 1 otherwise.
pub async fn check(config: Result<Config, ConfigError>) -> ExitCode {
    let mut ok = true;
    let mut report = |passed: bool, line: String| {
        ok &= passed;
        println!("{} {}", if passed { "ok  " } else { "FAIL" }, crate::config::redact(&line));
    };
    let config = match config {
        Ok(config) => config,
        Err(error) => {
            report(false, format!("settings: {error}"));
            return ExitCode::FAILURE;
        }
    };
    report(
        true,
        format!(
            "settings: {} programmes of {} organisations ({}), {} operator id(s)",
            config.catalogue.programmes.len(),
            config.organisations.all().len(),
            config.organisations.all().iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", "),
            config.coordinator_ids.len()
        ),
    );
    match Store::open(&config.database_url).await {
        Ok(store) => {
            match store.check().await {
                Ok((pending, integrity)) => {
                    report(
                        integrity == "ok",
                        format!("database {}: integrity {integrity}", config.database_url),
                    );
                    report(
                        pending == 0,
                        if pending == 0 {
                            "database: every migration applied".to_owned()
                        } else {
                            format!("database: {pending} migration(s) not applied yet (`traineebot migrate` or `run` applies them)")
                        },
                    );
                }
                Err(error) => report(false, format!("database {}: {error}", config.database_url)),
            }
            if config.feed.is_some() {
                match store.feed_state().await {
                    Ok(state) => {
                        let (passed, line) = feed_line(&state);
                        report(passed, line);
                    }
                    Err(error) => report(false, format!("feed: its state cannot be read ({error})")),
                }
            }
            store.close().await;
        }
        Err(error) => report(false, format!("database {}: {error}", config.database_url)),
    }
    match &config.token {
        None => report(false, "telegram: TELOXIDE_TOKEN is not set".to_owned()),
        Some(token) => {
            let mut bot = Bot::new(token.expose());
            if let Some(url) = &config.api_url {
                bot = bot.set_api_url(url.clone());
            }
            match bot.get_me().await {
                Ok(me) => report(true, format!("telegram: the token belongs to @{}", me.username())),
                Err(error) => report(false, format!("telegram: getMe failed: {error}")),
            }
        }
    }
    if ok {
        println!("Everything is in order.");
        ExitCode::SUCCESS
    } else {
        println!("Something needs attention (see FAIL above).");
        ExitCode::FAILURE
    }
}

/// How reading NAV's job feed goes, for `check`: a failed last pass fails.
fn feed_line(state: &FeedState) -> (bool, String) {
    let oslo = |at| format!("{} Oslo time", super::words::oslo_time(at));
    let figures = format!(
        "ads read {}, positions added {}, updated {}, closed {}, ads refused {}",
        state.ads_read, state.added, state.updated, state.closed, state.refused
    );
    match (&state.error, state.synced_at) {
        (Some((category, at)), _) => (
            false,
            format!(
                "feed: the last pass failed at {} ({category}: {}); in all: {figures}",
                oslo(*at),
                match category.as_str() {
                    "token" => "the feed refused NAV_FEED_TOKEN",
                    "malformed" => "the feed sent what is not a page of it",
                    "unavailable" => "the feed answered with an error",
                    _ => "the feed could not be reached",
                }
            ),
        ),
        (None, Some(at)) => (true, format!("feed: last read to its end at {}; in all: {figures}", oslo(at))),
        (None, None) => (true, "feed: configured, not read yet (the running bot reads it)".to_owned()),
    }
}
