//! Gatherings in words, and the messages about them that go through the
//! outbox: reminders and change or cancel notices. Used by the bot, the CLI
//! and the reminder scheduler alike.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Europe::Oslo;

use crate::bot::callback::Action;
use crate::domain::gatherings::Gathering;
use crate::domain::outbox::{Button, Payload};
use crate::domain::reminders::{Lead, QuietHours};
use crate::i18n::{clock_time, date_in_words, I18n, Tr};
use crate::store::{QueuedMessage, Revised, Store, StoreError};

/// What the messages about gatherings need.
#[derive(Clone)]
pub struct Notices {
    pub store: Store,
    pub i18n: Arc<I18n>,
    pub quiet: QuietHours,
}

/// When a gathering is, in words: "tirsdag 5. januar 2027, kl. 17.00–19.00".
/// The year is left out when it is this year.
pub fn when(tr: &Tr, gathering: &Gathering, now: DateTime<Utc>) -> String {
    let start = gathering.starts_at.with_timezone(&Oslo);
    let end = gathering.ends_at().with_timezone(&Oslo);
    let mut date = date_in_words(tr, start.date_naive());
    if start.year() != now.with_timezone(&Oslo).year() {
        date = format!("{date} {}", start.year());
    }
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
pub fn describe(tr: &Tr, gathering: &Gathering, now: DateTime<Utc>) -> String {
    let mut text = format!(
        "{}\n{}\n{}",
        gathering.topic,
        when(tr, gathering, now),
        tr.with("gathering-place", &[("place", gathering.place.as_str().into())])
    );
    if !gathering.agenda.is_empty() {
        text.push_str(&format!("\n\n{}", gathering.agenda));
    }
    text
}

/// Coming, not coming, and add to calendar.
pub fn rsvp_buttons(tr: &Tr, id: i64) -> Vec<Vec<Button>> {
    let button = |key: &str, action: Action| Button { label: tr.t(key), data: action.encode() };
    vec![
        vec![
            button("gathering-coming", Action::Rsvp(id, true)),
            button("gathering-not-coming", Action::Rsvp(id, false)),
        ],
        vec![button("gathering-calendar", Action::Calendar(id))],
    ]
}

impl Notices {
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
                        let tr = Tr::new(self.i18n.clone(), member.language);
                        let text = format!(
                            "{}\n\n{}\n\n{}",
                            tr.with("reminder-text", &[("lead", lead.word().into())]),
                            describe(&tr, &g, now),
                            tr.t("reminder-question")
                        );
                        QueuedMessage {
                            chat_id: member.user_id,
                            payload: Payload::Text { text, buttons: rsvp_buttons(&tr, id) },
                            due_at: send_at,
                            dedupe_key: Some(format!("reminder:{id}:{}:{}", member.user_id, lead.code())),
                        }
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        self.store.finish_reminder(id, lead, &messages).await
    }

    /// Tells everyone invited that a gathering changed or was cancelled,
    /// once per change. Notices wait for the end of the quiet hours unless
    /// the gathering starts before that. Returns how many were queued.
    pub async fn announce(&self, revised: &Revised, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let Revised { gathering, revision } = revised;
        let later = self.quiet.next_allowed(now);
        let send_at = if later < gathering.starts_at { later } else { now };
        let messages: Vec<QueuedMessage> = self
            .store
            .invitees(gathering.id)
            .await?
            .into_iter()
            .map(|member| {
                let tr = Tr::new(self.i18n.clone(), member.language);
                let payload = if gathering.cancelled {
                    let args = [
                        ("topic", gathering.topic.as_str().into()),
                        ("when", when(&tr, gathering, now).into()),
                    ];
                    Payload::text(tr.with("notice-cancelled", &args))
                } else {
                    let intro = tr.with("notice-changed", &[("topic", gathering.topic.as_str().into())]);
                    Payload::Text {
                        text: format!("{intro}\n\n{}", describe(&tr, gathering, now)),
                        buttons: rsvp_buttons(&tr, gathering.id),
                    }
                };
                QueuedMessage {
                    chat_id: member.user_id,
                    payload,
                    due_at: send_at,
                    dedupe_key: Some(format!("notice:{}:{revision}:{}", gathering.id, member.user_id)),
                }
            })
            .collect();
        self.store.enqueue_messages(&messages).await
    }
}
