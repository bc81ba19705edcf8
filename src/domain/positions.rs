//! Open positions reserved through the programmes, and the CSV file
//! coordinators import them from.

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use serde::Deserialize;

use super::Catalogue;

/// The largest CSV file accepted (about 5,000 positions).
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// The columns of the CSV file, in the documented order.
pub const COLUMNS: [&str; 10] = [
    "external_id",
    "programme",
    "title",
    "employer",
    "place",
    "extent_percent",
    "employment",
    "deadline",
    "url",
    "description",
];

/// The kind of employment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Employment {
    Permanent,
    Temporary,
    /// A substitute post (vikariat).
    Substitute,
}

impl Employment {
    /// Every kind, in the order filters show them.
    pub const ALL: [Employment; 3] = [Employment::Permanent, Employment::Temporary, Employment::Substitute];

    /// The code used in the CSV file and the database.
    pub fn code(self) -> &'static str {
        match self {
            Employment::Permanent => "permanent",
            Employment::Temporary => "temporary",
            Employment::Substitute => "substitute",
        }
    }

    /// Parses a code; `None` for anything else.
    pub fn parse(code: &str) -> Option<Employment> {
        Employment::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// Full time (100 %) or part time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extent {
    FullTime,
    PartTime,
}

/// What an applicant narrows the open positions down to; `None` is "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// A programme id of the catalogue.
    pub programme: Option<String>,
    pub employment: Option<Employment>,
    pub extent: Option<Extent>,
    /// The employer of the position with this id (ids are short and stable,
    /// employer names are not).
    pub employer_of: Option<i64>,
}

impl Filter {
    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// A saved filter (an alert): like [`Filter`], with the employer by name so
/// that it also matches positions imported later.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AlertFilter {
    pub programme: Option<String>,
    pub employment: Option<Employment>,
    pub extent: Option<Extent>,
    pub employer: Option<String>,
}

impl AlertFilter {
    /// Whether `position` passes this filter.
    pub fn matches(&self, position: &Position) -> bool {
        self.programme.as_ref().is_none_or(|p| *p == position.programme)
            && self.employment.is_none_or(|e| e == position.employment)
            && self.extent.is_none_or(|e| (e == Extent::FullTime) == position.is_full_time())
            && self.employer.as_ref().is_none_or(|e| *e == position.employer)
    }
}

/// A position as imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    /// The id in the source the coordinator exports from.
    pub external_id: String,
    pub programme: String,
    pub title: String,
    pub employer: String,
    pub place: String,
    /// 1-100; 100 is full time. `None`: part time, the percent not given
    /// (an ad of NAV's feed that says only "Deltid").
    pub extent_percent: Option<u8>,
    pub employment: Employment,
    /// The last day to apply (Europe/Oslo).
    pub deadline: NaiveDate,
    /// The full advertisement (http or https).
    pub url: String,
    pub description: String,
    /// The day the ad last changed in NAV's job feed, for a position read
    /// from it; `None` for one a coordinator imported.
    pub feed_changed: Option<NaiveDate>,
}

impl Position {
    /// Whether the position is full time.
    pub fn is_full_time(&self) -> bool {
        self.extent_percent.is_some_and(|percent| percent >= 100)
    }
}

/// What is wrong with one field of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file (the header is line 1).
    pub line: usize,
    pub field: &'static str,
    pub problem: Problem,
}

/// The kinds of problems a field can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    BadDate,
    BadLink,
    UnknownProgramme,
    DuplicateId,
    BadPercent,
    BadEmployment,
    /// Longer than this many characters.
    TooLong(usize),
}

/// The longest value of each text column, in characters: a position's page
/// and a list of five stay within Telegram's 4,096 characters.
pub const FIELD_LIMITS: [(&str, usize); 6] = [
    ("external_id", 100),
    ("title", 200),
    ("employer", 200),
    ("place", 200),
    ("url", 1000),
    ("description", 2000),
];

