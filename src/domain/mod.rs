//! Pure rules and types: no teloxide, no sqlx.

pub mod catalogue;
pub mod clock;
pub mod eligibility;
pub mod language;
pub mod outbox;
pub mod positions;

pub use catalogue::{Catalogue, CatalogueError, Localized, Programme, Question};
pub use eligibility::{Answer, Answers, Verdict};
pub use language::Lang;
