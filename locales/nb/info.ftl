## /contact and /privacy.

contact-text =
    Koordinator: { $name }
    Telefon: { $phone }
    E-post: { $email }
    Adresse: { $address }
contact-hours-heading = Du kan avtale møte med koordinatoren. Vanlige tider:
contact-hours-line = { $day ->
        [mon] mandag
        [tue] tirsdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] lørdag
       *[sun] søndag
    } kl. { $from }–{ $to }
contact-no-hours = Kontakt koordinatoren for å avtale et møte.
contact-choose-programme = Hvilken ordning gjelder det? Hver ordning har sin egen kontakt.
contact-web = Nettside: { $web }
contact-ask = Still et spørsmål
privacy-controllers = Hvem som er ansvarlig for opplysningene: hver organisasjon for sine egne ordninger.
privacy-controller = { $number }. { $organisation }: { $controller }, { $email }, { $address }
mydata-caption = Her er alt jeg har lagret om deg, som en JSON-fil.
forget-ask = Vil du at jeg skal slette alt jeg har lagret om deg? Varsler, svar på samlinger, meldinger som venter, og om du er trainee eller mentor, også det. Det kan ikke angres.
forget-yes = Ja, slett alt
forget-no = Nei, behold det
forget-kept = Greit, jeg slettet ingenting.
forget-done = Alt om deg er slettet.
    Varsler: { $alerts }. Svar på samlinger: { $answers }. Meldinger: { $messages }. Meldingsspor: { $routing }. Spørsmål og bekymringer: { $questions }.{ $member ->
        [yes] {" "}Plassen din i en ordning er også slettet.
       *[no] {""}
    }
    Skriver du til meg igjen, begynner vi på nytt.
privacy-summary =
    Personvern kort fortalt:
    1. Jeg lagrer lite: Telegram-ID-en din, språket ditt, når du bruker meg, og det du selv lagrer, som varsler.
    2. Jeg spør aldri hva slags funksjonsnedsettelse du har, og jeg lagrer ikke svarene dine i sjekken.
    3. Du kan se alt med /mydata og slette alt med /forget.
privacy-details =
    Dette lagrer jeg om deg, og så lenge:
    1. Telegram-ID-en din, språket du har valgt, dagen du først og sist brukte meg, og om du har blokkert meg. Er du søker og ikke har brukt meg på { $applicant_days ->
        [one] én dag
       *[other] { $applicant_days } dager
    }, sletter jeg alt om deg.
    2. Varslene om nye stillinger du har lagret, til du sletter dem i /alerts.
    3. Spør du om noe med /ask: hvem som spurte, på hvilket språk, om hvilken ordning, når, og når det ble besvart. Spørsmålet går som en kopi til koordinatorene. Teksten lagrer jeg ikke.
    4. Er du trainee eller mentor: fornavnet ditt, ordningen og kullet ditt, hvem som er mentoren din, invitasjonen du ble med på, om du kommer på samlingene og om du kom (merket av koordinatoren), og når du vil ha påminnelser.
    5. Når du og mentoren skriver sammen: hvem som skrev til hvem og når, aldri hva dere skrev. Det sletter jeg etter { $relay_days ->
        [one] én dag
       *[other] { $relay_days } dager
    }.
    6. En bekymring du melder med /flag: teksten, i meldingen jeg sender til koordinatorene og i listen deres over bekymringer til en av dem har svart. Den sletter jeg etter { $outbox_days ->
        [one] én dag
       *[other] { $outbox_days } dager
    }. At du meldte den, og når den ble besvart, lagrer jeg til du bruker /forget.
    7. Meldingene jeg sender deg, for eksempel påminnelser og varsler. De sletter jeg etter { $outbox_days ->
        [one] én dag
       *[other] { $outbox_days } dager
    }.
    8. Det koordinatorer gjør som gjelder deg, for eksempel å invitere deg eller gi deg en mentor. Det logges med ID-er, aldri med tekst fra meldinger.
    9. Et steg du ikke gjør ferdig, for eksempel et spørsmål du begynte å skrive. Det sletter jeg etter 24 timer. Svarene i sjekken holder jeg bare i minnet, aldri på disk.

    Dette lagrer jeg aldri:
    1. Hva slags funksjonsnedsettelse du har. Jeg spør aldri om det.
    2. Hva meldingene dine sier, bortsett fra en bekymring du melder med /flag.

    Greit å vite:
    1. Alt du skriver, går gjennom Telegram, som lagrer samtalene dine etter sine egne regler for personvern.
    2. Kopier av meldinger jeg har sendt videre til mentoren, traineen eller en koordinator, blir liggende i deres samtaler etter /forget. Dem kan jeg ikke slette.
    3. Du har rett til å se opplysningene dine med /mydata, få dem slettet med /forget, og klage til Datatilsynet på www.datatilsynet.no.
privacy-more = Les alt om personvern
privacy-mydata = Se dataene mine
privacy-forget = Slett alt om meg
