//! Pure rules and types: no teloxide, no sqlx.

pub mod broadcast;
pub mod calendar;
pub mod catalogue;
pub mod clock;
pub mod eligibility;
pub mod feed;
pub mod gatherings;
pub mod language;
pub mod limits;
pub mod members;
pub mod organisations;
pub mod outbox;
pub mod positions;
pub mod reminders;

pub use catalogue::{Catalogue, CatalogueError, Localized, Programme, Question};
pub use eligibility::{Answer, Answers, Verdict};
pub use language::Lang;
