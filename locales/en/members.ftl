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

    Type /gatherings to see your gatherings, or /help for everything I can do.
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
invite-back = Back
invite-cancel = Cancel
invite-cancelled = No invitation was made. Type /invite when you want to make one.
invite-name-cohort = Write the name of the new cohort, for example "Kull 2027".
invite-cohort-name-bad = Write a name of { $max ->
        [one] at most one character
       *[other] at most { $max } characters
    }.
invite-trainee-needs-cohort = A trainee must belong to a cohort. Type /invite and choose a cohort.
invite-created = Invitation for a { role-name } in { $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }. It works once, until { $date }.

    Send this link to the person:
    { $link }

    The code is { $code }.
invite-cohort-pending = The cohort { $cohort } is made when the first person uses an invitation to it. To invite more people to it, choose "New cohort" again and write the same name.
link-choose-trainee = Which trainee gets a mentor? Each button shows the trainee, the cohort and the mentor now.
link-no-trainees = No trainees have joined yet. Make an invitation with /invite.
link-no-mentor = no mentor
link-choose-mentor = Who will be the mentor for { $trainee }?
link-no-mentors = No mentors of this programme have joined yet. Make an invitation with /invite.
link-done = { $trainee } now has { $mentor } as their mentor.
link-not-trainee = This person is no longer a trainee.
link-not-mentor = This person is no longer a mentor.
link-other-programme = The trainee and the mentor must belong to the same programme.
coordinators-other-organisation = This belongs to another organisation. You can only do this for your own organisation's programmes.
invite-choose-organisation = Which organisation will the coordinator belong to?
roles-operators-only = Only operators can do this.
roles-none = Nobody has a role, and no invitations are waiting.
roles-title = { $members ->
        [one] One person has a role
       *[other] { $members } people have a role
    }, and { $invitations ->
        [one] one invitation is unused
       *[other] { $invitations } invitations are unused
    }. Press a person to take their role away, or an invitation to revoke it.
roles-member = { $name }, { role-name }, { $organisation }
roles-invitation = Unused invitation: { role-name }, { $organisation }
roles-remove-ask = Do you want to take away the role of { $name } ({ role-name })? { $name } will be told.
roles-remove-yes = Yes, take the role away
roles-keep = No, back to the list
roles-removed = { $name } no longer has a role, and will be told.
roles-revoke-ask = Do you want to revoke this unused invitation ({ role-name })? The link stops working.
roles-revoke-yes = Yes, revoke it
roles-revoked = The invitation is revoked. The link no longer works.
roles-not-a-member = This person no longer has a role.
roles-no-invitation = This invitation has been used or revoked already.
role-removed = You are no longer a { role-name }{ $organisation ->
        [none] {""}
       *[other] {" "}at { $organisation }
    }. You can still use me as an applicant. Type /help to see what I can do.
join-too-many-codes = You have tried many invitation codes. Wait an hour and try again, or ask the coordinator for a new link.
notice-joined = { $name } has joined as a { role-name } in { $programme }{ $cohort ->
        [none] .
       *[other] , { $cohort }.
    }
notice-linked-trainee = { $mentor } is now your mentor. Write to your mentor with /mentor.
notice-linked-mentor = You are now the mentor of { $trainee }. Press the button to write to { $trainee }.
notice-write-to-trainee = Write to the trainee
notice-unlinked-mentor = You are no longer the mentor of { $trainee }. The trainee has another mentor now.
notice-left = A { role-name } has left { $programme }. What was stored about them is deleted.
notice-left-trainee = One of your trainees has left the programme. You can no longer write to them.
notice-left-mentor = Your mentor has left the programme. The coordinator can give you a new mentor.
