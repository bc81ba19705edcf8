//! Invitations: a single-use code that makes someone a trainee (of a
//! cohort) or a mentor of a programme, or a coordinator of an organisation;
//! and taking invitations and roles back.

use chrono::{DateTime, Duration, Utc};

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::members::{Role, MAX_COHORT_NAME, MAX_INVITATION_DAYS};
use crate::domain::outbox::Payload;
use crate::i18n::Tr;
use crate::store::{Member, NewInvitation, OpenInvitation, QueuedMessage};

/// Which cohort an invitation is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CohortChoice {
    None,
    Existing(i64),
    /// A new cohort of this name (or the existing one called so).
    Named(String),
}

/// What an invitation makes someone part of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteTo {
    /// A trainee or mentor of this programme.
    Programme(String),
    /// A coordinator of this organisation.
    Organisation(String),
}

/// What to invite to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationRequest {
    pub role: Role,
    pub to: InviteTo,
    pub cohort: CohortChoice,
    /// Days until the code expires.
    pub days: i64,
}

/// A made invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub code: String,
    pub role: Role,
    /// The programme (empty for a coordinator).
    pub programme: String,
    pub organisation: String,
    /// The cohort's name (a new one is made when the invitation is used).
    pub cohort: Option<String>,
    /// Whether the cohort is made only when the invitation is used.
    pub new_cohort: bool,
    pub expires_at: DateTime<Utc>,
}

impl Services {
    /// Makes an invitation; a new cohort is named on it and made only when
    /// the invitation is used. Only
    /// operators invite coordinators, unless the settings let coordinators
    /// invite coordinators for their own organisation.
    pub async fn invite(&self, actor: &Actor, request: InvitationRequest) -> Result<Invitation, ActionError> {
        let InvitationRequest { role, to, cohort, days } = request;
        let (programme, organisation) = match (role, to) {
            (Role::Coordinator, InviteTo::Organisation(id)) => {
                if self.organisations.get(&id).is_none() {
                    return Err(Refusal::UnknownProgramme(id).into());
                }
                self.ensure_organisation(actor, Some(&id))?;
                if !actor.operator && !self.coordinators_invite_coordinators {
                    return Err(Refusal::OperatorsOnly.into());
                }
                (String::new(), id)
            }
            (Role::Trainee | Role::Mentor, InviteTo::Programme(programme)) => {
                let Some(organisation) = self.organisation_of(&programme).map(|o| o.id.clone()) else {
                    return Err(Refusal::UnknownProgramme(programme).into());
                };
                self.ensure_programme(actor, &programme)?;
                (programme, organisation)
            }
            // A coordinator of a programme, or a trainee of an organisation.
            (_, InviteTo::Programme(id) | InviteTo::Organisation(id)) => {
                return Err(Refusal::UnknownProgramme(id).into())
            }
        };
        if !(1..=MAX_INVITATION_DAYS).contains(&days) {
            return Err(Refusal::InvitationDays { max: MAX_INVITATION_DAYS }.into());
        }
        let (cohort_id, new_cohort) = match cohort {
            CohortChoice::Existing(id) => {
                let cohort = self.store.cohort(id).await?;
                let cohort = cohort.filter(|c| c.programme == programme && !programme.is_empty());
                let cohort = cohort.ok_or(Refusal::UnknownCohort)?;
                (Some(cohort.id), Some(cohort.name))
            }
            CohortChoice::Named(_) if programme.is_empty() => return Err(Refusal::UnknownCohort.into()),
            CohortChoice::Named(name) => {
                let name = name.trim();
                if name.is_empty() || name.chars().count() > MAX_COHORT_NAME {
                    return Err(Refusal::CohortName { max: MAX_COHORT_NAME }.into());
                }
                match self.store.cohort_named(&programme, name).await? {
                    Some(cohort) => (Some(cohort.id), Some(cohort.name)),
                    None => (None, Some(name.to_owned())),
                }
            }
            CohortChoice::None if role == Role::Trainee => return Err(Refusal::TraineeNeedsCohort.into()),
            CohortChoice::None => (None, None),
        };
        let now = self.clock.now();
        let new = NewInvitation {
            role,
            programme,
            organisation,
            cohort_id,
            new_cohort: new_cohort.clone().filter(|_| cohort_id.is_none()),
            expires_at: now + Duration::days(days),
            created_by: actor.person,
        };
        let code = self.store.create_invitation(&new).await?;
        let cohort_words = new_cohort.as_ref().map_or(String::new(), |name| format!(", cohort {name}"));
        let place = if new.programme.is_empty() { &new.organisation } else { &new.programme };
        // The audit log names what the invitation is for, never its code.
        let detail = format!("{} in {place}{cohort_words}", role.code());
        self.audit(actor, Some(&new.organisation), "invitation", &detail, None).await?;
        Ok(Invitation {
            code,
            role,
            programme: new.programme,
            organisation: new.organisation,
            new_cohort: new.new_cohort.is_some(),
            cohort: new_cohort,
            expires_at: new.expires_at,
        })
    }

