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
ask-answered = Svaret er sendt (spørsmål #{ $id }).
inbox-empty = Ingen spørsmål venter på svar.
inbox-title = { $count ->
        [one] Ett spørsmål venter på svar:
       *[other] { $count } spørsmål venter på svar:
    }
inbox-item = #{ $id } · { asker-role } · { $language } · { $asked }
inbox-answer = Svar på #{ $id }
inbox-write-answer = Skriv svaret på spørsmål #{ $id } nå. Det sendes til den som spurte.
stats-text = Tall nå:

    Personer: { $applicants } søkere, { $trainees } traineer, { $mentors } mentorer, { $coordinators } koordinatorer
    Språk valgt: { $nb } bokmål, { $nn } nynorsk, { $en } engelsk, { $unchosen } ikke valgt
    Ledige stillinger: { $positions }, stillingsvarsler: { $alerts }
    Kommende samlinger: { $gatherings } ({ $coming } kommer, { $not_coming } kommer ikke)
    Kunngjøringer siste 30 dager: { $broadcasts } ({ $delivered } levert, { $failed } kom ikke fram)
    Spørsmål som venter på svar: { $questions }
    Har blokkert boten: { $unreachable }
