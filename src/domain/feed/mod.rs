//! NAV's job feed (pam-stilling-feed): its pages, items and entries as they
//! come over the wire, and how an ad becomes a position. Bad data is refused
//! per ad with a reason; nothing here reads the network.

mod html;
mod rules;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Deserializer};

pub use html::{cut, plain_text};
pub use rules::{AdFacts, Rule, RuleError, Rules};

use super::positions::{Employment, Position, FIELD_LIMITS};

/// The page an applicant reads an ad on when it gives no application link
/// of its own.
pub const AD_PAGE: &str = "https://arbeidsplassen.nav.no/stillinger/stilling/";

/// A page of the feed. The last page has no `next_id` and grows.
#[derive(Clone, Debug, Deserialize)]
pub struct Page {
    pub id: String,
    #[serde(default)]
    pub next_id: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub items: Vec<Item>,
}

/// One change to an ad, as a page lists it.
#[derive(Clone, Debug, Deserialize)]
pub struct Item {
    /// The entry's id, for its details (`/api/v1/feedentry/{id}`).
    pub id: String,
    #[serde(rename = "_feed_entry")]
    pub entry: ItemEntry,
}

/// What a page's item tells of the ad.
#[derive(Clone, Debug, Deserialize)]
pub struct ItemEntry {
    pub uuid: String,
    /// `ACTIVE` or `INACTIVE`.
    pub status: String,
    #[serde(default)]
    pub municipal: Option<String>,
}

impl ItemEntry {
    /// Whether the ad is stopped or expired (its details are not fetched:
    /// a stopped ad's contact fields are masked and must not be kept).
    pub fn is_inactive(&self) -> bool {
        self.status != "ACTIVE"
    }
}

/// An entry's details: the ad as it is now.
#[derive(Clone, Debug, Deserialize)]
pub struct Entry {
    pub uuid: String,
    pub status: String,
    #[serde(rename = "sistEndret")]
    pub changed: String,
    #[serde(default)]
    pub json: Option<Ad>,
}

/// The fields of an ad the bot uses.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ad {
    pub title: Option<String>,
    pub description: Option<String>,
    pub application_due: Option<String>,
    pub application_url: Option<String>,
    pub expires: Option<String>,
    #[serde(default, deserialize_with = "nullable")]
    pub work_locations: Vec<WorkLocation>,
    pub employer: Option<Employer>,
    #[serde(rename = "engagementtype")]
    pub engagement_type: Option<String>,
    pub extent: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct WorkLocation {
    pub city: Option<String>,
    pub municipal: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Employer {
    pub name: Option<String>,
    pub orgnr: Option<String>,
}

fn nullable<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// Why one ad was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    Missing(&'static str),
    /// `applicationDue` is not a date (such as "Snarest").
    BadDeadline,
    /// The application link is not http(s).
    BadLink,
    /// Neither "Heltid" nor "Deltid".
    BadExtent,
    /// An engagement type the bot has no kind of employment for.
    BadEmployment,
    TooLong(&'static str),
    /// An id that cannot be part of a feed address.
    BadId,
}

/// What the feed says of an ad the bot may hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A position of a programme.
    Position(Box<Position>),
    /// No rule takes it (any more).
    NoMatch,
    /// Stopped or past its expiry: a held position closes.
    Inactive,
}

