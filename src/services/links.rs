//! Linking a trainee to a mentor of the same programme; both are told.

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::members::{MentorId, Role, TraineeId};
use crate::store::{Linked, Member};

impl Services {
    /// Links `trainee` to `mentor` (replacing an earlier mentor); returns
    /// both as they are now.
    pub async fn link_mentor(
        &self,
        actor: &Actor,
        trainee: TraineeId,
        mentor: MentorId,
    ) -> Result<(Member, Member), ActionError> {
        // A trainee of another organisation is refused before anything is looked at further.
        let found = self.store.member(trainee.0).await?.filter(|m| m.role == Role::Trainee);
        if let Some(found) = &found {
            self.ensure_programme(actor, &found.programme)?;
        }
        let now = self.clock.now();
        let (trainee, mentor) = match self.store.link_mentor(trainee, mentor, now).await? {
            Linked::Done { trainee, mentor } => (*trainee, *mentor),
            Linked::NotATrainee => return Err(Refusal::NotATrainee.into()),
            Linked::NotAMentor => return Err(Refusal::NotAMentor.into()),
            Linked::OtherProgramme => return Err(Refusal::OtherProgramme.into()),
        };
        let detail = format!("trainee linked to a mentor in {}", trainee.programme);
        self.audit(actor, trainee.organisation.as_deref(), "link", &detail, Some(trainee.user_id)).await?;
        let before = match found.and_then(|f| f.mentor_id) {
            Some(id) => self.store.member(id).await?,
            None => None,
        };
        self.tell_linked(&trainee, &mentor, before.as_ref()).await?;
        Ok((trainee, mentor))
    }
}
