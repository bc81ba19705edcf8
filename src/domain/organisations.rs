//! The bodies that run the programmes: each has its own people to contact,
//! its own hours, its own coordinators and its own responsibility for the
//! data. A coordinator acts for one organisation; operators for all.

use std::collections::HashSet;

use chrono::{NaiveTime, Weekday};
use serde::Deserialize;

use super::catalogue::{is_valid_id, Catalogue, Localized, MAX_ID_LEN};

/// Someone people can contact at an organisation.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ContactPerson {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub address: String,
}

/// One weekday's hours, in Europe/Oslo time.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub day: Weekday,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

/// Who is responsible for the personal data (the data controller).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    pub name: String,
    pub email: String,
    pub address: String,
}

/// An organisation that runs one or more programmes.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: Localized,
    /// Its public web page.
    pub web: String,
    #[serde(rename = "contact")]
    pub contacts: Vec<ContactPerson>,
    /// When its coordinators meet people.
    #[serde(default)]
    pub meeting_hours: Vec<Hours>,
    /// When questions sent with /ask are answered.
    #[serde(default)]
    pub answering_hours: Vec<Hours>,
    pub controller: Controller,
    /// Telegram user ids of coordinators named in the settings (besides
    /// those who join with an invitation).
    #[serde(default)]
    pub coordinators: Vec<i64>,
}

/// Why the organisations in the settings were refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OrganisationError {
    #[error("the settings name no [[organisation]]")]
    None,
    #[error("organisation id {0:?} must be 1-{MAX_ID_LEN} characters of a-z, 0-9 and -")]
    BadId(String),
    #[error("organisation id {0:?} is used twice")]
    DuplicateId(String),
    #[error("organisation {0:?} has no [[organisation.contact]]")]
    NoContact(String),
    #[error("organisation {0:?} has an empty name, web page, contact or controller field")]
    EmptyText(String),
    #[error("organisation {0:?}: hours must end after they begin")]
    BadHours(String),
    #[error("coordinator {id} is named for both {first:?} and {second:?}")]
    CoordinatorTwice { id: i64, first: String, second: String },
    #[error("programme {programme:?} names organisation {organisation:?}, which the settings do not have")]
    UnknownOrganisation { programme: String, organisation: String },
    #[error("organisation {0:?} runs no programme of the catalogue")]
    NoProgramme(String),
}

/// Every organisation, validated against the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Organisations(Vec<Organisation>);

impl Organisations {
    /// Checks `organisations` and that every programme of `catalogue` names
    /// one of them (and every organisation runs a programme).
    pub fn new(
        organisations: Vec<Organisation>,
        catalogue: &Catalogue,
    ) -> Result<Organisations, OrganisationError> {
        if organisations.is_empty() {
            return Err(OrganisationError::None);
        }
        let mut ids = HashSet::new();
        let mut coordinators: Vec<(i64, &str)> = Vec::new();
        for o in &organisations {
            if !is_valid_id(&o.id) {
                return Err(OrganisationError::BadId(o.id.clone()));
            }
            if !ids.insert(o.id.as_str()) {
                return Err(OrganisationError::DuplicateId(o.id.clone()));
            }
            if o.contacts.is_empty() {
                return Err(OrganisationError::NoContact(o.id.clone()));
            }
            let texts = [&o.name.nb, &o.name.nn, &o.name.en, &o.web, &o.controller.name, &o.controller.email]
                .into_iter()
                .chain(o.contacts.iter().flat_map(|c| [&c.name, &c.phone, &c.email, &c.address]));
            if texts.into_iter().any(|text| text.trim().is_empty()) {
                return Err(OrganisationError::EmptyText(o.id.clone()));
            }
            if o.meeting_hours.iter().chain(&o.answering_hours).any(|h| h.to <= h.from) {
                return Err(OrganisationError::BadHours(o.id.clone()));
            }
            for &id in &o.coordinators {
                if let Some((_, first)) = coordinators.iter().find(|(known, _)| *known == id) {
                    return Err(OrganisationError::CoordinatorTwice {
                        id,
                        first: (*first).to_owned(),
                        second: o.id.clone(),
                    });
                }
                coordinators.push((id, &o.id));
            }
        }
        for programme in &catalogue.programmes {
            if !ids.contains(programme.organisation.as_str()) {
                return Err(OrganisationError::UnknownOrganisation {
                    programme: programme.id.clone(),
                    organisation: programme.organisation.clone(),
                });
            }
        }
        if let Some(idle) =
            organisations.iter().find(|o| !catalogue.programmes.iter().any(|p| p.organisation == o.id))
        {
            return Err(OrganisationError::NoProgramme(idle.id.clone()));
        }
        Ok(Organisations(organisations))
    }

    /// Every organisation, in the settings' order.
    pub fn all(&self) -> &[Organisation] {
        &self.0
    }

    /// The organisation with this id.
    pub fn get(&self, id: &str) -> Option<&Organisation> {
        self.0.iter().find(|o| o.id == id)
    }

    /// The organisation that names `user_id` as a coordinator in the settings.
    pub fn naming_coordinator(&self, user_id: i64) -> Option<&Organisation> {
        self.0.iter().find(|o| o.coordinators.contains(&user_id))
    }
}

/// What a coordinator may act for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// An operator (COORDINATOR_IDS, or the command line without
    /// `--organisation`): every organisation.
    Everything,
    /// One organisation, by id.
    Organisation(String),
}

impl Scope {
    /// Whether the scope covers the organisation `id`.
    pub fn covers_organisation(&self, id: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Organisation(own) => own == id,
        }
    }

    /// Whether the scope covers `programme` (a programme the catalogue does
    /// not know is covered by operators only).
    pub fn covers_programme(&self, catalogue: &Catalogue, programme: &str) -> bool {
        match self {
            Scope::Everything => true,
            Scope::Organisation(own) => {
                catalogue.programme(programme).is_some_and(|p| &p.organisation == own)
            }
        }
    }

    /// The programmes the scope covers; `None`: every one.
    pub fn programmes(&self, catalogue: &Catalogue) -> Option<Vec<String>> {
        match self {
            Scope::Everything => None,
            Scope::Organisation(own) => Some(
                catalogue
                    .programmes
                    .iter()
                    .filter(|p| &p.organisation == own)
                    .map(|p| p.id.clone())
                    .collect(),
            ),
        }
    }

    /// The organisation, if only one.
    pub fn organisation(&self) -> Option<&str> {
        match self {
            Scope::Everything => None,
            Scope::Organisation(id) => Some(id),
        }
    }
}
