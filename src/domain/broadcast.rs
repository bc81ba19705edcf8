//! Who a broadcast goes to, and what it is.

use serde::{Deserialize, Serialize};

use super::catalogue::is_valid_id;
use super::Lang;

/// The audiences a coordinator can send to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BroadcastAudience {
    /// Everyone who has started the bot.
    Everyone,
    /// Applicants with at least one alert.
    Alerts,
    /// The trainees of a programme.
    Trainees(String),
    /// The trainees of one cohort, by id.
    Cohort(i64),
    /// Every mentor.
    Mentors,
    /// Every coordinator.
    Coordinators,
}

impl BroadcastAudience {
    /// The stored and callback form: `everyone`, `alerts`, `trainees:<programme>`,
    /// `cohort:<id>`, `mentors`, `coordinators`.
    pub fn code(&self) -> String {
        match self {
            BroadcastAudience::Everyone => "everyone".to_owned(),
            BroadcastAudience::Alerts => "alerts".to_owned(),
            BroadcastAudience::Trainees(programme) => format!("trainees:{programme}"),
            BroadcastAudience::Cohort(id) => format!("cohort:{id}"),
            BroadcastAudience::Mentors => "mentors".to_owned(),
            BroadcastAudience::Coordinators => "coordinators".to_owned(),
        }
    }

    /// Reads [`BroadcastAudience::code`]'s form.
    pub fn parse(code: &str) -> Option<BroadcastAudience> {
        Some(match code.split_once(':') {
            None => match code {
                "everyone" => BroadcastAudience::Everyone,
                "alerts" => BroadcastAudience::Alerts,
                "mentors" => BroadcastAudience::Mentors,
                "coordinators" => BroadcastAudience::Coordinators,
                _ => return None,
            },
            Some(("trainees", programme)) if is_valid_id(programme) => {
                BroadcastAudience::Trainees(programme.to_owned())
            }
            Some(("cohort", id)) => BroadcastAudience::Cohort(id.parse().ok().filter(|id: &i64| *id > 0)?),
            _ => return None,
        })
    }
}

/// What is broadcast.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Content {
    /// A text the bot sends.
    Text(String),
    /// A photo or document with its caption, copied from the coordinator's chat.
    Copy { chat_id: i64, message_id: i32 },
}

/// Telegram's longest text message.
pub const MAX_TEXT: usize = 4096;
/// Telegram's longest caption.
pub const MAX_CAPTION: usize = 1024;

/// A broadcast's message in Nynorsk and English, where the coordinator gave
/// it so (Bokmål is always given, and is what everyone else gets).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translations<T> {
    pub nn: Option<T>,
    pub en: Option<T>,
}

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations { nn: None, en: None }
    }
}

impl<T> Translations<T> {
    /// The place of `lang`'s version (`None` for Bokmål, which is not a translation).
    pub fn slot(&mut self, lang: Lang) -> Option<&mut Option<T>> {
        match lang {
            Lang::Nb => None,
            Lang::Nn => Some(&mut self.nn),
            Lang::En => Some(&mut self.en),
        }
    }

    /// The versions given, in the order languages are offered.
    pub fn given(&self) -> impl Iterator<Item = (Lang, &T)> {
        [(Lang::Nn, self.nn.as_ref()), (Lang::En, self.en.as_ref())]
            .into_iter()
            .filter_map(|(lang, version)| Some((lang, version?)))
    }

    /// Which version someone who chose `chosen` gets: their own, else Bokmål.
    pub fn version_for(&self, chosen: Option<Lang>) -> Lang {
        match chosen {
            Some(lang) if self.given().any(|(given, _)| given == lang) => lang,
            _ => Lang::Nb,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audiences_round_trip_and_forged_ones_are_refused() {
        for audience in [
            BroadcastAudience::Everyone,
            BroadcastAudience::Alerts,
            BroadcastAudience::Trainees("oslo-reserved".into()),
            BroadcastAudience::Cohort(12),
            BroadcastAudience::Mentors,
            BroadcastAudience::Coordinators,
        ] {
            assert_eq!(BroadcastAudience::parse(&audience.code()), Some(audience));
        }
        for forged in ["", "all", "cohort:0", "cohort:x", "trainees:", "trainees:BAD ID", "mentors:x"] {
            assert_eq!(BroadcastAudience::parse(forged), None, "{forged}");
        }
    }

    #[test]
    fn a_language_without_a_version_gets_bokmal() {
        let translations = Translations { nn: None, en: Some("hello") };
        assert_eq!(translations.version_for(Some(Lang::En)), Lang::En);
        assert_eq!(translations.version_for(Some(Lang::Nn)), Lang::Nb);
        assert_eq!(translations.version_for(None), Lang::Nb);
        assert_eq!(translations.given().collect::<Vec<_>>(), [(Lang::En, &"hello")]);
        assert!(Translations::<&str>::default().slot(Lang::Nb).is_none());
    }
}