/// Whether `id` can go into a feed address as it is.
pub fn is_plain_id(id: &str) -> bool {
    (1..=100).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What `entry` is at `now` under `rules`.
pub fn verdict(entry: &Entry, rules: &Rules, now: DateTime<Utc>) -> Result<Verdict, Refused> {
    if !is_plain_id(&entry.uuid) {
        return Err(Refused::BadId);
    }
    let ad = match &entry.json {
        Some(ad) if entry.status == "ACTIVE" => ad,
        _ => return Ok(Verdict::Inactive),
    };
    if ad.expires.as_deref().and_then(instant).is_some_and(|expires| expires < now) {
        return Ok(Verdict::Inactive);
    }
    let title = given(&ad.title).ok_or(Refused::Missing("title"))?;
    let employer = ad.employer.clone().unwrap_or_default();
    let employer_name = given(&employer.name).ok_or(Refused::Missing("employer"))?;
    let description = plain_text(ad.description.as_deref().unwrap_or(""));
    let municipalities: Vec<&str> =
        ad.work_locations.iter().filter_map(|l| l.municipal.as_deref().or(l.city.as_deref())).collect();
    let facts = AdFacts {
        title,
        description: &description,
        employer: employer_name,
        orgnr: employer.orgnr.as_deref().unwrap_or(""),
        municipalities: &municipalities,
    };
    let Some(programme) = rules.programme_of(&facts) else {
        return Ok(Verdict::NoMatch);
    };
    let place = ad
        .work_locations
        .iter()
        .find_map(|l| given(&l.city).or(given(&l.municipal)))
        .map(place_name)
        .ok_or(Refused::Missing("place"))?;
    let deadline = ad.application_due.as_deref().and_then(day).ok_or(Refused::BadDeadline)?;
    let position = Position {
        external_id: entry.uuid.clone(),
        programme: programme.to_owned(),
        title: within("title", title)?,
        employer: within("employer", employer_name)?,
        place: within("place", &place)?,
        extent_percent: extent(ad.extent.as_deref())?,
        employment: employment(ad.engagement_type.as_deref())?,
        deadline,
        url: within("url", &link(ad.application_url.as_deref(), &entry.uuid)?)?,
        description: cut(&description, limit("description")),
        feed_changed: day(&entry.changed),
    };
    Ok(Verdict::Position(Box::new(position)))
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn limit(field: &str) -> usize {
    FIELD_LIMITS.iter().find(|(name, _)| *name == field).map_or(usize::MAX, |(_, max)| *max)
}

fn within(field: &'static str, value: &str) -> Result<String, Refused> {
    if value.chars().count() > limit(field) {
        return Err(Refused::TooLong(field));
    }
    Ok(value.to_owned())
}

/// "OSLO" as "Oslo"; a name in mixed case as it is.
fn place_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let mut capital = true;
    name.chars()
        .map(|c| {
            let out = if capital { c.to_uppercase().collect::<String>() } else { c.to_lowercase().collect() };
            capital = !c.is_alphabetic();
            out
        })
        .collect()
}

/// A day as the feed writes one: `2026-12-14`, `14.12.2026`, or a time.
fn day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
        .or_else(|| instant(text).map(|t| t.with_timezone(&chrono_tz::Europe::Oslo).date_naive()))
}

/// A time as the feed writes one, with or without its zone (then UTC).
fn instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim()).map(|t| t.with_timezone(&Utc)).ok().or_else(|| {
        NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M:%S%.f").ok().map(|t| t.and_utc())
    })
}

fn extent(extent: Option<&str>) -> Result<Option<u8>, Refused> {
    match extent.map(|e| e.trim().to_lowercase()).as_deref() {
        Some("heltid") => Ok(Some(100)),
        Some("deltid") => Ok(None),
        _ => Err(Refused::BadExtent),
    }
}

fn employment(engagement: Option<&str>) -> Result<Employment, Refused> {
    match engagement.map(|e| e.trim().to_lowercase()).as_deref() {
        Some("fast") => Ok(Employment::Permanent),
        Some("vikariat") => Ok(Employment::Substitute),
        Some(
            "engasjement" | "prosjekt" | "sesong" | "åremål" | "trainee" | "lærling" | "feriejobb"
            | "midlertidig",
        ) => Ok(Employment::Temporary),
        _ => Err(Refused::BadEmployment),
    }
}

/// The application link when it is a web page; the ad's own page on
/// arbeidsplassen when there is none or it is an e-mail address.
fn link(application_url: Option<&str>, uuid: &str) -> Result<String, Refused> {
    match application_url.map(str::trim).filter(|u| !u.is_empty()) {
        None => Ok(format!("{AD_PAGE}{uuid}")),
        Some(url) if url.to_ascii_lowercase().starts_with("mailto:") => Ok(format!("{AD_PAGE}{uuid}")),
        Some(url) => match url::Url::parse(url) {
            Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.host().is_some() => {
                Ok(url.to_owned())
            }
            _ => Err(Refused::BadLink),
        },
    }
}

#[cfg(test)]
mod tests;
