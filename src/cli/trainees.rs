//! CLI commands for coordinators' work with trainees and mentors:
//! invitations, members, mentor links, gatherings and attendance.

use clap::{Args, Subcommand};
use teloxide::prelude::*;

use super::{input, open, organisation_words, print_none, services};
use crate::app::AppError;
use crate::config::Config;
use crate::domain::gatherings::{parse_future, parse_local, Audience, GatheringPlan};
use crate::domain::members::{MentorId, Role, TraineeId, DEFAULT_INVITATION_DAYS};
use crate::services::invitations::{CohortChoice, InvitationRequest, InviteTo};
use crate::services::{ActionError, Actor, Refusal, Services};
use crate::store::{GatheringChange, Revised};

/// `traineebot invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// trainee, mentor or coordinator.
    #[arg(long)]
    role: String,
    /// The programme id (see catalogue/programmes.toml), for a trainee or
    /// mentor. A coordinator invitation is for the organisation given with
    /// --organisation.
    #[arg(long)]
    programme: Option<String>,
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
    /// Move a gathering or change its place, topic or agenda; everyone
    /// invited is told once, with what changed.
    Change {
        id: i64,
        /// New start, Oslo time: "2027-01-05 17:00".
        #[arg(long)]
        start: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        agenda: Option<String>,
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

/// Makes an invitation and prints its code and deep link.
pub async fn invite(config: &Config, actor: &Actor, args: InviteArgs) -> Result<(), AppError> {
    let role =
        Role::parse(&args.role).ok_or_else(|| input("--role must be trainee, mentor or coordinator"))?;
    let cohort = match args.cohort {
        Some(name) if !name.trim().is_empty() => CohortChoice::Named(name),
        _ => CohortChoice::None,
    };
    let to = match (role, args.programme, actor.scope.organisation()) {
        (Role::Coordinator, None, Some(organisation)) => InviteTo::Organisation(organisation.to_owned()),
        (Role::Coordinator, _, _) => {
            return Err(input(
                "a coordinator invitation is for an organisation: give --organisation, not --programme",
            ))
        }
        (_, Some(programme), _) => InviteTo::Programme(programme),
        (_, None, _) => return Err(input("a trainee or mentor invitation needs --programme")),
    };
    let request = InvitationRequest { role, to, cohort, days: args.days };
    let services = services(config).await?;
    let outcome = services.invite(actor, request).await;
    services.store.close().await;
    let invitation = outcome?;
    let code = &invitation.code;
    println!("Invitation code: {code}");
    println!("For: {}", organisation_words(config, Some(&invitation.organisation)));
    match (&invitation.cohort, invitation.new_cohort) {
        (Some(cohort), true) => println!("Cohort: {cohort} (new: made when the invitation is first used)"),
        (Some(cohort), false) => println!("Cohort: {cohort}"),
        (None, _) => {}
    }
    println!("Valid until {} Oslo time (single use).", super::words::oslo_time(invitation.expires_at));
    match bot_username(config).await {
        Some(username) => println!("Link: {}", crate::telegram::invitation_link(&username, code)),
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
            let error = crate::config::redact(&error.to_string());
            eprintln!("Could not ask Telegram for the bot's username: {error}");
            None
        }
    }
}

/// Lists trainees, mentors and coordinators who joined.
pub async fn members(config: &Config, actor: &Actor) -> Result<(), AppError> {
    let store = open(config).await?;
    let members = store.members_of(None, actor.scope.organisation()).await?;
    store.close().await;
    if members.is_empty() {
        println!("Nobody has joined with an invitation yet.");
    }
    for m in members {
        let cohort = m.cohort.map_or("-".to_owned(), |c| c.name);
        let mentor = m.mentor_id.map_or("-".to_owned(), |id| id.to_string());
        let programme = if m.programme.is_empty() { "-" } else { m.programme.as_str() };
        println!(
            "{}\t{}\t{}\t{}\t{programme}\t{cohort}\tmentor {mentor}",
            m.user_id,
            m.first_name,
            m.role.code(),
            m.organisation.as_deref().unwrap_or("-"),
        );
    }
    Ok(())
}

/// Links a trainee to a mentor (both Telegram ids, as `members` shows).
pub async fn link(config: &Config, actor: &Actor, trainee: i64, mentor: i64) -> Result<(), AppError> {
    let services = services(config).await?;
    let outcome = services.link_mentor(actor, TraineeId(trainee), MentorId(mentor)).await;
    services.store.close().await;
    let (linked, _) = match outcome {
        Err(ActionError::Refused(Refusal::NotATrainee)) => {
            return Err(input(format!("{trainee} is not a trainee")))
        }
        Err(ActionError::Refused(Refusal::NotAMentor)) => {
            return Err(input(format!("{mentor} is not a mentor")))
        }
        outcome => outcome?,
    };
    let organisation = organisation_words(config, linked.organisation.as_deref());
    println!("Trainee {trainee} of {organisation} now has mentor {mentor}.");
    Ok(())
}