    /// The unused invitations `actor` may see.
    pub async fn open_invitations(&self, actor: &Actor) -> Result<Vec<OpenInvitation>, ActionError> {
        Ok(self.store.open_invitations(actor.scope.organisation(), self.clock.now()).await?)
    }

    /// Revokes the unused invitation `code` (a coordinator invitation: as
    /// one who may make them).
    pub async fn revoke_invitation(&self, actor: &Actor, code: &str) -> Result<OpenInvitation, ActionError> {
        let invitation = self.store.open_invitation(code).await?.ok_or(Refusal::NoSuchInvitation)?;
        self.ensure_organisation(actor, invitation.organisation.as_deref())?;
        if invitation.role == Role::Coordinator && !actor.operator && !self.coordinators_invite_coordinators {
            return Err(Refusal::OperatorsOnly.into());
        }
        if !self.store.revoke_invitation(code).await? {
            return Err(Refusal::NoSuchInvitation.into());
        }
        let place = if invitation.programme.is_empty() {
            invitation.organisation.clone().unwrap_or_default()
        } else {
            invitation.programme.clone()
        };
        let detail = format!("unused {} invitation in {place} revoked", invitation.role.code());
        self.audit(actor, invitation.organisation.as_deref(), "invitation revoked", &detail, None).await?;
        Ok(invitation)
    }

    /// Takes `user_id`'s role away (a coordinator is demoted) and tells
    /// them so, through the outbox. Operators only.
    pub async fn remove_member(&self, actor: &Actor, user_id: i64) -> Result<Member, ActionError> {
        if !actor.operator {
            return Err(Refusal::OperatorsOnly.into());
        }
        let member = self.store.member(user_id).await?.ok_or(Refusal::NotAMember)?;
        self.ensure_organisation(actor, member.organisation.as_deref())?;
        let tr = Tr::new(self.i18n.clone(), member.language);
        let organisation = member
            .organisation
            .as_deref()
            .and_then(|id| self.organisations.get(id))
            .map_or_else(|| "none".to_owned(), |o| o.name.get(member.language).to_owned());
        let notice = QueuedMessage {
            chat_id: user_id,
            payload: Payload::text(tr.with(
                "role-removed",
                &[("role", member.role.code().into()), ("organisation", organisation.into())],
            )),
            due_at: self.clock.now(),
            dedupe_key: None,
        };
        let trainees = match member.role {
            Role::Mentor => self.store.trainees_of(user_id).await?,
            _ => Vec::new(),
        };
        if !self.store.remove_member(user_id).await? {
            return Err(Refusal::NotAMember.into());
        }
        self.store.enqueue(&notice).await?;
        self.tell_left(&member, &trainees).await?;
        let detail = format!("{} removed", member.role.code());
        self.audit(actor, member.organisation.as_deref(), "role removed", &detail, Some(user_id)).await?;
        Ok(member)
    }
}
