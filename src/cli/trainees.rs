//! CLI commands for coordinators' work with trainees and mentors:
//! invitations, members, mentor links, gatherings and attendance.

use chrono::{Duration, Utc};
use clap::{Args, Subcommand};
use teloxide::prelude::*;

use super::{input, open};
use crate::app::AppError;
use crate::config::Config;
use crate::domain::clock::{Clock, SystemClock};
use crate::domain::gatherings::{oslo_instant, parse_local, plan_starts, Audience, GatheringPlan};
use crate::domain::members::{Role, DEFAULT_INVITATION_DAYS, MAX_INVITATION_DAYS};
use crate::gatherings::Notices;
use crate::i18n::I18n;
use crate::store::{GatheringChange, Linked, NewInvitation, Store};

/// `traineebot invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// trainee, mentor or coordinator.
    #[arg(long)]
    role: String,
    /// The programme id (see catalogue/programmes.toml).
    #[arg(long)]
    programme: String,
    /// The cohort (kull) for a trainee; created if new.
    #[arg(long)]
    cohort: Option<String>,
    /// Days until the code expires.
    #[arg(long, default_value_t = DEFAULT_INVITATION_DAYS)]
    days: i64,
}

/// `traineebot gatherings ...`.
#[derive(Debug, Subcommand)]
pub enum GatheringsCommand {
    /// Plan a gathering, or a monthly series of them.
    Add(AddArgs),
    /// Upcoming gatherings with their ids.
    List,
    /// Move a gathering or change its place; everyone invited is told once.
    Change {
        id: i64,
        /// New start, Oslo time: "2027-01-05 17:00".
        #[arg(long)]
        start: Option<String>,
        #[arg(long)]
        place: Option<String>,
    },
    /// Cancel a gathering; everyone invited is told once.
    Cancel { id: i64 },
}

/// `traineebot gatherings add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The programme id.
    #[arg(long)]
    programme: String,
    /// For the trainees of this cohort.
    #[arg(long, conflicts_with_all = ["mentors", "everyone"])]
    cohort: Option<String>,
    /// For the programme's mentors.
    #[arg(long, conflicts_with = "everyone")]
    mentors: bool,
    /// For everyone in the programme.
    #[arg(long)]
    everyone: bool,
    /// First start, Oslo time: "2027-01-05 17:00" or "5.1.2027 17:00".
    #[arg(long)]
    start: String,
    /// Length in minutes.
    #[arg(long, default_value_t = 120)]
    duration: u32,
    /// Address, room or video link.
    #[arg(long)]
    place: String,
    #[arg(long)]
    topic: String,
    #[arg(long, default_value = "")]
    agenda: String,
    /// Repeat monthly (same weekday of the same week) this many times.
    #[arg(long, default_value_t = 1)]
    months: u32,
}

fn known_programme(config: &Config, id: &str) -> Result<(), AppError> {
    match config.catalogue.programme(id) {
        Some(_) => Ok(()),
        None => {
            let known: Vec<_> = config.catalogue.programmes.iter().map(|p| p.id.as_str()).collect();
            Err(input(format!("unknown programme {id:?}; known: {}", known.join(", "))))
        }
    }
}

