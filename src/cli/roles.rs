//! `traineebot roles remove|invitations|revoke`: taking roles and unused
//! invitations back. Each is audited; a person whose role goes is told.

use clap::Subcommand;

use super::words::stored_oslo_time;
use super::{organisation_words, services};
use crate::app::AppError;
use crate::config::Config;
use crate::services::Actor;

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// Take a trainee's, mentor's or coordinator's role away (they are an
    /// applicant again and are told so).
    Remove {
        /// Their Telegram id, as `members` shows.
        #[arg(long)]
        user: i64,
    },
    /// The invitations not used yet, with their codes.
    Invitations,
    /// Revoke an unused invitation.
    Revoke {
        /// The invitation code.
        code: String,
    },
}

pub async fn run(config: &Config, actor: &Actor, command: RolesCommand) -> Result<(), AppError> {
    let services = services(config).await?;
    let outcome = match command {
        RolesCommand::Remove { user } => services.remove_member(actor, user).await.map(|member| {
            let organisation = organisation_words(config, member.organisation.as_deref());
            println!(
                "{user} ({}) is no longer a {} of {organisation}; they will be told.",
                member.first_name,
                member.role.code()
            );
        }),
        RolesCommand::Invitations => services.open_invitations(actor).await.map(|invitations| {
            if invitations.is_empty() {
                println!("No unused invitations.");
            }
            for i in invitations {
                let place = if i.programme.is_empty() { "-" } else { i.programme.as_str() };
                let organisation = i.organisation.as_deref().unwrap_or("-");
                let until = stored_oslo_time(&i.expires_at);
                println!("{}\t{}\t{organisation}\t{place}\tuntil {until} Oslo time", i.code, i.role.code());
            }
        }),
        RolesCommand::Revoke { code } => services.revoke_invitation(actor, &code).await.map(|invitation| {
            let organisation = organisation_words(config, invitation.organisation.as_deref());
            println!("The unused {} invitation for {organisation} is revoked.", invitation.role.code());
        }),
    };
    services.store.close().await;
    Ok(outcome?)
}