/// Why a whole file was refused; nothing of it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotUtf8,
    Empty,
    TooLarge,
    /// The header lacks these columns.
    WrongColumns {
        missing: Vec<&'static str>,
    },
    /// The file is not readable as CSV at this line.
    Malformed {
        line: usize,
    },
    Rows(Vec<RowError>),
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, {}: {:?}", self.line, self.field, self.problem)
    }
}

#[derive(Deserialize)]
struct Row {
    external_id: String,
    programme: String,
    title: String,
    employer: String,
    place: String,
    extent_percent: String,
    employment: String,
    deadline: String,
    url: String,
    description: String,
}

/// Parses and validates a CSV file of positions. One bad row refuses the
/// whole file; every bad field is named.
pub fn parse_csv(bytes: &[u8], catalogue: &Catalogue) -> Result<Vec<Position>, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| ImportError::Malformed { line: 1 })?.clone();
    let missing: Vec<_> = COLUMNS.into_iter().filter(|c| !headers.iter().any(|h| h == *c)).collect();
    if !missing.is_empty() {
        return Err(ImportError::WrongColumns { missing });
    }
    let (mut positions, mut errors, mut seen) = (Vec::new(), Vec::new(), HashSet::new());
    for (index, record) in reader.deserialize::<Row>().enumerate() {
        let line = index + 2;
        let row = record.map_err(|_| ImportError::Malformed { line })?;
        let mut problem = |field, problem| errors.push(RowError { line, field, problem });
        for (field, value) in [
            ("external_id", &row.external_id),
            ("title", &row.title),
            ("employer", &row.employer),
            ("place", &row.place),
        ] {
            if value.is_empty() {
                problem(field, Problem::Missing);
            }
        }
        for (field, value) in [
            ("external_id", &row.external_id),
            ("title", &row.title),
            ("employer", &row.employer),
            ("place", &row.place),
            ("url", &row.url),
            ("description", &row.description),
        ] {
            let max =
                FIELD_LIMITS.iter().find(|(name, _)| *name == field).map_or(usize::MAX, |(_, max)| *max);
            if value.chars().count() > max {
                problem(field, Problem::TooLong(max));
            }
        }
        if !row.external_id.is_empty() && !seen.insert(row.external_id.clone()) {
            problem("external_id", Problem::DuplicateId);
        }
        if catalogue.programme(&row.programme).is_none() {
            problem("programme", Problem::UnknownProgramme);
        }
        let extent = row.extent_percent.parse::<u8>().ok().filter(|p| (1..=100).contains(p));
        if extent.is_none() {
            problem("extent_percent", Problem::BadPercent);
        }
        let employment = Employment::parse(&row.employment);
        if employment.is_none() {
            problem("employment", Problem::BadEmployment);
        }
        let deadline = NaiveDate::parse_from_str(&row.deadline, "%Y-%m-%d").ok();
        if deadline.is_none() {
            problem("deadline", Problem::BadDate);
        }
        if !is_web_link(&row.url) {
            problem("url", Problem::BadLink);
        }
        if let (Some(extent_percent), Some(employment), Some(deadline)) = (extent, employment, deadline) {
            positions.push(Position {
                external_id: row.external_id,
                programme: row.programme,
                title: row.title,
                employer: row.employer,
                place: row.place,
                extent_percent: Some(extent_percent),
                employment,
                deadline,
                url: row.url,
                description: row.description,
                feed_changed: None,
            });
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    Ok(positions)
}

fn is_web_link(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::parse(include_str!("../../catalogue/programmes.toml")).unwrap()
    }

    const HEADER: &str =
        "external_id,programme,title,employer,place,extent_percent,employment,deadline,url,description\n";

    fn parse(rows: &str) -> Result<Vec<Position>, ImportError> {
        parse_csv(format!("{HEADER}{rows}").as_bytes(), &catalogue())
    }

    #[test]
    fn a_good_file_gives_positions() {
        let positions = parse(
            "OK-1,oslo-reserved,Rådgiver,Bydel Frogner,Oslo,100,permanent,2026-12-12,https://example.org/1,\"Saksbehandling, og litt til\"\n\
             OK-2,state-trainee,Trainee,Digdir,Brønnøysund,80,temporary,2027-03-29,http://example.org/2,\n",
        )
        .unwrap();
        assert_eq!(positions.len(), 2);
        assert_eq!(positions[0].description, "Saksbehandling, og litt til");
        assert!(positions[0].is_full_time());
        assert!(!positions[1].is_full_time());
        assert_eq!(positions[1].deadline, NaiveDate::from_ymd_opt(2027, 3, 29).unwrap());
    }

    #[test]
    fn every_bad_field_is_named_by_line() {
        let err = parse(
            ",nowhere,,Bydel,Oslo,0,forever,12.12.2026,ftp://example.org,\n\
             A,oslo-reserved,T,E,P,50,substitute,2026-12-01,https://example.org,\n\
             A,oslo-reserved,T,E,P,50,substitute,2026-12-01,javascript:alert(1),\n",
        )
        .unwrap_err();
        let ImportError::Rows(errors) = err else { panic!("{err:?}") };
        let found: Vec<_> = errors.iter().map(|e| (e.line, e.field, e.problem)).collect();
        assert_eq!(
            found,
            [
                (2, "external_id", Problem::Missing),
                (2, "title", Problem::Missing),
                (2, "programme", Problem::UnknownProgramme),
                (2, "extent_percent", Problem::BadPercent),
                (2, "employment", Problem::BadEmployment),
                (2, "deadline", Problem::BadDate),
                (2, "url", Problem::BadLink),
                (4, "external_id", Problem::DuplicateId),
                (4, "url", Problem::BadLink),
            ]
        );
    }

    #[test]
    fn files_that_are_not_csv_of_positions_are_refused() {
        let catalogue = catalogue();
        assert_eq!(parse_csv(b"\xff\xfe", &catalogue), Err(ImportError::NotUtf8));
        assert_eq!(parse_csv(b"  \n", &catalogue), Err(ImportError::Empty));
        assert_eq!(parse_csv(&vec![b'a'; MAX_IMPORT_BYTES + 1], &catalogue), Err(ImportError::TooLarge));
        assert_eq!(
            parse_csv(b"id,title\n1,x\n", &catalogue),
            Err(ImportError::WrongColumns {
                missing: vec![
                    "external_id",
                    "programme",
                    "employer",
                    "place",
                    "extent_percent",
                    "employment",
                    "deadline",
                    "url",
                    "description"
                ]
            })
        );
        let short = format!("{HEADER}A,oslo-reserved\n");
        assert_eq!(parse_csv(short.as_bytes(), &catalogue), Err(ImportError::Malformed { line: 2 }));
    }

    #[test]
    fn alert_filters_match_on_every_facet_given() {
        let positions = parse(
            "A,oslo-reserved,R,Bydel Frogner,Oslo,100,permanent,2026-12-12,https://example.org/a,\n\
             B,state-trainee,T,Bydel Alna,Oslo,80,temporary,2026-12-12,https://example.org/b,\n",
        )
        .unwrap();
        let any = AlertFilter::default();
        assert!(positions.iter().all(|p| any.matches(p)));
        let full_time = AlertFilter { extent: Some(Extent::FullTime), ..AlertFilter::default() };
        assert_eq!(positions.iter().filter(|p| full_time.matches(p)).count(), 1);
        let alna_permanent = AlertFilter {
            employer: Some("Bydel Alna".into()),
            employment: Some(Employment::Permanent),
            ..AlertFilter::default()
        };
        assert!(!positions.iter().any(|p| alna_permanent.matches(p)));
        let trainee = AlertFilter { programme: Some("state-trainee".into()), ..AlertFilter::default() };
        assert!(trainee.matches(&positions[1]) && !trainee.matches(&positions[0]));
    }

    #[test]
    fn a_header_only_file_has_no_positions_and_a_bom_is_ignored() {
        assert_eq!(parse(""), Ok(vec![]));
        let with_bom = format!("\u{feff}{HEADER}");
        assert_eq!(parse_csv(with_bom.as_bytes(), &catalogue()), Ok(vec![]));
    }
}
