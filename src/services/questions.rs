//! Answering a question handed over to the coordinators, or a concern
//! raised with /flag: the answer is copied to the person through the
//! outbox, with a header in their language.

use chrono::{DateTime, Utc};

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::outbox::{DedupeKey, Part, Payload};
use crate::i18n::Tr;
use crate::store::{ConcernKey, QueuedMessage};

impl Services {
    /// Sends `coordinator`'s message `message` (in their chat) to the asker of
    /// question `id`, and records the question as answered.
    pub async fn answer_question(&self, actor: &Actor, id: i64, message: i32) -> Result<(), ActionError> {
        let coordinator = actor.person.ok_or(Refusal::OperatorsOnly)?;
        let question = self.store.question(id).await?.ok_or(Refusal::NoSuchQuestion(id))?;
        self.ensure_organisation(actor, question.organisation.as_deref())?;
        let now = self.clock.now();
        let header = Tr::new(self.i18n.clone(), question.language).t("ask-answer-header");
        let messages = answer(question.asker, coordinator, message, header, now);
        self.store.answer(id, coordinator, &messages, now).await?;
        let detail = format!("question {id}");
        self.audit(actor, question.organisation.as_deref(), "answer", &detail, Some(question.asker)).await?;
        Ok(())
    }

    /// Sends `coordinator`'s message `message` to whoever raised `concern`
    /// with /flag, and records it answered: refused unless they are still a
    /// member of the actor's organisation.
    pub async fn answer_concern(
        &self,
        actor: &Actor,
        concern: ConcernKey,
        message: i32,
    ) -> Result<(), ActionError> {
        let coordinator = actor.person.ok_or(Refusal::OperatorsOnly)?;
        let raised_by = concern.raised_by;
        let member = self.store.member(raised_by).await?.ok_or(Refusal::NotAMember)?;
        self.ensure_organisation(actor, member.organisation.as_deref())?;
        let now = self.clock.now();
        let tr = Tr::new(self.i18n.clone(), member.language).reading(member.easy_read);
        self.store
            .enqueue_messages(&answer(raised_by, coordinator, message, tr.t("flag-answer-header"), now))
            .await?;
        self.store.concern_answered(concern, coordinator, now).await?;
        self.audit(actor, member.organisation.as_deref(), "concern answered", "concern", Some(raised_by))
            .await?;
        Ok(())
    }
}

/// A header in the recipient's language and a copy of the coordinator's
/// message, through the outbox.
fn answer(to: i64, coordinator: i64, message: i32, header: String, now: DateTime<Utc>) -> [QueuedMessage; 2] {
    let key = |part| Some(DedupeKey::Answer { coordinator, message, part });
    [
        QueuedMessage {
            chat_id: to,
            payload: Payload::text(header),
            due_at: now,
            dedupe_key: key(Part::Header),
        },
        QueuedMessage {
            chat_id: to,
            payload: Payload::Copy {
                from_chat_id: coordinator,
                message_id: message,
                if_undeliverable: Vec::new(),
            },
            due_at: now,
            dedupe_key: key(Part::Copy),
        },
    ]
}