/// Makes an invitation and prints its code and deep link.
pub async fn invite(config: &Config, args: InviteArgs) -> Result<(), AppError> {
    let role =
        Role::parse(&args.role).ok_or_else(|| input("--role must be trainee, mentor or coordinator"))?;
    known_programme(config, &args.programme)?;
    if !(1..=MAX_INVITATION_DAYS).contains(&args.days) {
        return Err(input(format!("--days must be between 1 and {MAX_INVITATION_DAYS}")));
    }
    let store = open(config).await?;
    let cohort = match (&args.cohort, role) {
        (Some(name), _) if !name.trim().is_empty() => {
            Some(store.ensure_cohort(&args.programme, name.trim()).await?)
        }
        (_, Role::Trainee) => return Err(input("a trainee invitation needs --cohort")),
        _ => None,
    };
    let cohort_name = cohort.as_ref().map(|c| c.name.clone());
    let expires_at = Utc::now() + Duration::days(args.days);
    let invitation = NewInvitation {
        role,
        programme: args.programme.clone(),
        cohort_id: cohort.as_ref().map(|c| c.id),
        expires_at,
        created_by: None,
    };
    let code = store.create_invitation(&invitation).await?;
    let detail = crate::bot::invitation_detail(&invitation, cohort_name.as_deref());
    store.audit(None, "invitation", &detail, None, Utc::now()).await?;
    store.close().await;
    println!("Invitation code: {code}");
    println!("Valid until {} (single use).", expires_at.format("%Y-%m-%d %H:%M UTC"));
    match bot_username(config).await {
        Some(username) => println!("Link: {}", crate::bot::invitation_link(&username, &code)),
        None => println!(
            "Link: https://t.me/<bot username>?start={code} (set TELOXIDE_TOKEN to have it filled in)"
        ),
    }
    Ok(())
}

/// The bot's username from getMe, when the token is set and Telegram answers.
async fn bot_username(config: &Config) -> Option<String> {
    let mut bot = Bot::new(config.token.as_ref()?.expose());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    match bot.get_me().await {
        Ok(me) => Some(me.username().to_owned()),
        Err(error) => {
            eprintln!("Could not ask Telegram for the bot's username: {error}");
            None
        }
    }
}

/// Lists trainees, mentors and coordinators who joined.
pub async fn members(config: &Config) -> Result<(), AppError> {
    let store = open(config).await?;
    let members = store.members(None, None).await?;
    store.close().await;
    if members.is_empty() {
        println!("Nobody has joined with an invitation yet.");
    }
    for m in members {
        let cohort = m.cohort.map_or("-".to_owned(), |c| c.name);
        let mentor = m.mentor_id.map_or("-".to_owned(), |id| id.to_string());
        println!(
            "{}\t{}\t{}\t{}\t{cohort}\tmentor {mentor}",
            m.user_id,
            m.first_name,
            m.role.code(),
            m.programme
        );
    }
    Ok(())
}

/// Links a trainee to a mentor (both Telegram ids, as `members` shows).
pub async fn link(config: &Config, trainee: i64, mentor: i64) -> Result<(), AppError> {
    let store = open(config).await?;
    let linked = store.link_mentor(trainee, mentor, Utc::now()).await?;
    store.close().await;
    match linked {
        Linked::Done => {
            let store = open(config).await?;
            store.audit(None, "link", "trainee linked to a mentor", Some(trainee), Utc::now()).await?;
            store.close().await;
            println!("Trainee {trainee} now has mentor {mentor}.");
            Ok(())
        }
        Linked::NotATrainee => Err(input(format!("{trainee} is not a trainee"))),
        Linked::NotAMentor => Err(input(format!("{mentor} is not a mentor"))),
        Linked::OtherProgramme => Err(input("the trainee and the mentor are in different programmes")),
    }
}

