## Joining with an invitation, making invitations, and mentor links.

coordinators-only = Dette kan bare koordinatorer gjøre.
role-name = { $role ->
        [trainee] trainee
        [mentor] mentor
       *[coordinator] koordinator
    }
join-welcome = Velkommen, { $name }! Du er nå registrert som { role-name } i { $programme }{ $cohort ->
        [none] .
       *[other] , { $cohort }.
    }

    Skriv /gatherings for å se samlingene dine, eller /help for alt jeg kan.
menu-gatherings = Samlingene dine
join-used = Denne invitasjonen er allerede brukt. Hver lenke virker bare én gang. Be koordinatoren om en ny.
join-expired = Denne invitasjonen har gått ut. Be koordinatoren om en ny.
invite-choose-role = Hvem er invitasjonen til?
invite-role = { $role ->
        [trainee] En trainee
        [mentor] En mentor
       *[coordinator] En koordinator
    }
invite-choose-programme = Hvilken ordning?
invite-choose-cohort = Hvilket kull? Velg et kull, eller lag et nytt.
invite-new-cohort = Nytt kull
invite-name-cohort = Skriv navnet på det nye kullet, for eksempel «Kull 2027».
invite-cohort-name-bad = Skriv et navn på høyst { $max } tegn.
invite-trainee-needs-cohort = En trainee må høre til et kull. Skriv /invite og velg et kull.
invite-created = Invitasjon til { role-name } i { $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }. Den virker én gang og til og med { $date }.

    Send denne lenken til personen:
    { $link }

    Koden er { $code }.
link-choose-trainee = Hvilken trainee skal få mentor? (trainee · kull · mentor nå)
link-no-trainees = Ingen traineer har blitt med ennå. Lag en invitasjon med /invite.
link-no-mentor = ingen mentor
link-choose-mentor = Hvem skal være mentor for { $trainee }?
link-no-mentors = Ingen mentorer i denne ordningen har blitt med ennå. Lag en invitasjon med /invite.
link-done = { $trainee } har nå { $mentor } som mentor.
link-not-trainee = Denne personen er ikke trainee lenger.
link-not-mentor = Denne personen er ikke mentor lenger.
link-other-programme = Traineen og mentoren må høre til samme ordning.
