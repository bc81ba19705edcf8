//! Notices people expect when their membership changes: a coordinator
//! hears who joined; a trainee and a mentor hear that they were linked (and
//! a replaced mentor that they no longer are), with first names only. They
//! go through the outbox in each person's language and wait for the end
//! of the quiet hours.

use super::Services;
use crate::domain::members::Role;
use crate::domain::outbox::{Button, DedupeKey, Payload, Press};
use crate::domain::Lang;
use crate::i18n::Tr;
use crate::store::{Member, QueuedMessage, StoreError};

impl Services {
    /// Tells the coordinators of `member`'s organisation that they joined
    /// (not the joiner, when a coordinator joins); returns how many.
    pub async fn tell_joined(&self, member: &Member) -> Result<u64, StoreError> {
        let coordinators = self.coordinators_of(member.organisation.as_deref()).await?;
        let notices = coordinators.into_iter().filter(|(id, _)| *id != member.user_id).map(|(id, lang)| {
            let tr = Tr::new(self.i18n.clone(), lang);
            let programme = self.place_of(member, lang);
            let cohort = member.cohort_or_none();
            let text = tr.with(
                "notice-joined",
                &[
                    ("name", member.first_name.as_str().into()),
                    ("role", member.role.code().into()),
                    ("programme", programme.into()),
                    ("cohort", cohort.into()),
                ],
            );
            (id, member.user_id, text, vec![menu(&tr)])
        });
        let notices: Vec<_> = notices.collect();
        self.queue_notices("joined", notices).await
    }

    /// Tells `trainee` and `mentor` that they are linked, and the mentor
    /// the trainee had before (if another) that they no longer are. Linking
    /// the same pair again tells nobody.
    pub async fn tell_linked(
        &self,
        trainee: &Member,
        mentor: &Member,
        before: Option<&Member>,
    ) -> Result<u64, StoreError> {
        if before.is_some_and(|before| before.user_id == mentor.user_id) {
            return Ok(0);
        }
        let name = |member: &Member| member.first_name.clone();
        let tr = |member: &Member| Tr::new(self.i18n.clone(), member.language).reading(member.easy_read);
        let (to_trainee, to_mentor) = (tr(trainee), tr(mentor));
        let write =
            Button::new(to_mentor.t("notice-write-to-trainee"), Press::WriteTo { trainee: trainee.user_id });
        let notices = vec![
            (
                trainee.user_id,
                mentor.user_id,
                to_trainee.with("notice-linked-trainee", &[("mentor", name(mentor).into())]),
                vec![menu(&to_trainee)],
            ),
            (
                mentor.user_id,
                trainee.user_id,
                to_mentor.with("notice-linked-mentor", &[("trainee", name(trainee).into())]),
                vec![vec![write]],
            ),
        ];
        if let Some(before) = before.filter(|before| before.role == Role::Mentor) {
            let to_before = tr(before);
            let text = to_before.with("notice-unlinked-mentor", &[("trainee", name(trainee).into())]);
            self.queue_notices(
                "unlinked",
                vec![(before.user_id, trainee.user_id, text, vec![menu(&to_before)])],
            )
            .await?;
        }
        self.queue_notices("linked", notices).await
    }

    /// Tells, without a word about the person, that `member` left (their
    /// data is gone or going): the coordinators of their organisation, a
    /// trainee's mentor, and a mentor's `trainees`. The rows name nobody.
    pub async fn tell_left(&self, member: &Member, trainees: &[Member]) -> Result<u64, StoreError> {
        let mut notices = Vec::new();
        for (id, lang) in self.coordinators_of(member.organisation.as_deref()).await? {
            if id != member.user_id {
                let tr = Tr::new(self.i18n.clone(), lang);
                let programme = self.place_of(member, lang);
                let args = [("role", member.role.code().into()), ("programme", programme.into())];
                notices.push((id, tr.with("notice-left", &args), menu(&tr)));
            }
        }
        let mentor = match member.mentor_id.filter(|_| member.role == Role::Trainee) {
            Some(id) => self.store.member(id).await?,
            None => None,
        };
        for (person, key) in mentor
            .iter()
            .map(|m| (m, "notice-left-trainee"))
            .chain(trainees.iter().map(|t| (t, "notice-left-mentor")))
        {
            let tr = Tr::new(self.i18n.clone(), person.language).reading(person.easy_read);
            notices.push((person.user_id, tr.t(key), menu(&tr)));
        }
        let due_at = self.quiet.next_allowed(self.clock.now());
        let messages: Vec<QueuedMessage> = notices
            .into_iter()
            .map(|(chat_id, text, buttons)| QueuedMessage {
                chat_id,
                payload: Payload::Text { text, buttons: vec![buttons] },
                due_at,
                dedupe_key: None,
            })
            .collect();
        self.store.enqueue_messages(&messages).await
    }

    /// Where `member` belongs, in `lang`: their programme, or for a
    /// coordinator their organisation (the stored id when neither is known).
    pub fn place_of(&self, member: &Member, lang: Lang) -> String {
        match self.catalogue.programme(&member.programme) {
            Some(programme) => programme.short_name.get(lang).to_owned(),
            None => member
                .organisation
                .as_deref()
                .and_then(|id| self.organisations.get(id))
                .map_or(member.programme.clone(), |o| o.name.get(lang).to_owned()),
        }
    }

    /// Queues each notice `(to, about, text, buttons)` of `event`, keyed
    /// so that /forget of `about` finds it.
    async fn queue_notices(
        &self,
        event: &str,
        notices: Vec<(i64, i64, String, Vec<Vec<Button>>)>,
    ) -> Result<u64, StoreError> {
        let now = self.clock.now();
        let due_at = self.quiet.next_allowed(now);
        let messages: Vec<QueuedMessage> = notices
            .into_iter()
            .map(|(to, about, text, buttons)| QueuedMessage {
                chat_id: to,
                payload: Payload::Text { text, buttons },
                due_at,
                dedupe_key: Some(DedupeKey::Membership {
                    event: event.to_owned(),
                    about,
                    to,
                    at: now.timestamp_millis(),
                }),
            })
            .collect();
        self.store.enqueue_messages(&messages).await
    }
}

fn menu(tr: &Tr) -> Vec<Button> {
    vec![Button::new(tr.t("menu-back"), Press::Menu)]
}
