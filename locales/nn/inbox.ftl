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
ask-answered = Svaret er sendt (spørsmål #{ $id }).
inbox-empty = Ingen spørsmål ventar på svar.
inbox-title = { $count ->
        [one] Eitt spørsmål ventar på svar:
       *[other] { $count } spørsmål ventar på svar:
    }
inbox-item = #{ $id } · { asker-role } · { $language } · { $asked }
inbox-answer = Svar på #{ $id }
inbox-write-answer = Skriv svaret på spørsmål #{ $id } no. Det blir sendt til den som spurde.
stats-text = Tal no:

    Personar: { $applicants } søkjarar, { $trainees } traineear, { $mentors } mentorar, { $coordinators } koordinatorar
    Språk valt: { $nb } bokmål, { $nn } nynorsk, { $en } engelsk, { $unchosen } ikkje valt
    Ledige stillingar: { $positions }, stillingsvarsel: { $alerts }
    Komande samlingar: { $gatherings } ({ $coming } kjem, { $not_coming } kjem ikkje)
    Kunngjeringar siste 30 dagar: { $broadcasts } ({ $delivered } leverte, { $failed } kom ikkje fram)
    Spørsmål som ventar på svar: { $questions }
    Har blokkert boten: { $unreachable }
