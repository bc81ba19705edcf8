## Joining with an invitation, making invitations, and mentor links.

coordinators-only = Dette kan berre koordinatorar gjere.
role-name = { $role ->
        [trainee] trainee
        [mentor] mentor
       *[coordinator] koordinator
    }
join-welcome = Velkomen, { $name }! Du er no registrert som { role-name } i { $programme }{ $cohort ->
        [none] .
       *[other] , { $cohort }.
    }

    Skriv /gatherings for å sjå samlingane dine, eller /help for alt eg kan.
menu-gatherings = Samlingane dine
join-used = Denne invitasjonen er alt brukt. Kvar lenkje verkar berre éin gong. Be koordinatoren om ei ny.
join-expired = Denne invitasjonen har gått ut. Be koordinatoren om ei ny.
invite-choose-role = Kven er invitasjonen til?
invite-role = { $role ->
        [trainee] Ein trainee
        [mentor] Ein mentor
       *[coordinator] Ein koordinator
    }
invite-choose-programme = Kva ordning?
invite-choose-cohort = Kva kull? Vel eit kull, eller lag eit nytt.
invite-new-cohort = Nytt kull
invite-back = Tilbake
invite-cancel = Avbryt
invite-cancelled = Inga invitasjon vart laga. Skriv /invite når du vil lage ein.
invite-name-cohort = Skriv namnet på det nye kullet, til dømes «Kull 2027».
invite-cohort-name-bad = Skriv eit namn på { $max ->
        [one] høgst eitt teikn
       *[other] høgst { $max } teikn
    }.
invite-trainee-needs-cohort = Ein trainee må høyre til eit kull. Skriv /invite og vel eit kull.
invite-created = Invitasjon til { role-name } i { $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }. Han verkar éin gong og til og med { $date }.

    Send denne lenkja til personen:
    { $link }

    Koden er { $code }.
invite-cohort-pending = Kullet { $cohort } blir laga når den første brukar ein invitasjon til det. Vil du invitere fleire til kullet, vel du «Nytt kull» igjen og skriv det same namnet.
link-choose-trainee = Kva trainee skal få mentor? Kvar knapp viser traineen, kullet og mentoren no.
link-no-trainees = Ingen traineear har vorte med enno. Lag ein invitasjon med /invite.
link-no-mentor = ingen mentor
link-choose-mentor = Kven skal vere mentor for { $trainee }?
link-no-mentors = Ingen mentorar i denne ordninga har vorte med enno. Lag ein invitasjon med /invite.
link-done = { $trainee } har no { $mentor } som mentor.
link-not-trainee = Denne personen er ikkje trainee lenger.
link-not-mentor = Denne personen er ikkje mentor lenger.
link-other-programme = Traineen og mentoren må høyre til same ordning.
coordinators-other-organisation = Dette høyrer til ein annan organisasjon. Du kan berre gjere dette for ordningane til din eigen organisasjon.
invite-choose-organisation = Kva organisasjon skal koordinatoren høyre til?
roles-operators-only = Dette kan berre driftsansvarlege gjere.
roles-none = Ingen har ei rolle, og ingen invitasjonar ventar.
roles-title = { $members ->
        [one] Éin person har ei rolle
       *[other] { $members } personar har ei rolle
    }, og { $invitations ->
        [one] éin invitasjon er ikkje brukt
       *[other] { $invitations } invitasjonar er ikkje brukte
    }. Trykk på ein person for å ta bort rolla, eller på ein invitasjon for å trekkje han tilbake.
roles-member = { $name }, { role-name }, { $organisation }
roles-invitation = Ubrukt invitasjon: { role-name }, { $organisation }
roles-remove-ask = Vil du ta bort rolla til { $name } ({ role-name })? { $name } får beskjed.
roles-remove-yes = Ja, ta bort rolla
roles-keep = Nei, tilbake til lista
roles-removed = { $name } har ikkje lenger ei rolle, og får beskjed.
roles-revoke-ask = Vil du trekkje tilbake denne ubrukte invitasjonen ({ role-name })? Lenkja sluttar å verke.
roles-revoke-yes = Ja, trekk han tilbake
roles-revoked = Invitasjonen er trekt tilbake. Lenkja verkar ikkje lenger.
roles-not-a-member = Denne personen har ikkje lenger ei rolle.
roles-no-invitation = Denne invitasjonen er brukt eller trekt tilbake allereie.
role-removed = Du er ikkje lenger { role-name } { $organisation ->
        [none] {""}
       *[other] i { $organisation }
    }. Du kan framleis bruke meg som søkjar. Skriv /help for å sjå kva eg kan.
join-too-many-codes = Du har prøvd mange invitasjonskodar. Vent ein time og prøv igjen, eller be koordinatoren om ei ny lenkje.
notice-joined = { $name } har vorte med som { role-name } i { $programme }{ $cohort ->
        [none] .
       *[other] , { $cohort }.
    }
notice-linked-trainee = Du har fått { $mentor } som mentor. Skriv til mentoren din med /mentor.
notice-linked-mentor = Du er no mentor for { $trainee }. Trykk på knappen for å skrive til { $trainee }.
notice-write-to-trainee = Skriv til traineen
notice-unlinked-mentor = Du er ikkje lenger mentor for { $trainee }. Traineen har fått ein annan mentor.
notice-left = Ein { role-name } har gått ut av { $programme }. Det som var lagra om personen, er sletta.
notice-left-trainee = Ein av traineane dine har gått ut av ordninga. Du kan ikkje skrive til personen lenger.
notice-left-mentor = Mentoren din har gått ut av ordninga. Koordinatoren kan gi deg ein ny mentor.
