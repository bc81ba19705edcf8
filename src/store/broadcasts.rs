//! Broadcasts: the audience's recipients, the queued deliveries, progress,
//! cancelling, and who cannot be reached.

use chrono::{DateTime, Utc};

use super::{instant_text, now_text, Store, StoreError};
use crate::domain::broadcast::BroadcastAudience;
use crate::domain::outbox::{DedupeKey, Payload};
use crate::domain::Lang;

/// A broadcast to queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewBroadcast {
    /// The coordinator (`None`: the command line).
    pub created_by: Option<i64>,
    pub audience: BroadcastAudience,
    /// The message in Bokmål, for everyone without a version in their language.
    pub payload: Payload,
    /// The message in the other languages it was given in.
    pub translations: Vec<(Lang, Payload)>,
    /// Each recipient, with the language of the version they get.
    pub recipients: Vec<(i64, Lang)>,
    /// When the deliveries fall due (already moved out of the quiet hours).
    pub due_at: DateTime<Utc>,
    pub urgent: bool,
    /// The coordinator's message that shows progress, and its language.
    pub status: Option<(i64, i32, Lang)>,
    /// The organisation whose audience it is (`None`: every organisation).
    pub organisation: Option<String>,
}

/// How far a broadcast has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub sent: i64,
    /// Failed for good or unreachable (blocked the bot).
    pub failed: i64,
    /// Still to send (pending or being sent).
    pub left: i64,
    /// Not sent because the broadcast was cancelled.
    pub cancelled: i64,
}

/// A broadcast as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BroadcastSummary {
    pub id: i64,
    pub audience: String,
    pub recipients: i64,
    pub scheduled_at: String,
    pub status: String,
    pub progress: Progress,
    pub status_message: Option<(i64, i32)>,
    pub status_language: Lang,
    pub last_progress: Option<String>,
    pub created_by: Option<i64>,
    pub organisation: Option<String>,
    /// Per language version: how many were sent of how many queued (the
    /// ones a stop dropped no longer count).
    pub languages: Vec<LanguageProgress>,
}

/// How far one language version of a broadcast has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageProgress {
    pub lang: Lang,
    pub sent: i64,
    pub queued: i64,
}

/// Which part of an audience counts: one organisation's people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Within<'a> {
    pub organisation: &'a str,
    /// The organisation's programmes.
    pub programmes: &'a [String],
}

impl Store {
    /// Who is in `audience` and can be reached; `within` one organisation
    /// only its alerts (for its programmes, or for every programme),
    /// mentors and coordinators count. `coordinators` are the coordinators
    /// the settings name (operators and organisations' own), who count as
    /// coordinators too. Whether the audience is the caller's to reach is
    /// the services' to say.
    pub async fn audience_members(
        &self,
        audience: &BroadcastAudience,
        coordinators: &[i64],
        within: Option<Within<'_>>,
    ) -> Result<Vec<i64>, StoreError> {
        let reachable =
            "NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = x.id AND u.unreachable_at IS NOT NULL)";
        let source = match audience {
            BroadcastAudience::Everyone => "SELECT user_id AS id FROM users",
            BroadcastAudience::Alerts => {
                "SELECT DISTINCT user_id AS id FROM alerts WHERE ?1 IS NULL OR programme IS NULL
                     OR programme IN (SELECT value FROM json_each(?1))"
            }
            BroadcastAudience::Trainees(_) => {
                "SELECT user_id AS id FROM members WHERE role = 'trainee' AND programme = ?"
            }
            BroadcastAudience::Cohort(_) => {
                "SELECT user_id AS id FROM members WHERE role = 'trainee' AND cohort_id = ?"
            }
            BroadcastAudience::Mentors => {
                "SELECT user_id AS id FROM members WHERE role = 'mentor' AND (?1 IS NULL OR organisation = ?1)"
            }
            BroadcastAudience::Coordinators => {
                "SELECT user_id AS id FROM members WHERE role = 'coordinator' AND (?1 IS NULL OR organisation = ?1)"
            }
        };
        let sql = format!("SELECT x.id FROM ({source}) x WHERE {reachable} ORDER BY x.id");
        let query = sqlx::query_scalar(&sql);
        let query = match audience {
            BroadcastAudience::Trainees(programme) => query.bind(programme.clone()),
            BroadcastAudience::Cohort(id) => query.bind(*id),
            BroadcastAudience::Alerts => {
                query.bind(within.map(|w| serde_json::to_string(w.programmes)).transpose()?)
            }
            BroadcastAudience::Mentors | BroadcastAudience::Coordinators => {
                query.bind(within.map(|w| w.organisation.to_owned()))
            }
            BroadcastAudience::Everyone => query,
        };
        let mut ids: Vec<i64> = query.fetch_all(&self.pool).await?;
        if *audience == BroadcastAudience::Coordinators {
            for id in coordinators {
                if !ids.contains(id) && !self.is_unreachable(*id).await? {
                    ids.push(*id);
                }
            }
        }
        Ok(ids)
    }

