## /newgathering: planning a gathering or a monthly series.

plan-choose-audience = Kven er samlinga for?
plan-for-cohort = Traineane i { $cohort }
plan-for-mentors = Mentorane i { $programme }
plan-for-programme = Alle i { $programme }
plan-ask-time = Når byrjar den første samlinga? Skriv dato og klokkeslett, til dømes 5.1.2027 kl. 17.00.
plan-ask-duration = Kor lenge varer ho?
plan-minutes = { $minutes ->
        [30] 30 minutt
        [60] 1 time
        [90] 1 ½ time
        [120] 2 timar
        [180] 3 timar
        [240] Halv dag (4 timar)
        [450] Heil dag (7 ½ time)
       *[other] { $minutes } minutt
    }
plan-ask-place = Kvar er ho? Skriv adresse, rom eller videolenkje.
plan-ask-topic = Kva er temaet?
plan-ask-agenda = Skriv eit kort program, eller vel «Utan program».
plan-no-agenda = Utan program
plan-ask-months = Skal samlinga gjentakast kvar månad, same vekedag i same veke av månaden og same klokkeslett?
plan-months = { $months ->
        [1] Berre éin gong
       *[other] Kvar månad i { $months } månader
    }
plan-summary = Sjå over før du lagar { $months ->
        [1] samlinga
       *[other] dei { $months } samlingane
    }:

    For: { $programme }
    Første: { $first }
    Siste: { $last }
    Lengd: { $minutes } minutt
    Stad: { $place }
    Tema: { $topic }
    Program: { $agenda }
plan-confirm = Lag samlinga
plan-cancel = Avbryt
plan-cancelled = Greitt, eg laga inga samling.
plan-created = { $count ->
        [one] Samlinga er laga. Dei inviterte får beskjed no og påminningar før.
       *[other] { $count } samlingar er laga. Dei inviterte får beskjed no og påminningar før.
    }
plan-text-bad = Skriv ein tekst på { $max ->
        [one] høgst eitt teikn
       *[other] høgst { $max } teikn
    }.
plan-use-buttons = Vel med knappane over, eller trykk «Avbryt».
