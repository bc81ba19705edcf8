## /ask and /inbox: questions handed over to a coordinator.

asker-role = { $role ->
        [trainee] trainee
        [mentor] mentor
        [coordinator] koordinator
       *[applicant] søkjar
    }
ask-prompt = Skriv spørsmålet ditt no, så sender eg det til koordinatorane i { $organisation }. Du får svaret her.
ask-choose-programme = Kva ordning gjeld spørsmålet? Då sender eg det til dei rette koordinatorane.
ask-header = Spørsmål frå { $name } ({ asker-role }, { $language }). Svar ved å svare på meldinga under.
ask-sent = Spørsmålet ditt er sendt til koordinatoren. Du får svaret her.
ask-outside-hours = Det er utanfor kontortida no. Du får svar tidlegast { $day ->
        [mon] måndag
        [tue] tysdag
        [wed] onsdag
        [thu] torsdag
        [fri] fredag
        [sat] laurdag
       *[sun] søndag
    } kl. { $time }.
ask-answer-header = Svar frå koordinatoren:
ask-answered = Svaret er sendt. Det var spørsmål nummer { $id }.
inbox-empty = Ingenting ventar på svar: ingen spørsmål og ingen bekymringar.
inbox-title = Ventar på svar: { $questions ->
        [0] ingen spørsmål
        [one] eitt spørsmål
       *[other] { $questions } spørsmål
    } og { $concerns ->
        [0] ingen bekymringar
        [one] éi bekymring
       *[other] { $concerns } bekymringar
    }. Dei eldste kjem først, kvar med sin eigen svarknapp.
inbox-item = Spørsmål nummer { $id }, frå ein { asker-role }, på { $language }, stilt { $asked }:
inbox-question-gone = Spørsmål nummer { $id } kan ikkje visast lenger: den som spurde, har sletta det. Du kan likevel svare.
inbox-concern = Bekymring frå { role-name } { $name } ({ $programme }{ $cohort ->
        [none] {""}
       *[other] , { $cohort }
    }), send { $raised }:

    { $text }
inbox-concern-left = Bekymring frå ein som ikkje lenger har ei rolle, send { $raised }:

    { $text }
inbox-concern-text-gone = (Teksten er ikkje lagra her lenger. Han står i meldinga du fekk då bekymringa kom.)
inbox-answer-concern = Svar på denne bekymringa
inbox-answer = Svar på spørsmål { $id }
inbox-write-answer = Skriv svaret på spørsmål nummer { $id } no. Det blir sendt til den som spurde.
stats-text = Tal no:

    Søkjarar: { $applicants }
    Traineear: { $trainees }
    Mentorar: { $mentors }
    Koordinatorar: { $coordinators }

    Har valt bokmål: { $nb }
    Har valt nynorsk: { $nn }
    Har valt engelsk: { $en }
    Har ikkje valt språk: { $unchosen }

    Ledige stillingar: { $positions }
    Stillingsvarsel: { $alerts }

    Komande samlingar: { $gatherings }
    Har svart at dei kjem: { $coming }
    Har svart at dei ikkje kjem: { $not_coming }

    Kunngjeringar siste 30 dagar: { $broadcasts }
    Meldingar leverte: { $delivered }
    Meldingar som ikkje kom fram: { $failed }

    Spørsmål som ventar på svar: { $questions }
    Har blokkert boten: { $unreachable }
stats-feed-read =
    Ledige stillingar frå NAVs stillingsfeed: { $positions }
    Feeden sist lesen: { $moment }
    Annonsar avviste for feil i dataa: { $refused }
stats-feed-never = NAVs stillingsfeed er ikkje lesen enno.
stats-feed-failed =
    Ledige stillingar frå NAVs stillingsfeed: { $positions }
    Lesinga av feeden feila { $moment }: { $reason ->
        [token] feeden godtok ikkje tokenet. Driftsansvarleg må sjekke NAV_FEED_TOKEN.
        [unavailable] feeden svarte ikkje. Boten prøver igjen sjølv.
        [malformed] feeden sende noko boten ikkje kunne lese. Boten prøver igjen sjølv.
       *[network] boten nådde ikkje fram til feeden. Boten prøver igjen sjølv.
    }