    async fn is_unreachable(&self, user_id: i64) -> Result<bool, StoreError> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM users WHERE user_id = ? AND unreachable_at IS NOT NULL")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.is_some())
    }

    /// Marks `user_id` as unreachable (they blocked the bot) or reachable again.
    pub async fn set_unreachable(&self, user_id: i64, unreachable: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET unreachable_at = CASE WHEN ? THEN ? END WHERE user_id = ?")
            .bind(unreachable)
            .bind(now_text())
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores the broadcast and queues one delivery per recipient, in one
    /// transaction; returns its id.
    pub async fn create_broadcast(&self, broadcast: &NewBroadcast) -> Result<i64, StoreError> {
        let mut tx = self.write_transaction().await?;
        let now = now_text();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO broadcasts (created_by, audience, recipients, scheduled_at, urgent, status_chat,
                 status_message, status_language, created_at, organisation)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(broadcast.created_by)
        .bind(broadcast.audience.code())
        .bind(broadcast.recipients.len() as i64)
        .bind(instant_text(broadcast.due_at))
        .bind(broadcast.urgent)
        .bind(broadcast.status.map(|(chat, _, _)| chat))
        .bind(broadcast.status.map(|(_, message, _)| message))
        .bind(broadcast.status.map(|(_, _, lang)| lang.code()))
        .bind(&now)
        .bind(&broadcast.organisation)
        .fetch_one(&mut *tx)
        .await?;
        let mut versions = Vec::with_capacity(1 + broadcast.translations.len());
        let given = std::iter::once((Lang::Nb, &broadcast.payload))
            .chain(broadcast.translations.iter().map(|(lang, payload)| (*lang, payload)));
        for (lang, payload) in given {
            // Whose message a copied broadcast is (the coordinator's chat).
            versions.push((lang, serde_json::to_string(payload)?, payload.people()));
        }
        let due = instant_text(broadcast.due_at);
        for &(recipient, lang) in &broadcast.recipients {
            let (lang, payload, about) =
                versions.iter().find(|(version, _, _)| *version == lang).unwrap_or(&versions[0]);
            let row: Option<i64> = sqlx::query_scalar(
                "INSERT OR IGNORE INTO outbox (chat_id, payload, dedupe_key, due_at, broadcast_id, language,
                     created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(recipient)
            .bind(payload)
            .bind(DedupeKey::Broadcast { broadcast: id, recipient }.text())
            .bind(&due)
            .bind(id)
            .bind(lang.code())
            .bind(&now)
            .bind(&now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = row {
                let others: Vec<i64> = about.iter().copied().filter(|&p| p != recipient).collect();
                super::outbox::record_people(&mut tx, row, &others).await?;
            }
        }
        tx.commit().await?;
        self.outbox_wake.notify_one();
        Ok(id)
    }

    /// The language each of `ids` chose (with /language, else when they
    /// joined); `None` for someone who never chose.
    pub async fn chosen_languages(&self, ids: &[i64]) -> Result<Vec<Option<Lang>>, StoreError> {
        let rows: Vec<Option<String>> = sqlx::query_scalar(
            "SELECT COALESCE(u.language, m.language) FROM json_each(?) j
             LEFT JOIN users u ON u.user_id = j.value LEFT JOIN members m ON m.user_id = j.value
             ORDER BY j.key",
        )
        .bind(serde_json::to_string(ids)?)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|code| code.as_deref().and_then(Lang::parse)).collect())
    }

    /// Sent and queued deliveries of broadcast `id` per language version.
    async fn language_progress(&self, id: i64) -> Result<Vec<LanguageProgress>, StoreError> {
        let rows: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT language, SUM(status = 'sent'), COUNT(*) FROM outbox
             WHERE broadcast_id = ? AND language IS NOT NULL GROUP BY language",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut found: Vec<LanguageProgress> = rows
            .into_iter()
            .filter_map(|(code, sent, queued)| {
                Some(LanguageProgress { lang: Lang::parse(&code)?, sent, queued })
            })
            .collect();
        found.sort_by_key(|p| Lang::ALL.iter().position(|lang| *lang == p.lang));
        Ok(found)
    }

    /// Progress of broadcast `id`.
    pub async fn broadcast_progress(&self, id: i64) -> Result<Progress, StoreError> {
        let (sent, failed, left): (i64, i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(status = 'sent'), 0), COALESCE(SUM(status IN ('failed', 'unreachable')), 0),
                    COALESCE(SUM(status IN ('pending', 'sending')), 0)
             FROM outbox WHERE broadcast_id = ?",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        let cancelled: i64 = sqlx::query_scalar("SELECT cancelled FROM broadcasts WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .unwrap_or(0);
        Ok(Progress { sent, failed, left, cancelled })
    }

    /// The organisation of broadcast `id` (`Some(None)`: of every
    /// organisation; `None`: no such broadcast).
    pub async fn broadcast_organisation(&self, id: i64) -> Result<Option<Option<String>>, StoreError> {
        Ok(sqlx::query_scalar("SELECT organisation FROM broadcasts WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?)
    }

    /// Cancels what is left of a running broadcast; returns how many
    /// deliveries were dropped, or `None` if it is not running.
    pub async fn cancel_broadcast(&self, id: i64) -> Result<Option<i64>, StoreError> {
        let mut tx = self.write_transaction().await?;
        let running: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM broadcasts WHERE id = ? AND status = 'sending'")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        if running.is_none() {
            return Ok(None);
        }
        let dropped = sqlx::query("DELETE FROM outbox WHERE broadcast_id = ? AND status = 'pending'")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected() as i64;
        sqlx::query(
            "UPDATE broadcasts SET status = 'cancelled', cancelled = ?, finished_at = ? WHERE id = ?",
        )
        .bind(dropped)
        .bind(now_text())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(dropped))
    }

    /// The newest broadcasts (only running ones if `running_only`) of
    /// `organisation` (all if `None`).
    pub async fn broadcasts(
        &self,
        running_only: bool,
        organisation: Option<&str>,
        limit: u32,
    ) -> Result<Vec<BroadcastSummary>, StoreError> {
        self.summaries(None, running_only, organisation, limit).await
    }

    /// Broadcast `id`, running or not.
    pub async fn broadcast(&self, id: i64) -> Result<Option<BroadcastSummary>, StoreError> {
        Ok(self.summaries(Some(id), false, None, 1).await?.pop())
    }

    /// Broadcasts as [`Store::broadcasts`] lists them, or the one `id`.
    async fn summaries(
        &self,
        id: Option<i64>,
        running_only: bool,
        organisation: Option<&str>,
        limit: u32,
    ) -> Result<Vec<BroadcastSummary>, StoreError> {
        type Row = (
            i64,
            String,
            i64,
            String,
            String,
            Option<i64>,
            Option<i32>,
            Option<String>,
            Option<String>,
            Option<i64>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, audience, recipients, scheduled_at, status, status_chat, status_message, status_language,
                    last_progress, created_by, organisation
             FROM broadcasts WHERE (NOT ?1 OR status = 'sending') AND (?2 IS NULL OR organisation = ?2)
                 AND (?4 IS NULL OR id = ?4)
             ORDER BY id DESC LIMIT ?3",
        )
        .bind(running_only)
        .bind(organisation)
        .bind(limit)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let mut found = Vec::with_capacity(rows.len());
        for (
            id,
            audience,
            recipients,
            scheduled_at,
            status,
            chat,
            message,
            lang,
            last_progress,
            created_by,
            organisation,
        ) in rows
        {
            found.push(BroadcastSummary {
                id,
                audience,
                recipients,
                scheduled_at,
                status,
                progress: self.broadcast_progress(id).await?,
                status_message: chat.zip(message),
                status_language: lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::Nb),
                last_progress,
                created_by,
                organisation,
                languages: self.language_progress(id).await?,
            });
        }
        Ok(found)
    }

    /// Remembers what the status message says now; marks the broadcast done
    /// when nothing is left.
    pub async fn note_broadcast_progress(&self, id: i64, shown: &str, done: bool) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE broadcasts SET last_progress = ?,
                 status = CASE WHEN ? AND status = 'sending' THEN 'done' ELSE status END,
                 finished_at = CASE WHEN ? AND finished_at IS NULL THEN ? ELSE finished_at END
             WHERE id = ?",
        )
        .bind(shown)
        .bind(done)
        .bind(done)
        .bind(now_text())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
