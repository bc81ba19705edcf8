## Joining with an invitation, making invitations, and mentor links.

coordinators-only = Only coordinators can do this.
role-name = { $role ->
        [trainee] trainee
        [mentor] mentor
       *[coordinator] coordinator
    }
join-welcome = Welcome, { $name }! You are now registered as a { role-name } in { $programme }{ $cohort ->
        [none] .
       *[other] , { $cohort }.
    }

    Write /gatherings to see your gatherings, or /help for everything I can do.
menu-gatherings = Your gatherings
join-used = This invitation has already been used. Each link works only once. Ask the coordinator for a new one.
join-expired = This invitation has expired. Ask the coordinator for a new one.
invite-choose-role = Who is the invitation for?
invite-role = { $role ->
        [trainee] A trainee
        [mentor] A mentor
       *[coordinator] A coordinator
    }
invite-choose-programme = Which programme?
invite-choose-cohort = Which cohort? Choose a cohort, or make a new one.
invite-new-cohort = New cohort
invite-name-cohort = Write the name of the new cohort, for example "Kull 2027".
invite-cohort-name-bad = Write a name of at most { $max } characters.
invite-trainee-needs-cohort = A trainee must belong to a cohort. Write /invite and choose a cohort.
invite-created = Invitation for a { role-name } in { $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }. It works once, until { $date }.

    Send this link to the person:
    { $link }

    The code is { $code }.
link-choose-trainee = Which trainee gets a mentor? (trainee · cohort · mentor now)
link-no-trainees = No trainees have joined yet. Make an invitation with /invite.
link-no-mentor = no mentor
link-choose-mentor = Who will be the mentor of { $trainee }?
link-no-mentors = No mentors of this programme have joined yet. Make an invitation with /invite.
link-done = { $trainee } now has { $mentor } as mentor.
link-not-trainee = This person is no longer a trainee.
link-not-mentor = This person is no longer a mentor.
link-other-programme = The trainee and the mentor must belong to the same programme.
