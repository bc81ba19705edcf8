//! `traineebot positions import|list|sync|close`.

use clap::Subcommand;

use super::{input, organisation_words, print_none, services};
use crate::app::AppError;
use crate::config::Config;
use crate::domain::clock::{Clock, SystemClock};
use crate::domain::organisations::Scope;
use crate::jobs::feed::FeedClient;
use crate::services::{Actor, Services};

#[derive(Debug, Subcommand)]
pub enum PositionsCommand {
    /// Import positions from a CSV file (columns in the README). One bad row
    /// (or, with --organisation, a row of another organisation's programme)
    /// refuses the whole file; a known external_id is updated.
    Import {
        /// The CSV file.
        file: std::path::PathBuf,
    },
    /// List every position with its status.
    List,
    /// Read NAV's job feed once, from where the last pass stopped (needs
    /// `[feed]` in the settings file and NAV_FEED_TOKEN). The feed serves
    /// every organisation, so this refuses --organisation.
    Sync,
    /// Close a position, by the id `list` shows.
    Close {
        /// The position's id.
        id: i64,
    },
}

pub async fn run(config: &Config, actor: &Actor, command: PositionsCommand) -> Result<(), AppError> {
    let services = services(config).await?;
    let outcome = match command {
        PositionsCommand::Import { file } => {
            let bytes = std::fs::read(&file)
                .map_err(|source| input(format!("could not read {}: {source}", file.display())))?;
            let imported = services.import_positions(actor, &bytes).await?;
            let summary = &imported.summary;
            println!(
                "Imported {} for {}: {} added, {} updated, {} unchanged; alerts queued for {} people.",
                file.display(),
                organisation_words(config, actor.scope.organisation()),
                summary.added,
                summary.updated,
                summary.unchanged,
                imported.alerts
            );
            Ok(())
        }
        PositionsCommand::List => {
            let today = SystemClock.today_in_oslo();
            let positions = services.store.all_positions().await?;
            let mine: Vec<_> = positions
                .iter()
                .filter(|p| actor.scope.covers_programme(&config.catalogue, &p.position.programme))
                .collect();
            if mine.is_empty() {
                print_none(config, actor.scope.organisation(), "positions");
            }
            for stored in mine {
                let p = &stored.position;
                let status = if stored.closed {
                    "closed"
                } else if stored.is_open(today) {
                    "open"
                } else {
                    "expired"
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    stored.id, status, p.deadline, p.external_id, p.programme, p.title
                );
            }
            Ok(())
        }
        PositionsCommand::Sync => sync(config, actor, &services).await,
        PositionsCommand::Close { id } => match services.close_position(actor, id).await {
            Ok(organisation) => {
                println!(
                    "Position {id} of {} is closed.",
                    organisation_words(config, organisation.as_deref())
                );
                Ok(())
            }
            Err(error) => Err(error.into()),
        },
    };
    services.store.close().await;
    outcome
}

/// One pass over the feed, its figures printed.
async fn sync(config: &Config, actor: &Actor, services: &Services) -> Result<(), AppError> {
    if actor.scope != Scope::Everything {
        return Err(input(
            "positions sync reads NAV's feed for every organisation at once; run it without --organisation",
        ));
    }
    let settings = config.feed.clone().ok_or_else(|| {
        input("the settings file has no [feed] section (see the README, Positions from NAV's feed)")
    })?;
    let client = FeedClient::new(settings)?;
    let report = crate::jobs::feed::pass(services, &client)
        .await
        .map_err(|error| input(format!("reading the feed stopped: {error}; what was read before is kept")))?;
    println!(
        "Feed read: items {}, pages {}; positions added {}, updated {}, closed {}; ads refused {} (see the \
         log); people alerted {}.",
        report.items,
        report.pages,
        report.added,
        report.updated,
        report.closed,
        report.refused,
        report.alerts
    );
    Ok(())
}
