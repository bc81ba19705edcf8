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
privacy-text =
    Dette lagrar eg om deg:
    1. Telegram-ID-en din, så eg veit kven eg svarar.
    2. Språket du har valt.
    3. Når du skreiv til meg første gong.
    4. Varsla om nye stillingar du har lagra, til du slettar dei i /alerts.
    5. Er du trainee eller mentor: førenamnet ditt, ordninga og kullet ditt, kven som er mentoren din, om du kjem på samlingane, og når du vil ha påminningar. Når du og mentoren skriv saman, lagrar eg kven som skreiv til kven og når, ikkje kva de skreiv. Det blir sletta etter { $relay_days } dagar.

    Dette lagrar eg ikkje:
    1. Svara i sjekken. Eg held dei berre i minnet medan sjekken går føre seg, aldri på disk, og gløymer dei når sjekken er ferdig eller avbroten. Svara i ein sjekk du ikkje gjer ferdig, gløymer eg etter eitt døgn, eller før viss eg startar på nytt.
    2. Kva slags funksjonsnedsetjing du har. Eg spør aldri om det.
    3. Innhaldet i meldingane dine. Berre ei uro du melder med /flag, blir lagra som tekst til ho har kome fram til koordinatorane. Ho blir sletta saman med dei andre meldingane eg har sendt.

    Opplysningane blir lagra så lenge du brukar meg. Er du søkjar og ikkje har brukt meg på { $applicant_days } dagar, slettar eg dei. Meldingar eg har sendt deg, blir sletta etter { $outbox_days } dagar.

    /mydata sender deg alt eg har lagra om deg. /forget slettar alt.
privacy-controllers = Kvar organisasjon er ansvarleg for opplysningane om sine eigne ordningar:
privacy-controller = { $number }. { $organisation }: { $controller }, { $email }, { $address }
mydata-caption = Her er alt eg har lagra om deg, som ei JSON-fil.
forget-ask = Vil du at eg skal slette alt eg har lagra om deg? Varsel, svar på samlingar, meldingar som ventar, og om du er trainee eller mentor, også det. Det kan ikkje angrast.
forget-yes = Ja, slett alt
forget-no = Nei, behald det
forget-kept = Greitt, eg sletta ingenting.
forget-done = Alt om deg er sletta: { $alerts } varsel, { $answers } svar på samlingar, { $messages } meldingar, { $routing } meldingsspor, { $questions } spørsmål{ $member ->
        [yes] , og at du er med i ei ordning
       *[no] {""}
    }. Skriv du til meg igjen, byrjar vi på nytt.
