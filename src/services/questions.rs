//! Answering a question handed over to the coordinators: the answer is
//! copied to the asker through the outbox, with a header in their language.

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::outbox::{DedupeKey, Part, Payload};
use crate::i18n::Tr;
use crate::store::QueuedMessage;

impl Services {
    /// Sends `coordinator`'s message `message` (in their chat) to the asker of
    /// question `id`, and records the question as answered.
    pub async fn answer_question(&self, actor: &Actor, id: i64, message: i32) -> Result<(), ActionError> {
        let coordinator = actor.person.ok_or(Refusal::OperatorsOnly)?;
        let question = self.store.question(id).await?.ok_or(Refusal::NoSuchQuestion(id))?;
        self.ensure_organisation(actor, question.organisation.as_deref())?;
        let now = self.clock.now();
        let asker_tr = Tr::new(self.i18n.clone(), question.language);
        let key = |part| Some(DedupeKey::Answer { coordinator, message, part });
        let messages = [
            QueuedMessage {
                chat_id: question.asker,
                payload: Payload::text(asker_tr.t("ask-answer-header")),
                due_at: now,
                dedupe_key: key(Part::Header),
            },
            QueuedMessage {
                chat_id: question.asker,
                payload: Payload::Copy {
                    from_chat_id: coordinator,
                    message_id: message,
                    if_undeliverable: Vec::new(),
                },
                due_at: now,
                dedupe_key: key(Part::Copy),
            },
        ];
        self.store.answer(id, coordinator, &messages, now).await?;
        let detail = format!("question {id}");
        self.audit(actor, question.organisation.as_deref(), "answer", &detail, Some(question.asker)).await?;
        Ok(())
    }
}