/// `gatherings add|list|change|cancel`.
pub async fn gatherings(config: &Config, actor: &Actor, command: GatheringsCommand) -> Result<(), AppError> {
    let services = services(config).await?;
    let outcome = match command {
        GatheringsCommand::Add(args) => add(&services, actor, args).await,
        GatheringsCommand::List => {
            let upcoming = services.store.upcoming_gatherings(services.clock.now(), 1000).await?;
            let mine: Vec<_> = upcoming
                .iter()
                .filter(|g| actor.scope.covers_programme(&config.catalogue, &g.programme))
                .collect();
            if mine.is_empty() {
                print_none(config, actor.scope.organisation(), "upcoming gatherings");
            }
            for g in mine {
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
        GatheringsCommand::Change { id, start, place, topic, agenda } => {
            let starts_at = match start {
                Some(text) => {
                    Some(parse_future(&text, services.clock.now()).map_err(|e| input(e.to_string()))?.1)
                }
                None => None,
            };
            let (revised, told) = services
                .change_gathering(actor, id, GatheringChange { starts_at, place, topic, agenda })
                .await?;
            announced(config, &services, &revised, "changed", told);
            Ok(())
        }
        GatheringsCommand::Cancel { id } => {
            let (revised, told) = services.cancel_gathering(actor, id).await?;
            announced(config, &services, &revised, "cancelled", told);
            Ok(())
        }
    };
    services.store.close().await;
    outcome
}

/// "Gathering 12 of Oslo kommune cancelled; 5 people will be told."
fn announced(config: &Config, services: &Services, revised: &Revised, what: &str, told: u64) {
    let of = services.organisation_of(&revised.gathering.programme).map(|o| o.id.as_str());
    let id = revised.gathering.id;
    println!("Gathering {id} of {} {what}; {told} people will be told.", organisation_words(config, of));
}

async fn add(services: &Services, actor: &Actor, args: AddArgs) -> Result<(), AppError> {
    let audience = match (&args.cohort, args.mentors, args.everyone) {
        (Some(name), _, _) => {
            services.ensure_programme(actor, &args.programme).map_err(ActionError::from)?;
            let cohort =
                services.store.cohort_to_plan_for(&args.programme, name, services.clock.now()).await?;
            let cohort = cohort.ok_or_else(|| {
                input(format!("no cohort {name:?} in {} (and no unused invitation to it)", args.programme))
            })?;
            Audience::Cohort(cohort.id)
        }
        (None, true, _) => Audience::Mentors,
        (None, false, true) => Audience::Programme,
        _ => return Err(input("say who it is for: --cohort NAME, --mentors or --everyone")),
    };
    let plan = GatheringPlan {
        programme: args.programme,
        audience,
        first_start: parse_local(&args.start).map_err(|e| input(e.to_string()))?,
        duration_minutes: args.duration,
        place: args.place,
        topic: args.topic,
        agenda: args.agenda,
        months: args.months,
    };
    let ids = services.plan_gatherings(actor, &plan).await?;
    println!(
        "Added {} gathering(s): {}",
        ids.len(),
        ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
    );
    Ok(())
}

/// Who is coming to a gathering, and who came; marks `came` and `absent` first.
pub async fn attendance(
    config: &Config,
    actor: &Actor,
    id: i64,
    (came, absent): (&[i64], &[i64]),
) -> Result<(), AppError> {
    let services = services(config).await?;
    let marks = came.iter().map(|person| (*person, true)).chain(absent.iter().map(|person| (*person, false)));
    for (person, was_there) in marks {
        match services.mark_attendance(actor, id, person, was_there).await {
            Err(ActionError::Refused(Refusal::NotInvited)) => {
                return Err(input(format!("{person} is not invited to gathering {id}")))
            }
            outcome => outcome?,
        }
    }
    let store = &services.store;
    let gathering = match services.gathering_for(actor, id).await {
        Err(ActionError::Refused(Refusal::NoSuchGathering(_))) => {
            return Err(input(format!("there is no gathering {id}")))
        }
        found => found?,
    };
    let answers = store.rsvps(id).await?;
    let marked = store.attendance(id).await?;
    println!(
        "{} ({}){}",
        gathering.topic,
        gathering.local_start().format("%Y-%m-%d %H:%M"),
        if gathering.cancelled { " – cancelled" } else { "" }
    );
    let invitees = store.invitees(id).await?;
    if invitees.is_empty() {
        println!("Nobody is invited to it.");
    }
    for member in invitees {
        let answer = match answers.get(&member.user_id) {
            Some(true) => "coming",
            Some(false) => "not coming",
            None => "no answer",
        };
        let came = match marked.get(&member.user_id) {
            Some(true) => "came",
            Some(false) => "did not come",
            None => "not marked",
        };
        println!("{}\t{}\t{answer}\t{came}", member.user_id, member.first_name);
    }
    store.close().await;
    Ok(())
}
