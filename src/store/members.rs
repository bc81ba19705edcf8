//! Cohorts, members (trainees, mentors, coordinators), invitations and
//! mentor links.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{bad_value, instant_text, now_text, readable, Store, StoreError};
use crate::domain::members::{clean_name, new_invitation_code, MentorId, Role, TraineeId};
use crate::domain::reminders::LeadSet;
use crate::domain::Lang;

/// A cohort (kull) of a programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cohort {
    pub id: i64,
    pub programme: String,
    pub name: String,
}

/// A person who joined with an invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub user_id: i64,
    pub role: Role,
    /// Their programme; empty for a coordinator, who belongs to an
    /// organisation, not a programme.
    pub programme: String,
    /// The organisation they belong to (`None`: a row of an older release
    /// whose programme the catalogue no longer has).
    pub organisation: Option<String>,
    pub cohort: Option<Cohort>,
    pub first_name: String,
    pub mentor_id: Option<i64>,
    pub leads: LeadSet,
    /// The language to write to them in (their choice, else the one they joined with).
    pub language: Lang,
    /// Whether they chose easy read.
    pub easy_read: bool,
}

impl Member {
    /// Their cohort's name, or `none` (as the texts select on it).
    pub fn cohort_or_none(&self) -> String {
        self.cohort.as_ref().map_or_else(|| "none".to_owned(), |c| c.name.clone())
    }
}

/// An invitation to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewInvitation {
    pub role: Role,
    /// The programme; empty for a coordinator invitation.
    pub programme: String,
    /// The organisation the invitation is for.
    pub organisation: String,
    pub cohort_id: Option<i64>,
    /// The name of a cohort to make when the invitation is used (with no
    /// `cohort_id`).
    pub new_cohort: Option<String>,
    pub expires_at: DateTime<Utc>,
    /// The coordinator making it; `None` from the CLI.
    pub created_by: Option<i64>,
}

/// What became of an invitation code someone opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Redeemed {
    Joined(Member),
    Unknown,
    Used,
    Expired,
}

/// Who joins, from their Telegram account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Joiner<'a> {
    pub user_id: i64,
    pub first_name: &'a str,
    pub language: Lang,
}

/// What linking a trainee to a mentor came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Linked {
    /// Linked: the trainee and the mentor as they are now.
    Done {
        trainee: Box<Member>,
        mentor: Box<Member>,
    },
    NotATrainee,
    NotAMentor,
    OtherProgramme,
}

/// role, programme, organisation, cohort_id, new_cohort, expires_at, used_by.
type InvitationRow = (String, String, Option<String>, Option<i64>, Option<String>, String, Option<i64>);

pub(super) const MEMBER_COLUMNS: &str = "m.user_id, m.role, m.programme, m.organisation, m.cohort_id,
     c.name AS cohort_name,
     m.first_name, m.mentor_id, m.reminder_leads, COALESCE(u.language, m.language) AS lang,
     COALESCE(u.easy_read, 0) AS easy_read
     FROM members m LEFT JOIN cohorts c ON c.id = m.cohort_id LEFT JOIN users u ON u.user_id = m.user_id";

pub(super) fn member_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<Member, sqlx::Error> {
    let programme: String = row.try_get("programme")?;
    let cohort = match (row.try_get::<Option<i64>, _>("cohort_id")?, row.try_get("cohort_name")?) {
        (Some(id), Some(name)) => Some(Cohort { id, programme: programme.clone(), name }),
        _ => None,
    };
    let role: String = row.try_get("role")?;
    let lang: String = row.try_get("lang")?;
    Ok(Member {
        user_id: row.try_get("user_id")?,
        role: Role::parse(&role).ok_or_else(|| bad_value("role", &role))?,
        programme,
        organisation: row.try_get("organisation")?,
        cohort,
        // Names from before they were cleaned on joining are cleaned here.
        first_name: clean_name(row.try_get("first_name")?),
        mentor_id: row.try_get("mentor_id")?,
        leads: LeadSet(row.try_get::<i64, _>("reminder_leads")? as u8),
        language: Lang::parse(&lang).unwrap_or(Lang::Nb),
        easy_read: row.try_get("easy_read")?,
    })
}

impl Store {
    /// The cohort called `name` in `programme` (of `organisation`), created if new.
    pub async fn ensure_cohort(
        &self,
        programme: &str,
        organisation: &str,
        name: &str,
    ) -> Result<Cohort, StoreError> {
        sqlx::query(
            "INSERT OR IGNORE INTO cohorts (programme, organisation, name, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(programme)
        .bind(organisation)
        .bind(name)
        .bind(now_text())
        .execute(&self.pool)
        .await?;
        let id = sqlx::query_scalar("SELECT id FROM cohorts WHERE programme = ? AND name = ?")
            .bind(programme)
            .bind(name)
            .fetch_one(&self.pool)
            .await?;
        Ok(Cohort { id, programme: programme.to_owned(), name: name.to_owned() })
    }

    /// The cohort called `name` in `programme`, if there is one.
    pub async fn cohort_named(&self, programme: &str, name: &str) -> Result<Option<Cohort>, StoreError> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM cohorts WHERE programme = ? AND name = ?")
            .bind(programme)
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(id.map(|id| Cohort { id, programme: programme.to_owned(), name: name.to_owned() }))
    }

