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
privacy-text =
    Dette lagrer jeg om deg:
    1. Telegram-ID-en din, så jeg vet hvem jeg svarer.
    2. Språket du har valgt.
    3. Når du skrev til meg første gang.
    4. Varslene om nye stillinger du har lagret, til du sletter dem i /alerts.
    5. Er du trainee eller mentor: fornavnet ditt, ordningen og kullet ditt, hvem som er mentoren din, om du kommer på samlingene, og når du vil ha påminnelser. Når du og mentoren skriver sammen, lagrer jeg hvem som skrev til hvem og når, ikke hva dere skrev. Det slettes etter { $relay_days } dager.

    Dette lagrer jeg ikke:
    1. Svarene i sjekken. Jeg holder dem bare i minnet mens sjekken pågår, aldri på disk, og glemmer dem når sjekken er ferdig eller avbrutt. Svarene i en sjekk du ikke gjør ferdig, glemmer jeg etter ett døgn, eller før hvis jeg starter på nytt.
    2. Hva slags funksjonsnedsettelse du har. Jeg spør aldri om det.
    3. Innholdet i meldingene dine. Bare en bekymring du melder med /flag, blir lagret som tekst til den har kommet fram til koordinatorene. Den slettes sammen med de andre meldingene jeg har sendt.

    Opplysningene blir lagret så lenge du bruker meg. Er du søker og ikke har brukt meg på { $applicant_days } dager, sletter jeg dem. Meldinger jeg har sendt deg, slettes etter { $outbox_days } dager.

    /mydata sender deg alt jeg har lagret om deg. /forget sletter alt.
privacy-controllers = Hver organisasjon er ansvarlig for opplysningene om sine egne ordninger:
privacy-controller = { $number }. { $organisation }: { $controller }, { $email }, { $address }
mydata-caption = Her er alt jeg har lagret om deg, som en JSON-fil.
forget-ask = Vil du at jeg skal slette alt jeg har lagret om deg? Varsler, svar på samlinger, meldinger som venter, og om du er trainee eller mentor, også det. Det kan ikke angres.
forget-yes = Ja, slett alt
forget-no = Nei, behold det
forget-kept = Greit, jeg slettet ingenting.
forget-done = Alt om deg er slettet: { $alerts } varsler, { $answers } svar på samlinger, { $messages } meldinger, { $routing } meldingsspor, { $questions } spørsmål{ $member ->
        [yes] , og at du er med i en ordning
       *[no] {""}
    }. Skriver du til meg igjen, begynner vi på nytt.
