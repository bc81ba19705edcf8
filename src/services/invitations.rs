//! Invitations: a single-use code that makes someone a trainee (of a
//! cohort), a mentor or a coordinator of a programme.

use chrono::{DateTime, Duration, Utc};

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::members::{Role, MAX_COHORT_NAME, MAX_INVITATION_DAYS};
use crate::store::{Cohort, NewInvitation};

/// Which cohort an invitation is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CohortChoice {
    None,
    Existing(i64),
    /// A new cohort of this name (or the existing one called so).
    Named(String),
}

/// What to invite to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvitationRequest {
    pub role: Role,
    pub programme: String,
    pub cohort: CohortChoice,
    /// Days until the code expires.
    pub days: i64,
}

/// A made invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub code: String,
    pub role: Role,
    pub programme: String,
    pub cohort: Option<Cohort>,
    pub expires_at: DateTime<Utc>,
}

impl Services {
    /// Makes an invitation; the cohort is created if it is new.
    pub async fn invite(&self, actor: Actor, request: InvitationRequest) -> Result<Invitation, ActionError> {
        let InvitationRequest { role, programme, cohort, days } = request;
        if self.catalogue.programme(&programme).is_none() {
            return Err(Refusal::UnknownProgramme(programme).into());
        }
        if !(1..=MAX_INVITATION_DAYS).contains(&days) {
            return Err(Refusal::InvitationDays { max: MAX_INVITATION_DAYS }.into());
        }
        let cohort = match cohort {
            CohortChoice::Existing(id) => Some(
                self.store
                    .cohort(id)
                    .await?
                    .filter(|c| c.programme == programme)
                    .ok_or(Refusal::UnknownCohort)?,
            ),
            CohortChoice::Named(name) => {
                let name = name.trim();
                if name.is_empty() || name.chars().count() > MAX_COHORT_NAME {
                    return Err(Refusal::CohortName { max: MAX_COHORT_NAME }.into());
                }
                Some(self.store.ensure_cohort(&programme, name).await?)
            }
            CohortChoice::None if role == Role::Trainee => return Err(Refusal::TraineeNeedsCohort.into()),
            CohortChoice::None => None,
        };
        let now = self.clock.now();
        let new = NewInvitation {
            role,
            programme,
            cohort_id: cohort.as_ref().map(|c| c.id),
            expires_at: now + Duration::days(days),
            created_by: actor.id(),
        };
        let code = self.store.create_invitation(&new).await?;
        let cohort_words = cohort.as_ref().map_or(String::new(), |c| format!(", cohort {}", c.name));
        // The audit log names what the invitation is for, never its code.
        let detail = format!("{} in {}{cohort_words}", role.code(), new.programme);
        self.store.audit(actor.id(), "invitation", &detail, None, now).await?;
        Ok(Invitation { code, role, programme: new.programme, cohort, expires_at: new.expires_at })
    }
}