    /// The cohort called `name` in `programme`; made now if only an unused,
    /// unexpired invitation names it so far (planning a gathering for it
    /// is its first use).
    pub async fn cohort_to_plan_for(
        &self,
        programme: &str,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Cohort>, StoreError> {
        sqlx::query(
            "INSERT OR IGNORE INTO cohorts (programme, organisation, name, created_at)
             SELECT programme, organisation, new_cohort, ?4 FROM invitations
             WHERE programme = ?1 AND new_cohort = ?2 AND used_by IS NULL AND expires_at > ?3 LIMIT 1",
        )
        .bind(programme)
        .bind(name)
        .bind(instant_text(now))
        .bind(now_text())
        .execute(&self.pool)
        .await?;
        self.cohort_named(programme, name).await
    }

    /// One cohort by id.
    pub async fn cohort(&self, id: i64) -> Result<Option<Cohort>, StoreError> {
        let row: Option<(i64, String, String)> =
            sqlx::query_as("SELECT id, programme, name FROM cohorts WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(id, programme, name)| Cohort { id, programme, name }))
    }

    /// The cohorts of `programme`, or of every programme, by name.
    pub async fn cohorts(&self, programme: Option<&str>) -> Result<Vec<Cohort>, StoreError> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, programme, name FROM cohorts WHERE ?1 IS NULL OR programme = ?1
             ORDER BY programme, name",
        )
        .bind(programme)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(id, programme, name)| Cohort { id, programme, name }).collect())
    }

    /// Stores a new single-use invitation and returns its code.
    pub async fn create_invitation(&self, invitation: &NewInvitation) -> Result<String, StoreError> {
        let code = new_invitation_code();
        sqlx::query(
            "INSERT INTO invitations (code, role, programme, organisation, cohort_id, new_cohort, expires_at,
                 created_by, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&code)
        .bind(invitation.role.code())
        .bind(&invitation.programme)
        .bind(&invitation.organisation)
        .bind(invitation.cohort_id)
        .bind(&invitation.new_cohort)
        .bind(instant_text(invitation.expires_at))
        .bind(invitation.created_by)
        .bind(now_text())
        .execute(&self.pool)
        .await?;
        Ok(code)
    }

    /// Redeems `code` for `joiner` at `now`: marks it used and makes them a
    /// member with its role (and its new cohort, if it names one), in one
    /// transaction, so a code works once.
    pub async fn redeem_invitation(
        &self,
        code: &str,
        joiner: &Joiner<'_>,
        now: DateTime<Utc>,
    ) -> Result<Redeemed, StoreError> {
        let mut tx = self.write_transaction().await?;
        let row: Option<InvitationRow> = sqlx::query_as(
            "SELECT role, programme, organisation, cohort_id, new_cohort, expires_at, used_by
             FROM invitations WHERE code = ?",
        )
        .bind(code)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((role, programme, organisation, mut cohort_id, new_cohort, expires_at, used_by)) = row
        else {
            return Ok(Redeemed::Unknown);
        };
        if used_by.is_some() {
            return Ok(Redeemed::Used);
        }
        if expires_at <= instant_text(now) {
            return Ok(Redeemed::Expired);
        }
        let used =
            sqlx::query("UPDATE invitations SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL")
                .bind(joiner.user_id)
                .bind(instant_text(now))
                .bind(code)
                .execute(&mut *tx)
                .await?;
        if used.rows_affected() != 1 {
            return Ok(Redeemed::Used);
        }
        sqlx::query("INSERT OR IGNORE INTO users (user_id, created_at) VALUES (?, ?)")
            .bind(joiner.user_id)
            .bind(now_text())
            .execute(&mut *tx)
            .await?;
        if let (None, Some(name)) = (cohort_id, &new_cohort) {
            // Another invitation to the same new cohort may have made it.
            sqlx::query(
                "INSERT OR IGNORE INTO cohorts (programme, organisation, name, created_at) VALUES (?, ?, ?, ?)",
            )
            .bind(&programme)
            .bind(&organisation)
            .bind(name)
            .bind(now_text())
            .execute(&mut *tx)
            .await?;
            cohort_id = sqlx::query_scalar("SELECT id FROM cohorts WHERE programme = ? AND name = ?")
                .bind(&programme)
                .bind(name)
                .fetch_optional(&mut *tx)
                .await?;
        }
        // One role per person: a new invitation replaces the old role. Links
        // that no longer fit the new role are dropped.
        sqlx::query(
            "INSERT INTO members (user_id, role, programme, organisation, cohort_id, first_name, language,
                 joined_at)
             VALUES (?1, ?2, ?3, ?8, ?4, ?5, ?6, ?7)
             ON CONFLICT (user_id) DO UPDATE SET role = ?2, programme = ?3, organisation = ?8, cohort_id = ?4,
                 first_name = ?5, mentor_id = CASE WHEN ?2 = 'trainee' THEN mentor_id END",
        )
        .bind(joiner.user_id)
        .bind(&role)
        .bind(&programme)
        .bind(cohort_id)
        .bind(joiner.first_name)
        .bind(joiner.language.code())
        .bind(instant_text(now))
        .bind(&organisation)
        .execute(&mut *tx)
        .await?;
        if role != Role::Mentor.code() {
            sqlx::query("UPDATE members SET mentor_id = NULL WHERE mentor_id = ?")
                .bind(joiner.user_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(self.member(joiner.user_id).await?.map_or(Redeemed::Unknown, Redeemed::Joined))
    }

    /// The member `user_id`, if they joined.
    pub async fn member(&self, user_id: i64) -> Result<Option<Member>, StoreError> {
        let sql = format!("SELECT {MEMBER_COLUMNS} WHERE m.user_id = ?");
        let row = sqlx::query(&sql).bind(user_id).fetch_optional(&self.pool).await?;
        Ok(row.as_ref().map(member_from_row).transpose()?)
    }

    /// Members with `role` (any role if `None`), in `programme` if given,
    /// by first name.
    pub async fn members(
        &self,
        role: Option<Role>,
        programme: Option<&str>,
    ) -> Result<Vec<Member>, StoreError> {
        let sql = format!(
            "SELECT {MEMBER_COLUMNS} WHERE (?1 IS NULL OR m.role = ?1) AND (?2 IS NULL OR m.programme = ?2)
             ORDER BY m.first_name, m.user_id"
        );
        let rows = sqlx::query(&sql).bind(role.map(Role::code)).bind(programme).fetch_all(&self.pool).await?;
        Ok(readable(&rows, "member", member_from_row))
    }

    /// Members with `role` (any role if `None`) of `organisation` (every
    /// organisation if `None`), by first name.
    pub async fn members_of(
        &self,
        role: Option<Role>,
        organisation: Option<&str>,
    ) -> Result<Vec<Member>, StoreError> {
        let sql = format!(
            "SELECT {MEMBER_COLUMNS} WHERE (?1 IS NULL OR m.role = ?1) AND (?2 IS NULL OR m.organisation = ?2)
             ORDER BY m.first_name, m.user_id"
        );
        let rows =
            sqlx::query(&sql).bind(role.map(Role::code)).bind(organisation).fetch_all(&self.pool).await?;
        Ok(readable(&rows, "member", member_from_row))
    }

    /// The trainees linked to `mentor`, by first name.
    pub async fn trainees_of(&self, mentor: i64) -> Result<Vec<Member>, StoreError> {
        let sql = format!(
            "SELECT {MEMBER_COLUMNS} WHERE m.mentor_id = ? AND m.role = 'trainee' ORDER BY m.first_name"
        );
        let rows = sqlx::query(&sql).bind(mentor).fetch_all(&self.pool).await?;
        Ok(readable(&rows, "member", member_from_row))
    }

    /// Whether `user_id` joined as a coordinator.
    pub async fn is_member_coordinator(&self, user_id: i64) -> Result<bool, StoreError> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM members WHERE user_id = ? AND role = 'coordinator'")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.is_some())
    }

    /// Links `trainee` to `mentor` (replacing any earlier mentor) at `now`.
    pub async fn link_mentor(
        &self,
        trainee: TraineeId,
        mentor: MentorId,
        now: DateTime<Utc>,
    ) -> Result<Linked, StoreError> {
        let Some(trainee) = self.member(trainee.0).await?.filter(|m| m.role == Role::Trainee) else {
            return Ok(Linked::NotATrainee);
        };
        let Some(mentor) = self.member(mentor.0).await?.filter(|m| m.role == Role::Mentor) else {
            return Ok(Linked::NotAMentor);
        };
        if trainee.programme != mentor.programme {
            return Ok(Linked::OtherProgramme);
        }
        sqlx::query("UPDATE members SET mentor_id = ?, pair_active_at = ? WHERE user_id = ?")
            .bind(mentor.user_id)
            .bind(instant_text(now))
            .bind(trainee.user_id)
            .execute(&self.pool)
            .await?;
        let trainee = Member { mentor_id: Some(mentor.user_id), ..trainee };
        Ok(Linked::Done { trainee: Box::new(trainee), mentor: Box::new(mentor) })
    }

    /// The language `user_id` chose with /language, if any (no row is made).
    pub async fn chosen_language(&self, user_id: i64) -> Result<Option<Lang>, StoreError> {
        let language: Option<Option<String>> =
            sqlx::query_scalar("SELECT language FROM users WHERE user_id = ?")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(language.flatten().as_deref().and_then(Lang::parse))
    }

    /// Stores which reminders `user_id` wants.
    pub async fn set_reminder_leads(&self, user_id: i64, leads: LeadSet) -> Result<(), StoreError> {
        sqlx::query("UPDATE members SET reminder_leads = ? WHERE user_id = ?")
            .bind(i64::from(leads.0))
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
