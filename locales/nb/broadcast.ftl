## /broadcast and /broadcasts.

broadcast-choose-audience = Hvem skal få kunngjøringen?
broadcast-audience-everyone = Alle som har startet boten
broadcast-audience-alerts = Søkere med stillingsvarsler
broadcast-audience-trainees = Traineene i { $programme }
broadcast-audience-cohort = Traineene i { $cohort }
broadcast-audience-mentors = Alle mentorer
broadcast-audience-coordinators = Alle koordinatorer
broadcast-audience-alerts-of = Søkere med stillingsvarsler for { $organisation }
broadcast-audience-mentors-of = Mentorene i { $organisation }
broadcast-audience-coordinators-of = Koordinatorene i { $organisation }
broadcast-nobody = Ingen er i denne gruppen ennå. Velg en annen.
broadcast-ask-content = Send meldingen på bokmål nå: en tekst, eller et bilde eller en fil med bildetekst. Den går til { $count ->
        [one] én person
       *[other] { $count } personer
    }. Etterpå kan du legge den til på nynorsk og engelsk for dem som har valgt det.
broadcast-empty = Meldingen er tom. Skriv en tekst.
broadcast-too-long = Meldingen er for lang: en tekst kan ha høyst { $text } tegn, en bildetekst høyst { $caption }.
broadcast-kind = Jeg kan sende tekst, bilder og filer. Send en av dem.
broadcast-ready = Slik ser meldingen ut (over).

    Til: { $audience } ({ $count ->
        [one] én person
       *[other] { $count } personer
    })
    Når: { $when }
    { $languages }
    { $urgent }
broadcast-when-now = med en gang
broadcast-when-later = { $time }
broadcast-urgent-off = Venter til kl. { $until } hvis det er mellom kl. { $from } og { $until }.
broadcast-urgent-on = Haster: sendes også om natten.
broadcast-any-time = Sendes når som helst på døgnet.
broadcast-confirm-now = Send til { $count ->
        [one] én person
       *[other] { $count } personer
    } nå
broadcast-confirm-later = Planlegg for { $count ->
        [one] én person
       *[other] { $count } personer
    }
broadcast-test = Send en test til meg
broadcast-later = Send senere
broadcast-make-urgent = Haster: send også om natten
broadcast-make-not-urgent = Haster ikke: vent til morgenen
broadcast-discard = Avbryt
broadcast-discarded = Greit, kunngjøringen ble ikke sendt.
broadcast-test-sent = Testen er sendt til deg{ $count ->
        [one] .
       *[other] , én gang på hvert språk ({ $count } meldinger).
    }
broadcast-ask-time = Når skal den sendes? Skriv dato og klokkeslett, for eksempel 5.1.2027 kl. 09.00.
broadcast-time-passed = Tidspunktet har vært. Trykk «Send senere» og velg et nytt.
broadcast-gone = Denne kunngjøringen er allerede sendt eller avbrutt.
broadcast-not-running = Denne kunngjøringen er ikke i gang lenger.
broadcast-cancel-done = Resten av kunngjøringen ble stoppet.
broadcast-cancel = Stopp kunngjøring nummer { $id }
broadcast-cancel-ask = Vil du stoppe kunngjøring nummer { $id }? Meldingene som ikke er sendt ennå, blir ikke sendt. De som er sendt, blir ikke borte.
broadcast-cancel-yes = Ja, stopp den
broadcast-cancel-no = Nei, la den gå videre
broadcast-cancel-kept = Kunngjøringen går videre.
broadcast-status-scheduled = Kunngjøring nummer { $id } er planlagt { $time } til { $recipients ->
        [one] én person.
       *[other] { $recipients } personer.
    }
broadcast-status-sending = Kunngjøring nummer { $id } sendes nå.
    Sendt: { $sent }. Kom ikke fram: { $failed }. Igjen: { $left }.
broadcast-status-done = Kunngjøring nummer { $id } er ferdig.
    Sendt: { $sent }. Kom ikke fram: { $failed }.
broadcast-status-cancelled = Kunngjøring nummer { $id } ble stoppet.
    Sendt: { $sent }. Kom ikke fram: { $failed }. Ikke sendt: { $cancelled }.
broadcast-language = { $lang ->
        [nn] nynorsk
        [en] engelsk
       *[nb] bokmål
    }
broadcast-ask-translation = Send meldingen på { broadcast-language } nå: en tekst, eller et bilde eller en fil med bildetekst. De som har valgt { broadcast-language }, får den i stedet for den på bokmål.
broadcast-version-count = { broadcast-language } til { $count ->
        [one] én person
       *[other] { $count } personer
    }
broadcast-versions = Språk: { $list }.
broadcast-language-count = { broadcast-language } ({ $count ->
        [one] én person
       *[other] { $count } personer
    })
broadcast-versions-missing = Har valgt et språk som ikke har egen utgave ennå: { $list }. De får den på bokmål.
broadcast-add-language = Legg til meldingen på { broadcast-language }
broadcast-change-language = Endre meldingen på { broadcast-language }
broadcast-status-language = På { broadcast-language }: { $sent } av { $queued } er sendt.
broadcasts-none = Ingen kunngjøringer er sendt ennå. Skriv /broadcast for å sende en.
broadcasts-title = De siste kunngjøringene:
broadcasts-item = Til { $audience }, { $time }
