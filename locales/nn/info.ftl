## /contact and /privacy.

contact-text =
    Koordinator: { $name }
    Telefon: { $phone }
    E-post: { $email }
    Adresse: { $address }
contact-hours-heading = Du kan avtale møte med koordinatoren. Vanlege tider:
contact-hours-line = { $day ->
        [mon] måndag
        [tue] tysdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] laurdag
       *[sun] søndag
    } kl. { $from }–{ $to }
contact-no-hours = Kontakt koordinatoren for å avtale eit møte.
contact-choose-programme = Kva ordning gjeld det? Kvar ordning har sin eigen kontakt.
contact-web = Nettside: { $web }
contact-ask = Still eit spørsmål
privacy-controllers = Kven som er ansvarleg for opplysingane: kvar organisasjon for sine eigne ordningar.
privacy-controller = { $number }. { $organisation }: { $controller }, { $email }, { $address }
mydata-caption = Her er alt eg har lagra om deg, som ei JSON-fil.
forget-ask = Vil du at eg skal slette alt eg har lagra om deg? Varsel, svar på samlingar, meldingar som ventar, og om du er trainee eller mentor, òg det. Det kan ikkje angrast.
forget-yes = Ja, slett alt
forget-no = Nei, behald det
forget-kept = Greitt, eg sletta ingenting.
forget-done = Alt om deg er sletta.
    Varsel: { $alerts }. Svar på samlingar: { $answers }. Meldingar: { $messages }. Meldingsspor: { $routing }. Spørsmål og bekymringar: { $questions }.{ $member ->
        [yes] {" "}Plassen din i ei ordning er òg sletta.
       *[no] {""}
    }
    Skriv du til meg igjen, byrjar vi på nytt.
privacy-summary =
    Personvern kort fortalt:
    1. Eg lagrar lite: Telegram-ID-en din, språket ditt, når du brukar meg, og det du sjølv lagrar, som varsel.
    2. Eg spør aldri kva slags funksjonsnedsetjing du har, og eg lagrar ikkje svara dine i sjekken.
    3. Du kan sjå alt med /mydata og slette alt med /forget.
privacy-details =
    Dette lagrar eg om deg, og så lenge:
    1. Telegram-ID-en din, språket du har valt, dagen du først og sist brukte meg, og om du har blokkert meg. Er du søkjar og ikkje har brukt meg på { $applicant_days ->
        [one] éin dag
       *[other] { $applicant_days } dagar
    }, slettar eg alt om deg.
    2. Varsla om nye stillingar du har lagra, til du slettar dei i /alerts.
    3. Spør du om noko med /ask: kven som spurde, på kva språk, om kva ordning, når, og når det vart svart på. Spørsmålet går som ein kopi til koordinatorane. Teksten lagrar eg ikkje.
    4. Er du trainee eller mentor: førenamnet ditt, ordninga og kullet ditt, kven som er mentoren din, invitasjonen du vart med på, om du kjem på samlingane og om du kom (merkt av koordinatoren), og når du vil ha påminningar.
    5. Når du og mentoren skriv saman: kven som skreiv til kven og når, aldri kva de skreiv. Det slettar eg etter { $relay_days ->
        [one] éin dag
       *[other] { $relay_days } dagar
    }.
    6. Ei bekymring du melder med /flag: teksten, i meldinga eg sender til koordinatorane og i lista deira over bekymringar til ein av dei har svart. Den slettar eg etter { $outbox_days ->
        [one] éin dag
       *[other] { $outbox_days } dagar
    }. At du melde ho, og når ho vart svart på, lagrar eg til du bruker /forget.
    7. Meldingane eg sender deg, til dømes påminningar og varsel. Dei slettar eg etter { $outbox_days ->
        [one] éin dag
       *[other] { $outbox_days } dagar
    }.
    8. Det koordinatorar gjer som gjeld deg, til dømes å invitere deg eller gje deg ein mentor. Det blir logga med ID-ar, aldri med tekst frå meldingar.
    9. Eit steg du ikkje gjer ferdig, til dømes eit spørsmål du byrja å skrive. Det slettar eg etter 24 timar. Svara i sjekken held eg berre i minnet, aldri på disk.

    Dette lagrar eg aldri:
    1. Kva slags funksjonsnedsetjing du har. Eg spør aldri om det.
    2. Kva meldingane dine seier, bortsett frå ei bekymring du melder med /flag.

    Godt å vite:
    1. Alt du skriv, går gjennom Telegram, som lagrar samtalane dine etter sine eigne reglar for personvern.
    2. Kopiar av meldingar eg har sendt vidare til mentoren, traineen eller ein koordinator, blir liggjande i samtalane deira etter /forget. Dei kan eg ikkje slette.
    3. Du har rett til å sjå opplysingane dine med /mydata, få dei sletta med /forget, og klage til Datatilsynet på www.datatilsynet.no.
privacy-more = Les alt om personvern
privacy-mydata = Sjå dataa mine
privacy-forget = Slett alt om meg
