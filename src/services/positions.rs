//! Positions: importing a CSV file (one bad row refuses the whole file;
//! new positions start the alerts) and closing a position.

use super::alerts::queue_alerts;
use super::{ActionError, Actor, Refusal, Services};
use crate::domain::positions::parse_csv;
use crate::store::ImportSummary;

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub summary: ImportSummary,
    /// How many people get an alert message about the new positions.
    pub alerts: u32,
}

impl Services {
    /// Imports the positions of a CSV file (the documented columns).
    pub async fn import_positions(&self, actor: Actor, csv: &[u8]) -> Result<Imported, ActionError> {
        let positions = parse_csv(csv, &self.catalogue).map_err(Refusal::Import)?;
        let summary = self.store.import_positions(&positions).await?;
        let now = self.clock.now();
        let detail = format!(
            "positions: {} added, {} updated, {} unchanged",
            summary.added, summary.updated, summary.unchanged
        );
        self.store.audit(actor.id(), "import", &detail, None, now).await?;
        let alerts = queue_alerts(&self.store, &self.i18n, &summary.new_positions, now).await?;
        Ok(Imported { summary, alerts })
    }

    /// Closes a position so that it is no longer listed.
    pub async fn close_position(&self, actor: Actor, id: i64) -> Result<(), ActionError> {
        if !self.store.close_position(id).await? {
            return Err(Refusal::NoSuchPosition(id).into());
        }
        self.store.audit(actor.id(), "close", &format!("position {id}"), None, self.clock.now()).await?;
        Ok(())
    }
}
