//! Linking a trainee to a mentor of the same programme.

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
        if let Some(found) = self.store.member(trainee.0).await?.filter(|m| m.role == Role::Trainee) {
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
        Ok((trainee, mentor))
    }
}
