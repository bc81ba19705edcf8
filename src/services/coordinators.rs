//! Who may act for what: an actor's scope, the coordinators of an
//! organisation, and the checks every action makes before it changes
//! anything.

use super::{Actor, Refusal, Services};
use crate::domain::members::Role;
use crate::domain::organisations::{Organisation, Scope};
use crate::domain::Lang;
use crate::store::{NewAuditEntry, StoreError, Within};

/// One organisation and its programmes, for reading only their data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Covered {
    organisation: String,
    programmes: Vec<String>,
}

impl Covered {
    /// As the store takes it.
    pub fn within(&self) -> Within<'_> {
        Within { organisation: &self.organisation, programmes: &self.programmes }
    }
}

impl Services {
    /// What `user_id` may act for as a coordinator: every organisation for
    /// operators (COORDINATOR_IDS), one for a coordinator named in the
    /// settings or who joined as one; `None` for everyone else.
    pub async fn actor(&self, user_id: i64) -> Result<Option<Actor>, StoreError> {
        if self.coordinator_ids.contains(&user_id) {
            return Ok(Some(Actor { person: Some(user_id), scope: Scope::Everything, operator: true }));
        }
        let organisation = match self.organisations.naming_coordinator(user_id) {
            Some(organisation) => Some(organisation.id.clone()),
            None => self
                .store
                .member(user_id)
                .await?
                .filter(|member| member.role == Role::Coordinator)
                .and_then(|member| member.organisation),
        };
        Ok(organisation.map(|id| Actor {
            person: Some(user_id),
            scope: Scope::Organisation(id),
            operator: false,
        }))
    }

    /// The organisation that runs `programme`.
    pub fn organisation_of(&self, programme: &str) -> Option<&Organisation> {
        let id = &self.catalogue.programme(programme)?.organisation;
        self.organisations.get(id)
    }

    /// The programmes of organisation `id`.
    pub fn programmes_of(&self, id: &str) -> Vec<String> {
        self.catalogue.programmes.iter().filter(|p| p.organisation == id).map(|p| p.id.clone()).collect()
    }

    /// Refuses unless `actor` may act for `programme`.
    pub fn ensure_programme(&self, actor: &Actor, programme: &str) -> Result<(), Refusal> {
        if actor.scope.covers_programme(&self.catalogue, programme) {
            Ok(())
        } else {
            Err(Refusal::OtherOrganisation(Some(programme.to_owned())))
        }
    }

    /// Refuses unless `actor` may act for `organisation` (`None`: data of
    /// no organisation, for operators only).
    pub fn ensure_organisation(&self, actor: &Actor, organisation: Option<&str>) -> Result<(), Refusal> {
        let covered = match organisation {
            Some(id) => actor.scope.covers_organisation(id),
            None => actor.scope == Scope::Everything,
        };
        if covered {
            Ok(())
        } else {
            Err(Refusal::OtherOrganisation(None))
        }
    }

    /// The organisation and programmes `scope` covers (`None`: all).
    pub fn covered(&self, scope: &Scope) -> Option<Covered> {
        let organisation = scope.organisation()?.to_owned();
        Some(Covered { programmes: self.programmes_of(&organisation), organisation })
    }

    /// Who hears about an organisation's troubles and questions: its
    /// coordinators (named in the settings or joined), each with the
    /// language to write to them in (their choice, else Bokmål). When it has
    /// none (or there is no organisation: a row of an older release), the
    /// operators (COORDINATOR_IDS) hear instead, so that nothing reaches no
    /// one.
    pub async fn coordinators_of(&self, organisation: Option<&str>) -> Result<Vec<(i64, Lang)>, StoreError> {
        let mut found = Vec::new();
        if let Some(organisation) = organisation {
            let named =
                self.organisations.get(organisation).map(|o| o.coordinators.clone()).unwrap_or_default();
            for id in named {
                found.push((id, self.store.chosen_language(id).await?.unwrap_or(Lang::Nb)));
            }
            for member in self.store.members_of(Some(Role::Coordinator), Some(organisation)).await? {
                if !found.iter().any(|(id, _)| *id == member.user_id) {
                    found.push((member.user_id, member.language));
                }
            }
        }
        if found.is_empty() {
            for &id in &self.coordinator_ids {
                found.push((id, self.store.chosen_language(id).await?.unwrap_or(Lang::Nb)));
            }
        }
        Ok(found)
    }

    /// Every coordinator the settings name: operators and organisations'.
    pub fn named_coordinators(&self, scope: &Scope) -> Vec<i64> {
        let mut ids = Vec::new();
        if *scope == Scope::Everything {
            ids.extend(&self.coordinator_ids);
        }
        for organisation in self.organisations.all() {
            if scope.covers_organisation(&organisation.id) {
                ids.extend(&organisation.coordinators);
            }
        }
        ids
    }

    /// Logs what `actor` did to `organisation`'s data.
    pub(super) async fn audit(
        &self,
        actor: &Actor,
        organisation: Option<&str>,
        action: &str,
        detail: &str,
        subject_user: Option<i64>,
    ) -> Result<(), StoreError> {
        let entry = NewAuditEntry { actor: actor.person, action, detail, subject_user, organisation };
        self.store.audit(&entry, self.clock.now()).await
    }
}
