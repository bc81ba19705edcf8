//! The three languages the bot speaks and how Telegram's hint maps to them.

use serde::{Deserialize, Serialize};

/// A language the bot speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Norwegian Bokmål.
    Nb,
    /// Norwegian Nynorsk.
    Nn,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order they are offered to the user.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The code stored in the database and used in callback data.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// Parses a stored code (`nb`, `nn`, `en`); anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// Maps Telegram's `language_code` hint: `no`, `nb`, `nb-*` mean Bokmål,
    /// `nn*` means Nynorsk, anything else (or nothing) English.
    pub fn from_telegram_hint(hint: Option<&str>) -> Lang {
        let hint = hint.unwrap_or_default().to_ascii_lowercase();
        let primary = hint.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "no" | "nb" => Lang::Nb,
            "nn" => Lang::Nn,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_hints_map_to_the_three_languages() {
        for (hint, lang) in [
            (Some("no"), Lang::Nb),
            (Some("nb"), Lang::Nb),
            (Some("nb-NO"), Lang::Nb),
            (Some("NB"), Lang::Nb),
            (Some("nn"), Lang::Nn),
            (Some("nn-NO"), Lang::Nn),
            (Some("en"), Lang::En),
            (Some("sv"), Lang::En),
            (Some("nob"), Lang::En),
            (Some(""), Lang::En),
            (None, Lang::En),
        ] {
            assert_eq!(Lang::from_telegram_hint(hint), lang, "hint {hint:?}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("de"), None);
    }
}
