## Lettlest: `<id>-easy` is used instead of `<id>` for people who chose easy
## read. One short sentence per line, common words, the most important
## first, one next step. A message without an easy variant is shown as is.

start-greeting-easy =
    Hei!
    Jeg hjelper deg å finne en jobb.
    Noen jobber er for deg som har en funksjonsnedsettelse.
    Noen jobber er for deg som har flyttet til Norge.
    Trykk på en knapp under.
    Noen du kjenner kan gjerne hjelpe deg.
menu-eligibility-easy = Hva passer for meg?
menu-positions-easy = Ledige jobber
menu-programmes-easy = Les om tilbudene
menu-contact-easy = Snakk med en person
menu-title-easy = Hva vil du gjøre nå?

check-intro-easy =
    Jeg har noen spørsmål til deg.
    Svar med en knapp.
    Du trenger ikke si hva du har.
    Svarene blir slettet etterpå.
check-use-buttons-easy =
    Svar med knappene under spørsmålet.
    Du kan også trykke Avbryt.
check-cancelled-easy =
    Du stoppet.
    Jeg har slettet svarene dine.
check-done-easy = Takk! Det var det siste spørsmålet.
check-stale-easy =
    Denne knappen er gammel.
    Bruk det nyeste spørsmålet.
check-easy-fits = Dette kan passe for deg:
check-easy-talk = Snakk med en person om dette:
check-easy-none =
    Jeg fant ikke noe som passer nå.
    Snakk gjerne med en person.
check-easy-outro =
    Trykk på et tilbud for å lese mer.
    Det er den som har jobben som bestemmer.
    Jeg har slettet svarene dine.

programmes-intro-easy =
    Her er tilbudene.
    Trykk på et tilbud for å lese mer.
programmes-page-easy =
    { $name }

    { $easy }

    Teksten er fra { $year }.
    Les mer her:
    { $source }

positions-heading-easy = { $total ->
        [one] Her er én ledig jobb.
       *[other] Her er { $total } ledige jobber.
    }
    Trykk på en jobb for å lese mer.
positions-none-easy =
    Det er ingen ledige jobber nå.
    Vil du få en melding om nye jobber?
    Trykk på knappen under.
positions-deadline-easy = Siste dag å søke: { $date }
positions-filter-easy = Velg hvilke jobber du vil se
alerts-save-easy = Gi meg beskjed om nye jobber
alerts-saved-easy =
    Takk!
    Du får en melding når det kommer nye jobber.
alerts-duplicate-easy = Du får allerede beskjed om disse jobbene.
alerts-none-easy =
    Du får ikke beskjed om nye jobber nå.
    Trykk på Ledige jobber.
    Trykk så på Gi meg beskjed om nye jobber.
alerts-list-easy =
    Du får beskjed om disse jobbene.
    Du kan slette en med knappene.
positions-closed-easy = Denne jobben er ikke ledig lenger.
positions-employment-easy = { $kind ->
        [permanent] Fast jobb
        [temporary] Jobb for en tid
       *[substitute] Jobb som vikar
    }
positions-extent-easy = { $percent ->
        [100] hele uka
       *[other] deler av uka
    }
positions-detail-easy =
    { $title }
    { $employer }, { $place }

    { $employment }, { $extent }.
    Siste dag å søke: { $deadline }.

    Les hele annonsen med knappen under.

contact-text-easy =
    Du kan snakke med { $name }.
    Telefon: { $phone }
    E-post: { $email }
    Adresse: { $address }
contact-hours-heading-easy =
    Du kan avtale et møte.
    Disse tidene passer ofte:
contact-hours-line-easy = { $day ->
        [mon] mandag
        [tue] tirsdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] lørdag
       *[sun] søndag
    } fra klokka { $from } til klokka { $to }
contact-no-hours-easy = Ring eller send en e-post for å avtale et møte.
contact-choose-programme-easy =
    Hvilket tilbud vil du snakke om?
    Trykk på en knapp.

ask-choose-programme-easy =
    Hvilket tilbud vil du spørre om?
    Trykk på en knapp.
ask-prompt-easy =
    Skriv spørsmålet ditt nå.
    Jeg sender det til { $organisation }.
    Du får svaret her.
ask-sent-easy =
    Takk!
    Jeg har sendt spørsmålet.
    Du får svaret her.

privacy-summary-easy =
    Dette lagrer jeg:
    1. Jeg lagrer lite om deg.
    2. Jeg spør aldri hva du har.
    3. Du kan se alt med /mydata.
    4. Du kan slette alt med /forget.
privacy-more-easy = Les alt
privacy-details-easy =
    Dette lagrer jeg om deg:
    1. Et nummer fra Telegram, så jeg vet hvem du er.
    2. Språket du valgte.
    3. Når du brukte meg.
    4. Om du har stengt meg ute.
    5. Varsler om jobber du har lagret.
    6. Når du har stilt et spørsmål.
    7. Er du med i et tilbud: navnet ditt og mentoren din.
    8. Om du kommer på møtene.
    9. Meldinger jeg sender deg.
    Jeg sletter meldingene etter { $outbox_days ->
        [one] én dag
       *[other] { $outbox_days } dager
    }.

    Dette lagrer jeg aldri:
    1. Hva du har.
    2. Hva du skriver.
    Men en bekymring du sender med /flag, lagrer jeg en stund.

    Greit å vite:
    1. Alt du skriver går gjennom Telegram.
    2. Det du har sendt til andre, blir hos dem.
    3. Du kan klage til Datatilsynet.
    Du finner dem på datatilsynet.no.
    Vil du lese alt? Velg vanlig tekst i /language.
mydata-caption-easy = Her er alt jeg har lagret om deg.
forget-ask-easy =
    Vil du at jeg skal slette alt om deg?
    Du kan ikke angre etterpå.
forget-kept-easy =
    Greit.
    Jeg slettet ingenting.
forget-done-easy =
    Jeg har slettet alt om deg.
    Skriver du igjen, begynner vi på nytt.

fallback-text-easy =
    Det forstod jeg ikke.
    Trykk på en knapp under.
fallback-unknown-command-easy =
    Det forstod jeg ikke.
    Trykk på en knapp under.
fallback-not-text-easy =
    Jeg kan bare lese tekst.
    Trykk på en knapp under.
button-unknown-easy =
    Denne knappen virker ikke lenger.
    Skriv /start for å begynne på nytt.
error-generic-easy =
    Noe gikk galt hos meg.
    Prøv igjen litt senere.
flood-slow-down-easy =
    Du sender mange meldinger.
    Vent litt.
    Så svarer jeg igjen.

reminder-text-easy = { $lead ->
        [week] Husk møtet om en uke.
        [three-days] Husk møtet om tre dager.
        [day] Husk møtet i morgen.
       *[two-hours] Husk møtet om to timer.
    }
reminder-question-easy = Kommer du?
rsvp-thanks-coming-easy =
    Takk!
    Du kommer på { $topic }.
    Det er { $when }.
rsvp-thanks-not-coming-easy =
    Takk for at du sa fra.
    Du kommer ikke på { $topic }.
gathering-when-easy = { $date }, fra klokka { $from } til klokka { $to }
date-time-easy = { $date } klokka { $time }
positions-from-feed-easy = Denne jobben er fra NAV. Annonsen ble endret { $date }.
