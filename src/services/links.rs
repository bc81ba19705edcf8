//! Linking a trainee to a mentor of the same programme.

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::members::{MentorId, TraineeId};
use crate::store::{Linked, Member};

impl Services {
    /// Links `trainee` to `mentor` (replacing an earlier mentor); returns
    /// both as they are now.
    pub async fn link_mentor(
        &self,
        actor: Actor,
        trainee: TraineeId,
        mentor: MentorId,
    ) -> Result<(Member, Member), ActionError> {
        let now = self.clock.now();
        let (trainee, mentor) = match self.store.link_mentor(trainee, mentor, now).await? {
            Linked::Done { trainee, mentor } => (*trainee, *mentor),
            Linked::NotATrainee => return Err(Refusal::NotATrainee.into()),
            Linked::NotAMentor => return Err(Refusal::NotAMentor.into()),
            Linked::OtherProgramme => return Err(Refusal::OtherProgramme.into()),
        };
        let detail = format!("trainee linked to a mentor in {}", trainee.programme);
        self.store.audit(actor.id(), "link", &detail, Some(trainee.user_id), now).await?;
        Ok((trainee, mentor))
    }
}
