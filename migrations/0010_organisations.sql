-- Organisations (the settings file) run the programmes. A trainee, a mentor
-- and a cohort belong to the organisation of their programme; a coordinator
-- joins for an organisation (their programme is then ''). Questions,
-- broadcasts and audit entries are kept for the organisation they concern.
-- Rows of older releases get their programme's organisation at the next
-- start (Store::assign_organisations); what has no programme stays NULL and
-- is for operators only.
ALTER TABLE members ADD COLUMN organisation TEXT;
ALTER TABLE invitations ADD COLUMN organisation TEXT;
ALTER TABLE cohorts ADD COLUMN organisation TEXT;
ALTER TABLE questions ADD COLUMN organisation TEXT;
ALTER TABLE broadcasts ADD COLUMN organisation TEXT;
ALTER TABLE audit ADD COLUMN organisation TEXT;
CREATE INDEX members_organisation ON members (organisation, role);
