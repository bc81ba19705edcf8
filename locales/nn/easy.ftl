## Lettlest: `<id>-easy` blir brukt i staden for `<id>` for dei som har valt
## lettlest. Éi kort setning per linje, vanlege ord, det viktigaste først, eitt
## neste steg. Ei melding utan lettlest variant blir vist som ho er.

start-greeting-easy =
    Hei!
    Eg hjelper deg å finne ein jobb.
    Nokre jobbar er for deg som har ei funksjonsnedsetjing.
    Nokre jobbar er for deg som har flytta til Noreg.
    Trykk på ein knapp under.
    Nokon du kjenner kan gjerne hjelpe deg.
menu-eligibility-easy = Kva passar for meg?
menu-positions-easy = Ledige jobbar
menu-programmes-easy = Les om tilboda
menu-contact-easy = Snakk med ein person
menu-title-easy = Kva vil du gjere no?

check-intro-easy =
    Eg har nokre spørsmål til deg.
    Svar med ein knapp.
    Du treng ikkje seie kva du har.
    Svara blir sletta etterpå.
check-use-buttons-easy =
    Svar med knappane under spørsmålet.
    Du kan òg trykke Avbryt.
check-cancelled-easy =
    Du stoppa.
    Eg har sletta svara dine.
check-done-easy = Takk! Det var det siste spørsmålet.
check-stale-easy =
    Denne knappen er gammal.
    Bruk det nyaste spørsmålet.
check-easy-fits = Dette kan passe for deg:
check-easy-talk = Snakk med ein person om dette:
check-easy-none =
    Eg fann ikkje noko som passar no.
    Snakk gjerne med ein person.
check-easy-outro =
    Trykk på eit tilbod for å lese meir.
    Det er den som har jobben som bestemmer.
    Eg har sletta svara dine.

programmes-intro-easy =
    Her er tilboda.
    Trykk på eit tilbod for å lese meir.
programmes-page-easy =
    { $name }

    { $easy }

    Teksten er frå { $year }.
    Les meir her:
    { $source }

positions-heading-easy = { $total ->
        [one] Her er éin ledig jobb.
       *[other] Her er { $total } ledige jobbar.
    }
    Trykk på ein jobb for å lese meir.
positions-none-easy =
    Det er ingen ledige jobbar no.
    Vil du få ei melding om nye jobbar?
    Trykk på knappen under.
positions-deadline-easy = Siste dag å søkje: { $date }
positions-filter-easy = Vel kva jobbar du vil sjå
alerts-save-easy = Gi meg beskjed om nye jobbar
alerts-saved-easy =
    Takk!
    Du får ei melding når det kjem nye jobbar.
alerts-duplicate-easy = Du får alt beskjed om desse jobbane.
alerts-none-easy =
    Du får ikkje beskjed om nye jobbar no.
    Trykk på Ledige jobbar.
    Trykk så på Gi meg beskjed om nye jobbar.
alerts-list-easy =
    Du får beskjed om desse jobbane.
    Du kan slette ein med knappane.
positions-closed-easy = Denne jobben er ikkje ledig lenger.
positions-employment-easy = { $kind ->
        [permanent] Fast jobb
        [temporary] Jobb for ei tid
       *[substitute] Jobb som vikar
    }
positions-extent-easy = { $percent ->
        [100] heile veka
       *[other] delar av veka
    }
positions-detail-easy =
    { $title }
    { $employer }, { $place }

    { $employment }, { $extent }.
    Siste dag å søkje: { $deadline }.

    Les heile annonsen med knappen under.

contact-text-easy =
    Du kan snakke med { $name }.
    Telefon: { $phone }
    E-post: { $email }
    Adresse: { $address }
contact-hours-heading-easy =
    Du kan avtale eit møte.
    Desse tidene passar ofte:
contact-hours-line-easy = { $day ->
        [mon] måndag
        [tue] tysdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] laurdag
       *[sun] sundag
    } frå klokka { $from } til klokka { $to }
contact-no-hours-easy = Ring eller send ein e-post for å avtale eit møte.
contact-choose-programme-easy =
    Kva tilbod vil du snakke om?
    Trykk på ein knapp.

ask-choose-programme-easy =
    Kva tilbod vil du spørje om?
    Trykk på ein knapp.
ask-prompt-easy =
    Skriv spørsmålet ditt no.
    Eg sender det til { $organisation }.
    Du får svaret her.
ask-sent-easy =
    Takk!
    Eg har sendt spørsmålet.
    Du får svaret her.

privacy-summary-easy =
    Dette lagrar eg:
    1. Eg lagrar lite om deg.
    2. Eg spør aldri kva du har.
    3. Du kan sjå alt med /mydata.
    4. Du kan slette alt med /forget.
privacy-more-easy = Les alt
privacy-details-easy =
    Dette lagrar eg om deg:
    1. Eit nummer frå Telegram, så eg veit kven du er.
    2. Språket du valde.
    3. Når du brukte meg.
    4. Om du har stengt meg ute.
    5. Varsel om jobbar du har lagra.
    6. Når du har stilt eit spørsmål.
    7. Er du med i eit tilbod: namnet ditt og mentoren din.
    8. Om du kjem på møta.
    9. Meldingar eg sender deg.
    Eg slettar meldingane etter { $outbox_days ->
        [one] éin dag
       *[other] { $outbox_days } dagar
    }.

    Dette lagrar eg aldri:
    1. Kva du har.
    2. Kva du skriv.
    Men ei bekymring du sender med /flag, lagrar eg ei stund.

    Godt å vite:
    1. Alt du skriv går gjennom Telegram.
    2. Det du har sendt til andre, blir hos dei.
    3. Du kan klage til Datatilsynet.
    Du finn dei på datatilsynet.no.
    Vil du lese alt? Vel vanleg tekst i /language.
mydata-caption-easy = Her er alt eg har lagra om deg.
forget-ask-easy =
    Vil du at eg skal slette alt om deg?
    Du kan ikkje angre etterpå.
forget-kept-easy =
    Greitt.
    Eg sletta ingenting.
forget-done-easy =
    Eg har sletta alt om deg.
    Skriv du igjen, byrjar vi på nytt.

fallback-text-easy =
    Det forstod eg ikkje.
    Trykk på ein knapp under.
fallback-unknown-command-easy =
    Det forstod eg ikkje.
    Trykk på ein knapp under.
fallback-not-text-easy =
    Eg kan berre lese tekst.
    Trykk på ein knapp under.
button-unknown-easy =
    Denne knappen verkar ikkje lenger.
    Skriv /start for å byrje på nytt.
error-generic-easy =
    Noko gjekk gale hos meg.
    Prøv igjen litt seinare.
flood-slow-down-easy =
    Du sender mange meldingar.
    Vent litt.
    Så svarar eg igjen.

reminder-text-easy = { $lead ->
        [week] Hugs møtet om ei veke.
        [three-days] Hugs møtet om tre dagar.
        [day] Hugs møtet i morgon.
       *[two-hours] Hugs møtet om to timar.
    }
reminder-question-easy = Kjem du?
rsvp-thanks-coming-easy =
    Takk!
    Du kjem på { $topic }.
    Det er { $when }.
rsvp-thanks-not-coming-easy =
    Takk for at du sa frå.
    Du kjem ikkje på { $topic }.
gathering-when-easy = { $date }, frå klokka { $from } til klokka { $to }
date-time-easy = { $date } klokka { $time }
positions-from-feed-easy = Denne jobben er frå NAV. Annonsen vart endra { $date }.
