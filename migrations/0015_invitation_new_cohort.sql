-- A trainee invitation to a cohort that does not exist yet carries the new
-- cohort's name; the cohort is made when the invitation is used, so a name
-- typed for a link that is never used leaves no empty cohort behind.
ALTER TABLE invitations ADD COLUMN new_cohort TEXT;
