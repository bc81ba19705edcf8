## /ask and /inbox: questions handed over to a coordinator.

asker-role = { $role ->
        [trainee] trainee
        [mentor] mentor
        [coordinator] koordinator
       *[applicant] søker
    }
ask-prompt = Skriv spørsmålet ditt nå, så sender jeg det til koordinatorene i { $organisation }. Du får svaret her.
ask-choose-programme = Hvilken ordning gjelder spørsmålet? Da sender jeg det til de rette koordinatorene.
ask-header = Spørsmål fra { $name } ({ asker-role }, { $language }). Svar ved å svare på meldingen under.
ask-sent = Spørsmålet ditt er sendt til koordinatoren. Du får svaret her.
ask-outside-hours = Det er utenfor kontortiden nå. Du får svar tidligst { $day ->
        [mon] mandag
        [tue] tirsdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] lørdag
       *[sun] søndag
    } kl. { $time }.
ask-answer-header = Svar fra koordinatoren:
ask-answered = Svaret er sendt. Det var spørsmål nummer { $id }.
inbox-empty = Ingenting venter på svar: ingen spørsmål og ingen bekymringer.
inbox-title = Venter på svar: { $questions ->
        [0] ingen spørsmål
        [one] ett spørsmål
       *[other] { $questions } spørsmål
    } og { $concerns ->
        [0] ingen bekymringer
        [one] én bekymring
       *[other] { $concerns } bekymringer
    }. De eldste kommer først, hver med sin egen svarknapp.
inbox-item = Spørsmål nummer { $id }, fra en { asker-role }, på { $language }, stilt { $asked }:
inbox-question-gone = Spørsmål nummer { $id } kan ikke vises lenger: den som spurte, har slettet det. Du kan likevel svare.
inbox-concern = Bekymring fra { role-name } { $name } ({ $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }), sendt { $raised }:

    { $text }
inbox-concern-left = Bekymring fra en som ikke lenger har en rolle, sendt { $raised }:

    { $text }
inbox-concern-text-gone = (Teksten er ikke lagret her lenger. Den står i meldingen du fikk da bekymringen kom.)
inbox-answer-concern = Svar på denne bekymringen
inbox-answer = Svar på spørsmål { $id }
inbox-write-answer = Skriv svaret på spørsmål nummer { $id } nå. Det sendes til den som spurte.
stats-text = Tall nå:

    Søkere: { $applicants }
    Traineer: { $trainees }
    Mentorer: { $mentors }
    Koordinatorer: { $coordinators }

    Har valgt bokmål: { $nb }
    Har valgt nynorsk: { $nn }
    Har valgt engelsk: { $en }
    Har ikke valgt språk: { $unchosen }

    Ledige stillinger: { $positions }
    Stillingsvarsler: { $alerts }

    Kommende samlinger: { $gatherings }
    Har svart at de kommer: { $coming }
    Har svart at de ikke kommer: { $not_coming }

    Kunngjøringer siste 30 dager: { $broadcasts }
    Meldinger levert: { $delivered }
    Meldinger som ikke kom fram: { $failed }

    Spørsmål som venter på svar: { $questions }
    Har blokkert boten: { $unreachable }
stats-feed-read =
    Ledige stillinger fra NAVs stillingsfeed: { $positions }
    Feeden sist lest: { $moment }
    Annonser avvist for feil i dataene: { $refused }
stats-feed-never = NAVs stillingsfeed er ikke lest ennå.
stats-feed-failed =
    Ledige stillinger fra NAVs stillingsfeed: { $positions }
    Lesing av feeden feilet { $moment }: { $reason ->
        [token] feeden godtok ikke tokenet. Driftsansvarlig må sjekke NAV_FEED_TOKEN.
        [unavailable] feeden svarte ikke. Boten prøver igjen selv.
        [malformed] feeden sendte noe boten ikke kunne lese. Boten prøver igjen selv.
       *[network] boten nådde ikke fram til feeden. Boten prøver igjen selv.
    }
