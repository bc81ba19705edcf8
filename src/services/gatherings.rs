//! Gatherings: planning, changing and cancelling them (each audited, with
//! the notices queued), gatherings in words, and the reminders and notices
//! that go through the outbox. Used by the bot, the CLI and the reminder
//! scheduler alike.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Oslo;

use super::{bounded_text, ActionError, Actor, Refusal, Services};
use crate::domain::gatherings::{
    plan_starts, Audience, Gathering, GatheringPlan, TimeError, DURATION_MINUTES, MAX_SERIES, MAX_TEXT,
};
use crate::domain::outbox::{Button, DedupeKey, Payload, Press};
use crate::domain::reminders::Lead;
use crate::i18n::{clock_time, date_in_words, Tr};
use crate::store::{GatheringChange, QueuedMessage, Revised, StoreError};

/// When a gathering is, in words: "tirsdag 5. januar 2027, kl. 17.00–19.00".
pub fn when(tr: &Tr, gathering: &Gathering) -> String {
    let start = gathering.starts_at.with_timezone(&Oslo);
    let end = gathering.ends_at().with_timezone(&Oslo);
    let date = date_in_words(tr, start.date_naive());
    tr.with(
        "gathering-when",
        &[
            ("date", date.into()),
            ("from", clock_time(tr, start.time()).into()),
            ("to", clock_time(tr, end.time()).into()),
        ],
    )
}

/// A gathering's topic, time, place and agenda.
pub fn describe(tr: &Tr, gathering: &Gathering) -> String {
    let mut text = format!(
        "{}\n{}\n{}",
        gathering.topic,
        when(tr, gathering),
        tr.with("gathering-place", &[("place", gathering.place.as_str().into())])
    );
    if !gathering.agenda.is_empty() {
        text.push_str(&format!("\n\n{}", gathering.agenda));
    }
    text
}

/// Why those invited are told of a gathering.
#[derive(Clone, Copy, Debug)]
enum Announcement<'a> {
    /// Planned: the first of `series` monthly gatherings.
    New {
        series: usize,
    },
    /// Moved or re-placed; `before` is how it was.
    Changed {
        before: &'a Gathering,
    },
    Cancelled,
    /// Cancelled with the `count` - 1 later ones of its series.
    SeriesCancelled {
        count: u64,
    },
}

/// The lines that say what changed between `before` and `after`; a move
/// asks for the answer again (earlier answers are reset).
fn what_changed(tr: &Tr, before: &Gathering, after: &Gathering) -> String {
    let moved = before.starts_at != after.starts_at;
    let mut lines = Vec::new();
    if moved {
        let args = [("when", when(tr, after).into()), ("before", when(tr, before).into())];
        lines.push(tr.with("notice-changed-time", &args));
    }
    if before.place != after.place {
        let args = [("place", after.place.as_str().into()), ("before", before.place.as_str().into())];
        lines.push(tr.with("notice-changed-place", &args));
    }
    if before.topic != after.topic {
        let args = [("topic", after.topic.as_str().into()), ("before", before.topic.as_str().into())];
        lines.push(tr.with("notice-changed-topic", &args));
    }
    if before.agenda != after.agenda {
        lines.push(tr.t("notice-changed-agenda"));
    }
    if moved {
        lines.push(tr.t("notice-answer-again"));
    }
    lines.join("\n")
}

/// Coming, not coming, and add to calendar.
pub fn rsvp_buttons(tr: &Tr, id: i64) -> Vec<Vec<Button>> {
    let button = |key: &str, press: Press| Button::new(tr.t(key), press);
    vec![
        vec![
            button("gathering-coming", Press::Rsvp { gathering: id, coming: true }),
            button("gathering-not-coming", Press::Rsvp { gathering: id, coming: false }),
        ],
        vec![button("gathering-calendar", Press::Calendar { gathering: id })],
    ]
}

