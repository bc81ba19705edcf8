//! Broadcasts: queueing an announcement for an audience (audited, paced by
//! the quiet hours unless urgent), and cancelling what is left of one.

use chrono::{DateTime, Utc};

use super::{ActionError, Actor, Refusal, Services};
use crate::domain::broadcast::{BroadcastAudience, Translations, MAX_TEXT};
use crate::domain::organisations::Scope;
use crate::domain::outbox::Payload;
use crate::domain::Lang;
use crate::store::NewBroadcast;

/// An announcement to queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BroadcastRequest {
    pub audience: BroadcastAudience,
    /// The message in Bokmål: for everyone without a version in their language.
    pub payload: Payload,
    /// The message in Nynorsk and English, where given.
    pub translations: Translations<Payload>,
    /// When to send it; `None`: now.
    pub at: Option<DateTime<Utc>>,
    /// Send also during the quiet hours.
    pub urgent: bool,
    /// The message that shows its progress (chat, message, language).
    pub status: Option<(i64, i32, Lang)>,
}

/// A queued broadcast.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    pub id: i64,
    pub recipients: usize,
    /// How many get each language version.
    pub by_language: Vec<(Lang, usize)>,
    /// When the first message goes (after the quiet hours, unless urgent).
    pub due_at: DateTime<Utc>,
    /// Whose audience it is (`None`: every organisation's).
    pub organisation: Option<String>,
}

/// A broadcast text that can be sent: not empty, within Telegram's limit.
pub fn check_text(text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        return Err(Refusal::EmptyMessage);
    }
    if text.chars().count() > MAX_TEXT {
        return Err(Refusal::MessageTooLong { max: MAX_TEXT });
    }
    Ok(())
}

/// How many of `languages` are each language, in the order languages are
/// offered (those no one has left out).
pub fn count_by_language(languages: impl Iterator<Item = Lang> + Clone) -> Vec<(Lang, usize)> {
    Lang::ALL
        .into_iter()
        .map(|lang| (lang, languages.clone().filter(|version| *version == lang).count()))
        .filter(|(_, count)| *count > 0)
        .collect()
}

impl Services {
    /// [`Services::audience`], each with the language they chose (`None`: none).
    pub async fn audience_languages(
        &self,
        actor: &Actor,
        audience: &BroadcastAudience,
    ) -> Result<Vec<(i64, Option<Lang>)>, ActionError> {
        let ids = self.audience(actor, audience).await?;
        let chosen = self.store.chosen_languages(&ids).await?;
        Ok(ids.into_iter().zip(chosen).collect())
    }

    /// Everyone in `audience` who can be reached, as far as `actor` may
    /// reach them: one organisation's coordinators reach their own
    /// programmes' trainees and cohorts, and their organisation's mentors,
    /// coordinators and applicants with alerts for its programmes;
    /// "everyone" is for operators.
    pub async fn audience(
        &self,
        actor: &Actor,
        audience: &BroadcastAudience,
    ) -> Result<Vec<i64>, ActionError> {
        self.audience_organisation(actor, audience).await?;
        let coordinators = self.named_coordinators(&actor.scope);
        let covered = self.covered(&actor.scope);
        Ok(self.store.audience_members(audience, &coordinators, covered.as_ref().map(|c| c.within())).await?)
    }

    /// The organisation whose people `audience` is (`None`: every
    /// organisation), or why `actor` may not reach it.
    async fn audience_organisation(
        &self,
        actor: &Actor,
        audience: &BroadcastAudience,
    ) -> Result<Option<String>, ActionError> {
        let programme = match audience {
            BroadcastAudience::Everyone if actor.scope != Scope::Everything => {
                return Err(Refusal::OperatorsOnly.into())
            }
            BroadcastAudience::Trainees(programme) => programme.clone(),
            BroadcastAudience::Cohort(id) => {
                self.store.cohort(*id).await?.ok_or(Refusal::UnknownCohort)?.programme
            }
            _ => return Ok(actor.scope.organisation().map(str::to_owned)),
        };
        self.ensure_programme(actor, &programme)?;
        Ok(self.organisation_of(&programme).map(|o| o.id.clone()))
    }

    /// Queues a broadcast; the outbox sends it.
    pub async fn create_broadcast(
        &self,
        actor: &Actor,
        request: BroadcastRequest,
    ) -> Result<Queued, ActionError> {
        let versions = std::iter::once(&request.payload).chain(request.translations.given().map(|(_, p)| p));
        for payload in versions {
            if let Payload::Text { text, .. } = payload {
                check_text(text)?;
            }
        }
        let now = self.clock.now();
        if request.at.is_some_and(|at| at <= now) {
            return Err(Refusal::SendTimePassed.into());
        }
        let organisation = self.audience_organisation(actor, &request.audience).await?;
        let recipients: Vec<(i64, Lang)> = self
            .audience_languages(actor, &request.audience)
            .await?
            .into_iter()
            .map(|(id, chosen)| (id, request.translations.version_for(chosen)))
            .collect();
        if recipients.is_empty() {
            return Err(Refusal::Nobody.into());
        }
        let at = request.at.unwrap_or(now);
        let due_at = if request.urgent { at } else { self.quiet.next_allowed(at) };
        let (count, by_language) =
            (recipients.len(), count_by_language(recipients.iter().map(|(_, lang)| *lang)));
        let broadcast = NewBroadcast {
            created_by: actor.person,
            audience: request.audience.clone(),
            payload: request.payload,
            translations: request.translations.given().map(|(lang, p)| (lang, p.clone())).collect(),
            recipients,
            due_at,
            urgent: request.urgent,
            status: request.status,
            organisation: organisation.clone(),
        };
        let id = self.store.create_broadcast(&broadcast).await?;
        let languages: Vec<String> =
            by_language.iter().map(|(lang, count)| format!("{count} {}", lang.code())).collect();
        let detail = format!(
            "broadcast {id} to {} ({count} people: {})",
            request.audience.code(),
            languages.join(", ")
        );
        self.audit(actor, organisation.as_deref(), "broadcast", &detail, None).await?;
        Ok(Queued { id, recipients: count, by_language, due_at, organisation })
    }

    /// Cancels what is left of a running broadcast; returns how many
    /// messages will not be sent.
    pub async fn cancel_broadcast(&self, actor: &Actor, id: i64) -> Result<i64, ActionError> {
        let organisation = self.store.broadcast_organisation(id).await?.ok_or(Refusal::NotRunning)?;
        self.ensure_organisation(actor, organisation.as_deref())?;
        let dropped = self.store.cancel_broadcast(id).await?.ok_or(Refusal::NotRunning)?;
        let detail = format!("broadcast {id}: {dropped} not sent");
        self.audit(actor, organisation.as_deref(), "broadcast cancelled", &detail, None).await?;
        Ok(dropped)
    }
}
