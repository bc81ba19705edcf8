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
invite-back = Tilbake
invite-cancel = Avbryt
invite-cancelled = Ingen invitasjon ble laget. Skriv /invite når du vil lage en.
invite-name-cohort = Skriv navnet på det nye kullet, for eksempel «Kull 2027».
invite-cohort-name-bad = Skriv et navn på { $max ->
        [one] høyst ett tegn
       *[other] høyst { $max } tegn
    }.
invite-trainee-needs-cohort = En trainee må høre til et kull. Skriv /invite og velg et kull.
invite-created = Invitasjon til { role-name } i { $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }. Den virker én gang og til og med { $date }.

    Send denne lenken til personen:
    { $link }

    Koden er { $code }.
invite-cohort-pending = Kullet { $cohort } blir laget når den første bruker en invitasjon til det. Vil du invitere flere til kullet, velger du «Nytt kull» igjen og skriver det samme navnet.
link-choose-trainee = Hvilken trainee skal få mentor? Hver knapp viser traineen, kullet og mentoren nå.
link-no-trainees = Ingen traineer har blitt med ennå. Lag en invitasjon med /invite.
link-no-mentor = ingen mentor
link-choose-mentor = Hvem skal være mentor for { $trainee }?
link-no-mentors = Ingen mentorer i denne ordningen har blitt med ennå. Lag en invitasjon med /invite.
link-done = { $trainee } har nå { $mentor } som mentor.
link-not-trainee = Denne personen er ikke trainee lenger.
link-not-mentor = Denne personen er ikke mentor lenger.
link-other-programme = Traineen og mentoren må høre til samme ordning.
coordinators-other-organisation = Dette hører til en annen organisasjon. Du kan bare gjøre dette for ordningene til din egen organisasjon.
invite-choose-organisation = Hvilken organisasjon skal koordinatoren høre til?
roles-operators-only = Dette kan bare driftsansvarlige gjøre.
roles-none = Ingen har en rolle, og ingen invitasjoner venter.
roles-title = { $members ->
        [one] Én person har en rolle
       *[other] { $members } personer har en rolle
    }, og { $invitations ->
        [one] én invitasjon er ikke brukt
       *[other] { $invitations } invitasjoner er ikke brukt
    }. Trykk på en person for å ta bort rollen, eller på en invitasjon for å trekke den tilbake.
roles-member = { $name }, { role-name }, { $organisation }
roles-invitation = Ubrukt invitasjon: { role-name }, { $organisation }
roles-remove-ask = Vil du ta bort rollen til { $name } ({ role-name })? { $name } får beskjed.
roles-remove-yes = Ja, ta bort rollen
roles-keep = Nei, tilbake til lista
roles-removed = { $name } har ikke lenger en rolle, og får beskjed.
roles-revoke-ask = Vil du trekke tilbake denne ubrukte invitasjonen ({ role-name })? Lenken slutter å virke.
roles-revoke-yes = Ja, trekk den tilbake
roles-revoked = Invitasjonen er trukket tilbake. Lenken virker ikke lenger.
roles-not-a-member = Denne personen har ikke lenger en rolle.
roles-no-invitation = Denne invitasjonen er brukt eller trukket tilbake allerede.
role-removed = Du er ikke lenger { role-name } { $organisation ->
        [none] {""}
       *[other] i { $organisation }
    }. Du kan fortsatt bruke meg som søker. Skriv /help for å se hva jeg kan.
join-too-many-codes = Du har prøvd mange invitasjonskoder. Vent en time og prøv igjen, eller be koordinatoren om en ny lenke.
notice-joined = { $name } har blitt med som { role-name } i { $programme }{ $cohort ->
        [none] .
       *[other] , { $cohort }.
    }
notice-linked-trainee = Du har fått { $mentor } som mentor. Skriv til mentoren din med /mentor.
notice-linked-mentor = Du er nå mentor for { $trainee }. Trykk på knappen for å skrive til { $trainee }.
notice-write-to-trainee = Skriv til traineen
notice-unlinked-mentor = Du er ikke lenger mentor for { $trainee }. Traineen har fått en annen mentor.
notice-left = En { role-name } har gått ut av { $programme }. Det som var lagret om personen, er slettet.
notice-left-trainee = En av traineene dine har gått ut av ordningen. Du kan ikke skrive til personen lenger.
notice-left-mentor = Mentoren din har gått ut av ordningen. Koordinatoren kan gi deg en ny mentor.
