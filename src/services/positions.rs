//! Positions: importing a CSV file (one bad row refuses the whole file;
//! new positions start the alerts) and closing a position.

use super::alerts::queue_alerts;
use super::{ActionError, Actor, Refusal, Services};
use crate::domain::positions::{parse_csv, Position};
use crate::store::{ImportSummary, StoreError};

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub summary: ImportSummary,
    /// How many people get an alert message about the new positions.
    pub alerts: u32,
}

impl Services {
    /// Imports the positions of a CSV file (the documented columns).
    /// A row for a programme of another organisation than the actor's
    /// refuses the whole file.
    pub async fn import_positions(&self, actor: &Actor, csv: &[u8]) -> Result<Imported, ActionError> {
        let positions = parse_csv(csv, &self.catalogue).map_err(Refusal::Import)?;
        for position in &positions {
            self.ensure_programme(actor, &position.programme)?;
        }
        let summary = self.store.import_positions(&positions).await?;
        let now = self.clock.now();
        let detail = format!(
            "positions: {} added, {} updated, {} unchanged",
            summary.added, summary.updated, summary.unchanged
        );
        self.audit(actor, actor.scope.organisation(), "import", &detail, None).await?;
        let alerts = queue_alerts(&self.store, &self.i18n, &summary.new_positions, now).await?;
        Ok(Imported { summary, alerts })
    }

    /// Queues the alerts for positions new from NAV's feed; returns how
    /// many people get one.
    pub async fn alert_new_positions(&self, positions: &[Position]) -> Result<u32, StoreError> {
        queue_alerts(&self.store, &self.i18n, positions, self.clock.now()).await
    }

    /// Closes a position so that it is no longer listed; returns the
    /// organisation whose it was.
    pub async fn close_position(&self, actor: &Actor, id: i64) -> Result<Option<String>, ActionError> {
        let stored = self.store.position(id).await?.ok_or(Refusal::NoSuchPosition(id))?;
        self.ensure_programme(actor, &stored.position.programme)?;
        self.store.close_position(id).await?;
        let organisation = self.organisation_of(&stored.position.programme).map(|o| o.id.clone());
        self.audit(actor, organisation.as_deref(), "close", &format!("position {id}"), None).await?;
        Ok(organisation)
    }
}
