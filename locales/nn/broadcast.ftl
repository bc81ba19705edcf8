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
broadcast-ask-content = Send meldinga no: ein tekst, eller eit bilete eller ei fil med bilettekst. Ho går til { $count ->
        [one] éin person
       *[other] { $count } personar
    }.
broadcast-empty = Meldinga er tom. Skriv ein tekst.
broadcast-too-long = Meldinga er for lang: ein tekst kan ha høgst { $text } teikn, ein bilettekst høgst { $caption }.
broadcast-kind = Eg kan sende tekst, bilete og filer. Send ein av dei.
broadcast-ready = Slik ser meldinga ut (over).

    Til: { $audience } ({ $count ->
        [one] éin person
       *[other] { $count } personar
    })
    Når: { $when }
    { $urgent }
broadcast-when-now = med ein gong
broadcast-when-later = { $time }
broadcast-urgent-off = Ventar til kl. { $until } om det er mellom kl. { $from } og { $until }.
broadcast-urgent-on = Hastar: blir sendt også om natta.
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
broadcast-later = Send seinare …
broadcast-make-urgent = Hastar: send også om natta
broadcast-make-not-urgent = Hastar ikkje: vent til morgonen
broadcast-discard = Avbryt
broadcast-discarded = Greitt, kunngjeringa vart ikkje send.
broadcast-test-sent = Testen er send til deg.
broadcast-ask-time = Når skal ho sendast? Skriv dato og klokkeslett, til dømes 5.1.2027 09:00.
broadcast-time-passed = Tidspunktet har vore. Trykk «Send seinare …» og vel eit nytt.
broadcast-gone = Denne kunngjeringa er alt send eller avbroten.
broadcast-not-running = Denne kunngjeringa er ikkje i gang lenger.
broadcast-cancel-done = Resten av kunngjeringa vart stoppa.
broadcast-cancel = Stopp kunngjering #{ $id }
broadcast-status-scheduled = Kunngjering #{ $id } er planlagd { $time } til { $recipients } personar.
broadcast-status-sending = Kunngjering #{ $id } blir send: { $sent } sende, { $failed } kom ikkje fram, { $left } att.
broadcast-status-done = Kunngjering #{ $id } er ferdig: { $sent } sende, { $failed } kom ikkje fram.
broadcast-status-cancelled = Kunngjering #{ $id } vart stoppa: { $sent } sende, { $failed } kom ikkje fram, { $cancelled } ikkje sende.
broadcasts-none = Ingen kunngjeringar er sende enno. Skriv /broadcast for å sende ei.
broadcasts-title = Dei siste kunngjeringane:
