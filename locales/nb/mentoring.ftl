## Writing between trainees and mentors, /flag, and nudges.

mentor-only-trainees = /mentor er for traineer. Har du fått en invitasjonslenke fra koordinatoren, åpne den først.
mentor-none = Du har ingen mentor ennå. Koordinatoren setter deg opp med en mentor.
mentor-start = Mentoren din er { $name }. Skriv meldingen din nå. Alt du sender, også bilder, filer og talemeldinger, går til { $name } til du trykker «Ferdig».
trainees-only-mentors = /trainees er for mentorer.
trainees-none = Du har ingen traineer ennå. Koordinatoren setter deg opp med traineer.
trainees-choose = Hvem vil du skrive til?
trainee-start = Skriv meldingen din til { $name } nå. Alt du sender går til { $name } til du trykker «Ferdig».
relay-done = Ferdig
relay-stopped = Greit. Skriv /mentor eller /trainees når du vil skrive igjen.
relay-not-linked = Dere er ikke koblet sammen lenger, så meldingen ble ikke sendt. Spør koordinatoren om du lurer på noe.
relay-header-from-trainee = Melding fra traineen din { $name }. Svar ved å svare på meldingen under.
relay-header-from-mentor = Melding fra mentoren din { $name }. Svar ved å svare på meldingen under.
relay-sent = Sendt til { $name }.
relay-usual-answer = Mentoren din svarer vanligvis innen { $days ->
        [one] én dag
       *[other] { $days } dager
    }.
relay-undeliverable = Meldingen din til { $name } kom ikke fram. Koordinatoren har fått beskjed.
relay-undeliverable-coordinator = En melding fra { $from } til { $to } kom ikke fram. { $to } har kanskje blokkert boten eller ikke startet den.
flag-ask = Hva vil du si fra om til koordinatoren? Skriv det med få ord, { $max ->
        [one] høyst ett tegn
       *[other] høyst { $max } tegn
    }. Du får se det før det sendes.
flag-bad = Skriv en tekst på { $max ->
        [one] høyst ett tegn
       *[other] høyst { $max } tegn
    }.
flag-preview = Dette sendes til koordinatoren:

    { $text }
flag-send = Send til koordinatoren
flag-cancel = Avbryt
flag-use-buttons = Trykk «Send til koordinatoren» eller «Avbryt».
flag-cancelled = Greit, ingenting ble sendt.
flag-sent = Sendt. Koordinatoren kan svare deg her i boten, eller ta kontakt på annen måte.
flag-answer-header = Svar fra koordinatoren om det du sa fra om:
flag-write-answer = Skriv svaret på bekymringen nå. Det sendes til den som sa fra.
flag-answered = Svaret er sendt til den som sa fra.
flag-no-coordinator = Jeg fant ingen koordinator å sende til. Bruk /contact for å nå koordinatoren.
flag-to-coordinator = Bekymring fra { role-name } { $name } ({ $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }, Telegram-ID { $id }):

    { $text }

    Svar ved å svare på denne meldingen.
nudge-trainee = Det er en stund siden du og mentoren din { $name } skrev sammen. Skriv /mentor hvis du vil si hei eller spørre om noe.
nudge-mentor = Det er en stund siden du og traineen din { $name } skrev sammen. Skriv /trainees hvis du vil høre hvordan det går.
