//! Roles, and the invitation codes that give them.

use serde::Serialize;

/// What a person who joined with an invitation does in a programme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Trainee,
    Mentor,
    Coordinator,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 3] = [Role::Trainee, Role::Mentor, Role::Coordinator];

    /// The name used in the database, the CLI and callback data.
    pub fn code(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Mentor => "mentor",
            Role::Coordinator => "coordinator",
        }
    }

    /// The role named `code`.
    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }
}

/// The Telegram user id of a trainee: not to be swapped with a mentor's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraineeId(pub i64);

/// The Telegram user id of a mentor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentorId(pub i64);

/// The longest name shown to others, in characters.
pub const MAX_NAME: usize = 64;

/// A name as it may be shown to others: without control characters and
/// without invisible formatting (zero-width characters, right-to-left and
/// other direction marks and overrides), which would let one person look
/// like another; spaces folded, at most [`MAX_NAME`] characters, and "?"
/// when nothing is left.
pub fn clean_name(raw: &str) -> String {
    let visible: String =
        raw.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).filter(|c| !is_hidden(*c)).collect();
    let folded = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = folded.chars().take(MAX_NAME).collect();
    if name.is_empty() {
        "?".to_owned()
    } else {
        name
    }
}

/// Control characters and Unicode's invisible format characters (category
/// Cf): soft hyphen, Arabic and Syriac marks, zero-width spaces and joiners,
/// direction marks, embeddings, overrides and isolates, the byte-order
/// mark, interlinear annotation marks and tags.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{600}'..='\u{605}'
                | '\u{61C}'
                | '\u{6DD}'
                | '\u{70F}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
        )
}

/// How long an invitation is valid unless told otherwise.
pub const DEFAULT_INVITATION_DAYS: i64 = 14;
/// The longest cohort name accepted.
pub const MAX_COHORT_NAME: usize = 60;
/// The longest validity an invitation may have.
pub const MAX_INVITATION_DAYS: i64 = 365;
/// Letters of invitation codes: no 0/o, 1/l/i, so they can be read aloud.
const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// Length of an invitation code (about 59 bits of chance).
pub const CODE_LENGTH: usize = 12;

/// A fresh random invitation code.
pub fn new_invitation_code() -> String {
    let mut code = String::with_capacity(CODE_LENGTH);
    // Bytes above the largest multiple of the alphabet size are skipped, so
    // every letter is equally likely.
    let limit = (256 / CODE_ALPHABET.len() * CODE_ALPHABET.len()) as u8;
    while code.len() < CODE_LENGTH {
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).expect("the operating system provides randomness");
        for byte in bytes.into_iter().filter(|b| *b < limit) {
            if code.len() < CODE_LENGTH {
                code.push(CODE_ALPHABET[usize::from(byte) % CODE_ALPHABET.len()] as char);
            }
        }
    }
    code
}

/// Whether `text` could be an invitation code (checked before any lookup).
pub fn looks_like_code(text: &str) -> bool {
    text.len() == CODE_LENGTH && text.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_what_would_let_one_person_look_like_another() {
        assert_eq!(clean_name("Ola"), "Ola");
        assert_eq!(clean_name("  Kari \t Eksempel\n"), "Kari Eksempel");
        assert_eq!(clean_name("Ka\u{200B}ri"), "Kari");
        assert_eq!(clean_name("Ola \u{202E}rotanidrook\u{202C}"), "Ola rotanidrook");
        assert_eq!(clean_name("\u{2066}Mona\u{2069}\u{FEFF}"), "Mona");
        assert_eq!(clean_name("\u{200D}\u{200E}"), "?");
        assert_eq!(clean_name("Åse-Marie Ødegård"), "Åse-Marie Ødegård");
        assert_eq!(clean_name(&"x".repeat(100)).chars().count(), MAX_NAME);
    }

    #[test]
    fn codes_are_random_and_readable() {
        let first = new_invitation_code();
        let second = new_invitation_code();
        assert_ne!(first, second);
        assert!(looks_like_code(&first) && looks_like_code(&second));
        assert!(!looks_like_code("abc"));
        assert!(!looks_like_code("ABCDEFGHJKMN"));
        assert!(!looks_like_code("abcdefghjkm0"));
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
    }
}
