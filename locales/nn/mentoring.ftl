## Writing between trainees and mentors, /flag, and nudges.

mentor-only-trainees = /mentor er for traineear. Har du fått ei invitasjonslenkje frå koordinatoren, opne henne først.
mentor-none = Du har ingen mentor enno. Koordinatoren set deg opp med ein mentor.
mentor-start = Mentoren din er { $name }. Skriv meldinga di no. Alt du sender, òg bilete, filer og talemeldingar, går til { $name } til du trykkjer «Ferdig».
trainees-only-mentors = /trainees er for mentorar.
trainees-none = Du har ingen traineear enno. Koordinatoren set deg opp med traineear.
trainees-choose = Kven vil du skrive til?
trainee-start = Skriv meldinga di til { $name } no. Alt du sender, går til { $name } til du trykkjer «Ferdig».
relay-done = Ferdig
relay-stopped = Greitt. Skriv /mentor eller /trainees når du vil skrive igjen.
relay-not-linked = De er ikkje kopla saman lenger, så meldinga vart ikkje send. Spør koordinatoren om du lurer på noko.
relay-header-from-trainee = Melding frå traineen din { $name }. Svar ved å svare på meldinga under.
relay-header-from-mentor = Melding frå mentoren din { $name }. Svar ved å svare på meldinga under.
relay-sent = Sendt til { $name }.
relay-usual-answer = Mentoren din svarar vanlegvis innan { $days ->
        [one] éin dag
       *[other] { $days } dagar
    }.
relay-undeliverable = Meldinga di til { $name } kom ikkje fram. Koordinatoren har fått beskjed.
relay-undeliverable-coordinator = Ei melding frå { $from } til { $to } kom ikkje fram. { $to } har kanskje blokkert boten eller ikkje starta han.
flag-ask = Kva vil du seie frå om til koordinatoren? Skriv det med få ord, { $max ->
        [one] høgst eitt teikn
       *[other] høgst { $max } teikn
    }. Du får sjå det før det blir sendt.
flag-bad = Skriv ein tekst på { $max ->
        [one] høgst eitt teikn
       *[other] høgst { $max } teikn
    }.
flag-preview = Dette blir sendt til koordinatoren:

    { $text }
flag-send = Send til koordinatoren
flag-cancel = Avbryt
flag-use-buttons = Trykk «Send til koordinatoren» eller «Avbryt».
flag-cancelled = Greitt, ingenting vart sendt.
flag-sent = Sendt. Koordinatoren kan svare deg her i boten, eller ta kontakt på anna vis.
flag-answer-header = Svar frå koordinatoren om det du sa frå om:
flag-write-answer = Skriv svaret på bekymringa no. Det blir sendt til den som sa frå.
flag-answered = Svaret er sendt til den som sa frå.
flag-no-coordinator = Eg fann ingen koordinator å sende til. Bruk /contact for å nå koordinatoren.
flag-to-coordinator = Bekymring frå { role-name } { $name } ({ $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }, Telegram-ID { $id }):

    { $text }

    Svar ved å svare på denne meldinga.
nudge-trainee = Det er ei stund sidan du og mentoren din { $name } skreiv saman. Skriv /mentor om du vil seie hei eller spørje om noko.
nudge-mentor = Det er ei stund sidan du og traineen din { $name } skreiv saman. Skriv /trainees om du vil høyre korleis det går.