impl Services {
    /// Plans the gatherings of `plan` (one, or a monthly series) with their
    /// reminders; returns their ids.
    pub async fn plan_gatherings(
        &self,
        actor: &Actor,
        plan: &GatheringPlan,
    ) -> Result<Vec<i64>, ActionError> {
        let Some(organisation) = self.organisation_of(&plan.programme).map(|o| o.id.clone()) else {
            return Err(Refusal::UnknownProgramme(plan.programme.clone()).into());
        };
        self.ensure_programme(actor, &plan.programme)?;
        if let Audience::Cohort(id) = plan.audience {
            if self.store.cohort(id).await?.is_none_or(|cohort| cohort.programme != plan.programme) {
                return Err(Refusal::UnknownCohort.into());
            }
        }
        if !DURATION_MINUTES.contains(&plan.duration_minutes) {
            return Err(Refusal::Duration.into());
        }
        if !(1..=MAX_SERIES).contains(&plan.months) {
            return Err(Refusal::Months.into());
        }
        bounded_text(&plan.place, MAX_TEXT)?;
        bounded_text(&plan.topic, MAX_TEXT)?;
        if plan.agenda.chars().count() > MAX_TEXT {
            return Err(Refusal::TextLength { max: MAX_TEXT }.into());
        }
        let now = self.clock.now();
        let starts = plan_starts(plan, now).map_err(Refusal::Time)?;
        let ids = self.store.add_gatherings(plan, &starts, self.quiet, now).await?;
        if let Some(first) = self.store.gathering(ids[0]).await? {
            let series = Announcement::New { series: ids.len() };
            self.announce(&Revised { gathering: first, revision: 0 }, series, now).await?;
        }
        let detail = format!("{} gathering(s) from {}", ids.len(), ids.first().copied().unwrap_or_default());
        self.audit(actor, Some(&organisation), "gathering added", &detail, None).await?;
        Ok(ids)
    }

    /// Moves a gathering or changes its place, topic or agenda, and tells everyone invited
    /// once. Returns the gathering as it is now and how many will be told.
    pub async fn change_gathering(
        &self,
        actor: &Actor,
        id: i64,
        change: GatheringChange,
    ) -> Result<(Revised, u64), ActionError> {
        let organisation = self.gathering_to_manage(actor, id).await?;
        let now = self.clock.now();
        if change.starts_at.is_none()
            && change.place.is_none()
            && change.topic.is_none()
            && change.agenda.is_none()
        {
            return Err(Refusal::NothingToChange.into());
        }
        if let Some(starts_at) = change.starts_at.filter(|at| *at <= now) {
            let local = starts_at.with_timezone(&Oslo).naive_local();
            return Err(Refusal::Time(TimeError::InThePast(local)).into());
        }
        for text in [&change.place, &change.topic].into_iter().flatten() {
            bounded_text(text, MAX_TEXT)?;
        }
        if change.agenda.as_ref().is_some_and(|agenda| agenda.chars().count() > MAX_TEXT) {
            return Err(Refusal::TextLength { max: MAX_TEXT }.into());
        }
        let before = self.store.gathering(id).await?.ok_or(Refusal::NoSuchGathering(id))?;
        let revised = self
            .store
            .change_gathering(id, &change, self.quiet, now)
            .await?
            .ok_or(Refusal::NoSuchGathering(id))?;
        let told = self.announce(&revised, Announcement::Changed { before: &before }, now).await?;
        self.audit(actor, organisation.as_deref(), "gathering changed", &format!("gathering {id}"), None)
            .await?;
        Ok((revised, told))
    }

    /// Cancels a gathering and tells everyone invited once; returns it as
    /// it is now and how many will be told.
    pub async fn cancel_gathering(&self, actor: &Actor, id: i64) -> Result<(Revised, u64), ActionError> {
        let organisation = self.gathering_to_manage(actor, id).await?;
        let now = self.clock.now();
        let revised = self.store.cancel_gathering(id).await?.ok_or(Refusal::NoSuchGathering(id))?;
        let told = self.announce(&revised, Announcement::Cancelled, now).await?;
        self.audit(actor, organisation.as_deref(), "gathering cancelled", &format!("gathering {id}"), None)
            .await?;
        Ok((revised, told))
    }

    /// Cancels gathering `id` and the rest of its monthly series and tells
    /// everyone invited once; returns it as it is now, how many gatherings
    /// were cancelled and how many people will be told.
    pub async fn cancel_series(&self, actor: &Actor, id: i64) -> Result<(Revised, u64, u64), ActionError> {
        let organisation = self.gathering_to_manage(actor, id).await?;
        let now = self.clock.now();
        let (revised, count) =
            self.store.cancel_rest_of_series(id).await?.ok_or(Refusal::NoSuchGathering(id))?;
        let told = self.announce(&revised, Announcement::SeriesCancelled { count }, now).await?;
        let detail = format!("gathering {id} and the rest of its series: {count} cancelled");
        self.audit(actor, organisation.as_deref(), "gathering cancelled", &detail, None).await?;
        Ok((revised, count, told))
    }

    /// Marks whether `user_id` came to gathering `id`: once it has begun,
    /// for someone invited, by a coordinator of its programme.
    pub async fn mark_attendance(
        &self,
        actor: &Actor,
        id: i64,
        user_id: i64,
        came: bool,
    ) -> Result<(), ActionError> {
        let gathering = self.gathering_for(actor, id).await?;
        if gathering.cancelled {
            return Err(Refusal::NoSuchGathering(id).into());
        }
        if gathering.starts_at > self.clock.now() {
            return Err(Refusal::NotStartedYet.into());
        }
        if !self.store.invitees(id).await?.iter().any(|member| member.user_id == user_id) {
            return Err(Refusal::NotInvited.into());
        }
        self.store.set_attendance(id, user_id, came).await?;
        Ok(())
    }

    /// The gathering `id` if `actor` may see or manage it (cancelled ones
    /// too, for attendance).
    pub async fn gathering_for(&self, actor: &Actor, id: i64) -> Result<Gathering, ActionError> {
        let gathering = self.store.gathering(id).await?.ok_or(Refusal::NoSuchGathering(id))?;
        self.ensure_programme(actor, &gathering.programme)?;
        Ok(gathering)
    }

    /// The organisation of gathering `id`, if it is not cancelled and
    /// `actor` may manage it.
    async fn gathering_to_manage(&self, actor: &Actor, id: i64) -> Result<Option<String>, ActionError> {
        let gathering = self.gathering_for(actor, id).await?;
        if gathering.cancelled {
            return Err(Refusal::NoSuchGathering(id).into());
        }
        Ok(self.organisation_of(&gathering.programme).map(|o| o.id.clone()))
    }

    /// Queues the `lead` reminder of gathering `id` for everyone invited who
    /// wants that lead, and marks the lead handled. A gathering that is
    /// cancelled or has begun gets none. Returns how many were queued.
    pub async fn queue_reminder(&self, id: i64, lead: Lead, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let gathering = self.store.gathering(id).await?;
        let send_at = self.quiet.next_allowed(now);
        let messages = match gathering {
            Some(g) if !g.cancelled && send_at < g.starts_at => {
                let invitees = self.store.invitees(id).await?;
                invitees
                    .into_iter()
                    .filter(|member| member.leads.contains(lead))
                    .map(|member| {
                        let tr = Tr::new(self.i18n.clone(), member.language).reading(member.easy_read);
                        let text = format!(
                            "{}\n\n{}\n\n{}",
                            tr.with("reminder-text", &[("lead", lead.word().into())]),
                            describe(&tr, &g),
                            tr.t("reminder-question")
                        );
                        QueuedMessage {
                            chat_id: member.user_id,
                            payload: Payload::Text { text, buttons: rsvp_buttons(&tr, id) },
                            due_at: send_at,
                            dedupe_key: Some(DedupeKey::Reminder {
                                gathering: id,
                                person: member.user_id,
                                lead: lead.code().to_owned(),
                            }),
                        }
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        self.store.finish_reminder(id, lead, &messages).await
    }

    /// Tells everyone invited that a gathering was planned, changed (saying
    /// what changed) or cancelled, once per revision. Notices wait for the
    /// end of the quiet hours unless the gathering starts before that.
    /// Returns how many were queued.
    async fn announce(
        &self,
        revised: &Revised,
        what: Announcement<'_>,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let Revised { gathering, revision } = revised;
        let later = self.quiet.next_allowed(now);
        let send_at = if later < gathering.starts_at { later } else { now };
        let messages: Vec<QueuedMessage> = self
            .store
            .invitees(gathering.id)
            .await?
            .into_iter()
            .map(|member| {
                let tr = Tr::new(self.i18n.clone(), member.language).reading(member.easy_read);
                let topic = gathering.topic.as_str();
                let intro = match what {
                    Announcement::Cancelled => {
                        let args = [("topic", topic.into()), ("when", when(&tr, gathering).into())];
                        return (member.user_id, Payload::text(tr.with("notice-cancelled", &args)));
                    }
                    Announcement::SeriesCancelled { count } => {
                        let when = when(&tr, gathering);
                        let args = [("topic", topic.into()), ("when", when.into()), ("count", count.into())];
                        return (member.user_id, Payload::text(tr.with("notice-cancelled-series", &args)));
                    }
                    Announcement::New { series: 1 } => tr.with("notice-new", &[("topic", topic.into())]),
                    Announcement::New { series } => {
                        tr.with("notice-new-series", &[("topic", topic.into()), ("count", series.into())])
                    }
                    Announcement::Changed { before } => format!(
                        "{}\n{}\n\n{}",
                        tr.with("notice-changed", &[("topic", topic.into())]),
                        what_changed(&tr, before, gathering),
                        tr.t("notice-now")
                    ),
                };
                let text = format!("{intro}\n\n{}", describe(&tr, gathering));
                (member.user_id, Payload::Text { text, buttons: rsvp_buttons(&tr, gathering.id) })
            })
            .map(|(person, payload)| QueuedMessage {
                chat_id: person,
                payload,
                due_at: send_at,
                dedupe_key: Some(DedupeKey::Notice { gathering: gathering.id, revision: *revision, person }),
            })
            .collect();
        self.store.enqueue_messages(&messages).await
    }
}
