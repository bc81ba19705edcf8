//! The figures of `traineebot report`: per programme and period, what the
//! programmes report (gatherings held and who came, positions, alerts,
//! announcements).

use chrono::{DateTime, Utc};

use super::{instant_text, Store, StoreError};

/// One programme's figures for a period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportRow {
    /// Gatherings that began in the period and were not cancelled.
    pub gatherings_held: i64,
    /// Invitations to them, counted per gathering and person invited now.
    pub invited: i64,
    /// Answers given to them (coming or not).
    pub answered: i64,
    pub said_coming: i64,
    /// Marked by a coordinator as having come.
    pub came: i64,
    /// Positions first stored in the period.
    pub positions_added: i64,
    /// Positions open at the end of the period.
    pub positions_open: i64,
    /// Positions closed in the period.
    pub positions_closed: i64,
    /// Alerts now that cover the programme (its own and those for every programme).
    pub alerts: i64,
    /// Announcements of the programme's organisation made in the period,
    /// and their deliveries as far as the outbox still holds them.
    pub broadcasts: i64,
    pub delivered: i64,
}

impl Store {
    /// `programme`'s figures for `[from, to)`, its organisation being
    /// `organisation`; gatherings that begin after `now` are not held yet.
    pub async fn report_row(
        &self,
        programme: &str,
        organisation: &str,
        (from, to): (DateTime<Utc>, DateTime<Utc>),
        now: DateTime<Utc>,
    ) -> Result<ReportRow, StoreError> {
        let end = instant_text(to.min(now));
        let (from, to) = (instant_text(from), instant_text(to));
        let held = "SELECT g.id FROM gatherings g WHERE g.programme = ?1 AND g.cancelled = 0
                    AND g.starts_at >= ?2 AND g.starts_at < ?3";
        let count = |sql: String| {
            let (from, to, end) = (from.clone(), to.clone(), end.clone());
            async move {
                sqlx::query_scalar::<_, i64>(&sql)
                    .bind(programme)
                    .bind(from)
                    .bind(end)
                    .bind(organisation)
                    .bind(to)
                    .fetch_one(self.pool())
                    .await
            }
        };
        // ?1 programme, ?2 from, ?3 the end of the period or now if sooner,
        // ?4 organisation, ?5 the end of the period.
        Ok(ReportRow {
            gatherings_held: count(format!("SELECT COUNT(*) FROM ({held})")).await?,
            invited: count(format!(
                "SELECT COUNT(*) FROM gatherings g JOIN members m ON {} WHERE g.id IN ({held})",
                super::gatherings::INVITED
            ))
            .await?,
            answered: count(format!("SELECT COUNT(*) FROM rsvps WHERE gathering_id IN ({held})")).await?,
            said_coming: count(format!("SELECT COUNT(*) FROM rsvps WHERE coming = 1 AND gathering_id IN ({held})"))
                .await?,
            came: count(format!("SELECT COUNT(*) FROM attendance WHERE came = 1 AND gathering_id IN ({held})"))
                .await?,
            positions_added: count(
                "SELECT COUNT(*) FROM positions WHERE programme = ?1 AND created_at >= ?2 AND created_at < ?5"
                    .to_owned(),
            )
            .await?,
            positions_open: count(
                "SELECT COUNT(*) FROM positions WHERE programme = ?1 AND created_at < ?5 AND closed = 0
                 AND deadline >= substr(?5, 1, 10)"
                    .to_owned(),
            )
            .await?,
            positions_closed: count(
                "SELECT COUNT(*) FROM positions WHERE programme = ?1 AND closed = 1
                 AND updated_at >= ?2 AND updated_at < ?5"
                    .to_owned(),
            )
            .await?,
            alerts: count("SELECT COUNT(*) FROM alerts WHERE programme IS NULL OR programme = ?1".to_owned())
                .await?,
            broadcasts: count(
                "SELECT COUNT(*) FROM broadcasts WHERE organisation = ?4 AND created_at >= ?2 AND created_at < ?5"
                    .to_owned(),
            )
            .await?,
            delivered: count(
                "SELECT COUNT(*) FROM outbox o JOIN broadcasts b ON b.id = o.broadcast_id
                 WHERE b.organisation = ?4 AND b.created_at >= ?2 AND b.created_at < ?5 AND o.status = 'sent'"
                    .to_owned(),
            )
            .await?,
        })
    }
}