/// `gatherings add|list|change|cancel`.
pub async fn gatherings(config: &Config, command: GatheringsCommand) -> Result<(), AppError> {
    let store = open(config).await?;
    let now = SystemClock.now();
    let notices =
        Notices { store: store.clone(), i18n: std::sync::Arc::new(I18n::load()?), quiet: config.quiet_hours };
    let outcome = match command {
        GatheringsCommand::Add(args) => add(config, &store, args, now).await,
        GatheringsCommand::List => {
            for g in store.upcoming_gatherings(now, 1000).await? {
                let start = g.local_start().format("%Y-%m-%d %H:%M");
                println!(
                    "{}\t{start}\t{} min\t{}\t{}\t{}",
                    g.id,
                    g.duration_minutes,
                    g.programme,
                    g.audience.kind(),
                    g.topic
                );
            }
            Ok(())
        }
        GatheringsCommand::Change { id, start, place } => {
            let starts_at = match start {
                Some(text) => {
                    let local = parse_local(&text).map_err(|e| input(e.to_string()))?;
                    let instant = oslo_instant(local).map_err(|e| input(e.to_string()))?;
                    if instant <= now {
                        return Err(input(format!("{local} is in the past")));
                    }
                    Some(instant)
                }
                None => None,
            };
            if starts_at.is_none() && place.is_none() {
                return Err(input("give --start, --place or both"));
            }
            match store
                .change_gathering(id, &GatheringChange { starts_at, place }, config.quiet_hours, now)
                .await?
            {
                Some(revised) => {
                    let told = notices.announce(&revised, now).await?;
                    store.audit(None, "gathering changed", &format!("gathering {id}"), None, now).await?;
                    println!("Gathering {id} changed; {told} people will be told.");
                    Ok(())
                }
                None => Err(input(format!("there is no gathering {id} that is not cancelled"))),
            }
        }
        GatheringsCommand::Cancel { id } => match store.cancel_gathering(id).await? {
            Some(revised) => {
                let told = notices.announce(&revised, now).await?;
                store.audit(None, "gathering cancelled", &format!("gathering {id}"), None, now).await?;
                println!("Gathering {id} cancelled; {told} people will be told.");
                Ok(())
            }
            None => Err(input(format!("there is no gathering {id} that is not cancelled"))),
        },
    };
    store.close().await;
    outcome
}

async fn add(
    config: &Config,
    store: &Store,
    args: AddArgs,
    now: chrono::DateTime<Utc>,
) -> Result<(), AppError> {
    known_programme(config, &args.programme)?;
    let audience = match (&args.cohort, args.mentors, args.everyone) {
        (Some(name), _, _) => {
            let cohorts = store.cohorts(Some(&args.programme)).await?;
            let cohort = cohorts
                .into_iter()
                .find(|c| c.name == *name)
                .ok_or_else(|| input(format!("no cohort {name:?} in {}", args.programme)))?;
            Audience::Cohort(cohort.id)
        }
        (None, true, _) => Audience::Mentors,
        (None, false, true) => Audience::Programme,
        _ => return Err(input("say who it is for: --cohort NAME, --mentors or --everyone")),
    };
    if !(1..=1440).contains(&args.duration) {
        return Err(input("--duration must be 1 to 1440 minutes"));
    }
    if !(1..=crate::domain::gatherings::MAX_SERIES).contains(&args.months) {
        return Err(input(format!("--months must be 1 to {}", crate::domain::gatherings::MAX_SERIES)));
    }
    let first_start = parse_local(&args.start).map_err(|e| input(e.to_string()))?;
    let plan = GatheringPlan {
        programme: args.programme,
        audience,
        first_start,
        duration_minutes: args.duration,
        place: args.place,
        topic: args.topic,
        agenda: args.agenda,
        months: args.months,
    };
    let starts = plan_starts(&plan, now).map_err(|e| input(e.to_string()))?;
    let ids = store.add_gatherings(&plan, &starts, config.quiet_hours, now).await?;
    let detail = format!("{} gathering(s) from {}", ids.len(), ids.first().copied().unwrap_or_default());
    store.audit(None, "gathering added", &detail, None, now).await?;
    println!(
        "Added {} gathering(s): {}",
        ids.len(),
        ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
    );
    Ok(())
}

/// Who is coming to a gathering.
pub async fn attendance(config: &Config, id: i64) -> Result<(), AppError> {
    let store = open(config).await?;
    let gathering = store.gathering(id).await?.ok_or_else(|| input(format!("there is no gathering {id}")))?;
    let answers = store.rsvps(id).await?;
    println!(
        "{} ({}){}",
        gathering.topic,
        gathering.local_start().format("%Y-%m-%d %H:%M"),
        if gathering.cancelled { " – cancelled" } else { "" }
    );
    for member in store.invitees(id).await? {
        let answer = match answers.get(&member.user_id) {
            Some(true) => "coming",
            Some(false) => "not coming",
            None => "no answer",
        };
        println!("{}\t{}\t{answer}", member.user_id, member.first_name);
    }
    store.close().await;
    Ok(())
}
