## /broadcast and /broadcasts.

broadcast-choose-audience = Kven skal få kunngjeringa?
broadcast-audience-everyone = Alle som har starta boten
broadcast-audience-alerts = Søkjarar med stillingsvarsel
broadcast-audience-trainees = Traineane i { $programme }
broadcast-audience-cohort = Traineane i { $cohort }
broadcast-audience-mentors = Alle mentorar
broadcast-audience-coordinators = Alle koordinatorar
broadcast-audience-alerts-of = Søkjarar med stillingsvarsel for { $organisation }
broadcast-audience-mentors-of = Mentorane i { $organisation }
broadcast-audience-coordinators-of = Koordinatorane i { $organisation }
broadcast-nobody = Ingen er i denne gruppa enno. Vel ei anna.
broadcast-ask-content = Send meldinga på bokmål no: ein tekst, eller eit bilete eller ei fil med bilettekst. Ho går til { $count ->
        [one] éin person
       *[other] { $count } personar
    }. Etterpå kan du leggje ho til på nynorsk og engelsk for dei som har valt det.
broadcast-empty = Meldinga er tom. Skriv ein tekst.
broadcast-too-long = Meldinga er for lang: ein tekst kan ha høgst { $text } teikn, ein bilettekst høgst { $caption }.
broadcast-kind = Eg kan sende tekst, bilete og filer. Send ein av dei.
broadcast-ready = Slik ser meldinga ut (over).

    Til: { $audience } ({ $count ->
        [one] éin person
       *[other] { $count } personar
    })
    Når: { $when }
    { $languages }
    { $urgent }
broadcast-when-now = med ein gong
broadcast-when-later = { $time }
broadcast-urgent-off = Ventar til kl. { $until } om det er mellom kl. { $from } og { $until }.
broadcast-urgent-on = Hastar: blir send òg om natta.
broadcast-any-time = Blir send når som helst på døgnet.
broadcast-confirm-now = Send til { $count ->
        [one] éin person
       *[other] { $count } personar
    } no
broadcast-confirm-later = Planlegg for { $count ->
        [one] éin person
       *[other] { $count } personar
    }
broadcast-test = Send ein test til meg
broadcast-later = Send seinare
broadcast-make-urgent = Hastar: send òg om natta
broadcast-make-not-urgent = Hastar ikkje: vent til morgonen
broadcast-discard = Avbryt
broadcast-discarded = Greitt, kunngjeringa vart ikkje send.
broadcast-test-sent = Testen er send til deg{ $count ->
        [one] .
       *[other] , éin gong på kvart språk ({ $count } meldingar).
    }
broadcast-ask-time = Når skal ho sendast? Skriv dato og klokkeslett, til dømes 5.1.2027 kl. 09.00.
broadcast-time-passed = Tidspunktet har vore. Trykk «Send seinare» og vel eit nytt.
broadcast-gone = Denne kunngjeringa er alt send eller avbroten.
broadcast-not-running = Denne kunngjeringa er ikkje i gang lenger.
broadcast-cancel-done = Resten av kunngjeringa vart stoppa.
broadcast-cancel = Stopp kunngjering nummer { $id }
broadcast-cancel-ask = Vil du stoppe kunngjering nummer { $id }? Meldingane som ikkje er sende enno, blir ikkje sende. Dei som er sende, blir ikkje borte.
broadcast-cancel-yes = Ja, stopp ho
broadcast-cancel-no = Nei, la ho gå vidare
broadcast-cancel-kept = Kunngjeringa går vidare.
broadcast-status-scheduled = Kunngjering nummer { $id } er planlagd { $time } til { $recipients ->
        [one] éin person.
       *[other] { $recipients } personar.
    }
broadcast-status-sending = Kunngjering nummer { $id } blir send no.
    Sende: { $sent }. Kom ikkje fram: { $failed }. Att: { $left }.
broadcast-status-done = Kunngjering nummer { $id } er ferdig.
    Sende: { $sent }. Kom ikkje fram: { $failed }.
broadcast-status-cancelled = Kunngjering nummer { $id } vart stoppa.
    Sende: { $sent }. Kom ikkje fram: { $failed }. Ikkje sende: { $cancelled }.
broadcast-language = { $lang ->
        [nn] nynorsk
        [en] engelsk
       *[nb] bokmål
    }
broadcast-ask-translation = Send meldinga på { broadcast-language } no: ein tekst, eller eit bilete eller ei fil med bilettekst. Dei som har valt { broadcast-language }, får ho i staden for den på bokmål.
broadcast-version-count = { broadcast-language } til { $count ->
        [one] éin person
       *[other] { $count } personar
    }
broadcast-versions = Språk: { $list }.
broadcast-language-count = { broadcast-language } ({ $count ->
        [one] éin person
       *[other] { $count } personar
    })
broadcast-versions-missing = Har valt eit språk som ikkje har eiga utgåve enno: { $list }. Dei får ho på bokmål.
broadcast-add-language = Legg til meldinga på { broadcast-language }
broadcast-change-language = Endre meldinga på { broadcast-language }
broadcast-status-language = På { broadcast-language }: { $sent } av { $queued } er sende.
broadcasts-none = Ingen kunngjeringar er sende enno. Skriv /broadcast for å sende ei.
broadcasts-title = Dei siste kunngjeringane:
broadcasts-item = Til { $audience }, { $time }
