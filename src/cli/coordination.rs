//! CLI commands for coordinators' announcements and oversight: broadcast,
//! broadcasts, stats, audit.

use clap::Args;

use super::words::{oslo_time, stored_oslo_time};
use super::{input, open, organisation_words, print_none, services};
use crate::app::AppError;
use crate::config::Config;
use crate::domain::broadcast::{BroadcastAudience, Translations};
use crate::domain::clock::{Clock, SystemClock};
use crate::domain::gatherings::parse_future;
use crate::domain::outbox::Payload;
use crate::services::broadcasts::BroadcastRequest;
use crate::services::{ActionError, Actor, Refusal};
use crate::store::Store;

/// `traineebot broadcast`.
#[derive(Debug, Args)]
pub struct BroadcastArgs {
    /// everyone, alerts, mentors, coordinators, trainees:<programme> or
    /// cohort:<programme>/<cohort name>.
    #[arg(long)]
    audience: String,
    /// A UTF-8 text file with the message in Bokmål (at most 4,096
    /// characters); everyone without a version in their language gets it.
    #[arg(long)]
    text_file: std::path::PathBuf,
    /// The message in Nynorsk, for those who chose Nynorsk.
    #[arg(long)]
    text_file_nn: Option<std::path::PathBuf>,
    /// The message in English, for those who chose English.
    #[arg(long)]
    text_file_en: Option<std::path::PathBuf>,
    /// When to send it, Oslo time ("2027-01-05 09:00"); default now.
    #[arg(long)]
    at: Option<String>,
    /// Send also during the quiet hours.
    #[arg(long)]
    urgent: bool,
}

async fn audience(store: &Store, text: &str) -> Result<BroadcastAudience, AppError> {
    let unknown = || input(format!("unknown audience {text:?}; see `traineebot broadcast --help`"));
    if let Some(rest) = text.strip_prefix("cohort:") {
        let (programme, name) = rest.split_once('/').ok_or_else(unknown)?;
        let cohort = store.cohorts(Some(programme)).await?.into_iter().find(|c| c.name == name);
        return Ok(BroadcastAudience::Cohort(
            cohort.ok_or_else(|| input(format!("no cohort {name:?} in {programme}")))?.id,
        ));
    }
    BroadcastAudience::parse(text).ok_or_else(unknown)
}

/// Queues a broadcast; a running bot sends it.
pub async fn broadcast(config: &Config, actor: &Actor, args: BroadcastArgs) -> Result<(), AppError> {
    let read = |path: &std::path::Path| {
        let text = std::fs::read_to_string(path)
            .map_err(|source| input(format!("could not read {}: {source}", path.display())))?;
        Ok::<_, AppError>(Payload::text(text.trim_end()))
    };
    let payload = read(&args.text_file)?;
    let translations = Translations {
        nn: args.text_file_nn.as_deref().map(read).transpose()?,
        en: args.text_file_en.as_deref().map(read).transpose()?,
    };
    let at = match &args.at {
        None => None,
        Some(local) => Some(parse_future(local, SystemClock.now()).map_err(|e| input(e.to_string()))?.1),
    };
    let services = services(config).await?;
    let audience = audience(&services.store, &args.audience).await?;
    let request = BroadcastRequest { audience, payload, translations, at, urgent: args.urgent, status: None };
    let outcome = services.create_broadcast(actor, request).await;
    services.store.close().await;
    let queued = match outcome {
        Err(ActionError::Refused(Refusal::Nobody)) => {
            return Err(input(format!("no one is in the audience {}", args.audience)))
        }
        outcome => outcome?,
    };
    let languages: Vec<String> =
        queued.by_language.iter().map(|(lang, count)| format!("{count} in {}", lang.code())).collect();
    println!(
        "Broadcast {} queued for {} people ({}) of {} from {}; a running bot sends it (see `traineebot broadcasts`).",
        queued.id,
        queued.recipients,
        languages.join(", "),
        organisation_words(config, queued.organisation.as_deref()),
        oslo_time(queued.due_at)
    );
    Ok(())
}

/// Lists the latest broadcasts with their figures.
pub async fn broadcasts(config: &Config, actor: &Actor) -> Result<(), AppError> {
    let store = open(config).await?;
    let broadcasts = store.broadcasts(false, actor.scope.organisation(), 50).await?;
    if broadcasts.is_empty() {
        print_none(config, actor.scope.organisation(), "broadcasts");
    }
    for b in broadcasts {
        let (p, at) = (b.progress, stored_oslo_time(&b.scheduled_at));
        let languages: Vec<String> = b
            .languages
            .iter()
            .map(|l| format!("{} {} of {} sent", l.lang.code(), l.sent, l.queued))
            .collect();
        println!(
            "{}\t{}\t{at}\t{}\t{} people\t{} sent, {} failed, {} left, {} cancelled\t{}",
            b.id,
            b.status,
            b.audience,
            b.recipients,
            p.sent,
            p.failed,
            p.left,
            p.cancelled,
            if languages.is_empty() { "-".to_owned() } else { languages.join(", ") }
        );
    }
    store.close().await;
    Ok(())
}

/// Prints the numbers.
pub async fn stats(config: &Config, actor: &Actor) -> Result<(), AppError> {
    let services = services(config).await?;
    let covered = services.covered(&actor.scope);
    let within = covered.as_ref().map(|c| c.within());
    let named = services.named_coordinators(&actor.scope);
    let s = services.store.stats(SystemClock.now(), SystemClock.today_in_oslo(), within, &named).await?;
    services.store.close().await;
    println!("numbers of {}", organisation_words(config, actor.scope.organisation()));
    println!(
        "people: {} applicants, {} trainees, {} mentors, {} coordinators",
        s.applicants, s.trainees, s.mentors, s.coordinators
    );
    let [nb, nn, en, unchosen] = s.languages;
    println!("languages chosen: nb {nb}, nn {nn}, en {en}, not chosen {unchosen}");
    println!("open positions: {}, alerts: {}", s.open_positions, s.alerts);
    println!(
        "upcoming gatherings: {} ({} coming, {} not coming)",
        s.upcoming_gatherings, s.rsvps.0, s.rsvps.1
    );
    println!(
        "broadcasts in the last 30 days: {} ({} delivered, {} failed)",
        s.broadcasts.0, s.broadcasts.1, s.broadcasts.2
    );
    println!("unanswered questions: {}", s.unanswered_questions);
    println!("blocked the bot: {}", s.unreachable);
    Ok(())
}

/// Prints the newest audit entries.
pub async fn audit(config: &Config, actor: &Actor, limit: u32) -> Result<(), AppError> {
    let store = open(config).await?;
    let entries = store.audit_entries(actor.scope.organisation(), limit).await?;
    if entries.is_empty() {
        print_none(config, actor.scope.organisation(), "audit entries");
    }
    for entry in entries {
        let who = entry.actor.map_or("cli".to_owned(), |id| id.to_string());
        let subject = entry.subject_user.map_or(String::new(), |id| format!("\tabout {id}"));
        let organisation = entry.organisation.as_deref().unwrap_or("-");
        let at = stored_oslo_time(&entry.at);
        println!("{at}\t{who}\t{organisation}\t{}\t{}{subject}", entry.action, entry.detail);
    }
    store.close().await;
    Ok(())
}
