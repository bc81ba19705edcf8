//! The demo's clearly fictional sample data: positions, a cohort with
//! monthly gatherings, a trainee linked to a mentor.

use chrono::{Datelike, Duration, NaiveTime, Utc};
use chrono_tz::Europe::Oslo;

use super::PEOPLE;
use crate::config::Config;
use crate::domain::gatherings::{plan_starts, Audience, GatheringPlan};
use crate::domain::members::{MentorId, Role, TraineeId};
use crate::domain::positions::parse_csv;
use crate::domain::Lang;
use crate::store::{Joiner, NewInvitation, Store};

/// Fills the demo database.
pub async fn fill(store: &Store, config: &Config) -> Result<(), Box<dyn std::error::Error>> {
    let now = Utc::now();
    let deadline = (now + Duration::days(30)).with_timezone(&Oslo).date_naive();
    let csv = format!(
        "external_id,programme,title,employer,place,extent_percent,employment,deadline,url,description\n\
         DEMO-1,oslo-reserved,Konsulent (eksempel),Eksempeletaten,Oslo,100,permanent,{deadline},https://example.org/demo-1,Fiktiv stilling for demoen.\n\
         DEMO-2,oslo-reserved,Arkivmedarbeider (eksempel),Bydel Eksempel,Oslo,60,temporary,{deadline},https://example.org/demo-2,Fiktiv stilling for demoen.\n\
         DEMO-3,state-trainee,Rådgiver (eksempel),Eksempeldirektoratet,Bergen,100,temporary,{deadline},https://example.org/demo-3,Fiktiv stilling for demoen.\n"
    );
    let positions =
        parse_csv(csv.as_bytes(), &config.catalogue).map_err(|e| format!("sample positions: {e:?}"))?;
    store.import_positions(&positions).await?;

    let cohort = store.ensure_cohort("oslo-reserved", "oslo-kommune", "Demokull 2027").await?;
    for (id, name, role) in &PEOPLE[1..3] {
        let role = Role::parse(role).ok_or("role")?;
        let invitation = NewInvitation {
            role,
            programme: "oslo-reserved".into(),
            organisation: "oslo-kommune".into(),
            cohort_id: (role == Role::Trainee).then_some(cohort.id),
            new_cohort: None,
            expires_at: now + Duration::days(1),
            created_by: None,
        };
        let code = store.create_invitation(&invitation).await?;
        let joiner = Joiner { user_id: *id, first_name: name, language: Lang::Nb };
        store.redeem_invitation(&code, &joiner, now).await?;
    }
    store.link_mentor(TraineeId(PEOPLE[1].0), MentorId(PEOPLE[2].0), now).await?;

    // Monthly gatherings, the first in about two weeks, at 17:00.
    let first = (now + Duration::days(14)).with_timezone(&Oslo).date_naive();
    let first = first - Duration::days(i64::from(first.weekday().num_days_from_monday())) + Duration::days(1);
    let plan = GatheringPlan {
        programme: "oslo-reserved".into(),
        audience: Audience::Cohort(cohort.id),
        first_start: first.and_time(NaiveTime::from_hms_opt(17, 0, 0).ok_or("time")?),
        duration_minutes: 120,
        place: "Eksempelgata 1, rom 2 (fiktivt)".into(),
        topic: "Samling for demokullet".into(),
        agenda: "Velkommen, arbeidsliv og tilrettelegging, kaffe".into(),
        months: 6,
    };
    let starts = plan_starts(&plan, now)?;
    store.add_gatherings(&plan, &starts, config.quiet_hours, now).await?;
    Ok(())
}
