## /eligibility: the guided check.

check-intro =
    Eg stiller nokre korte spørsmål. Svar med knappane.

    Du treng aldri seie kva slags funksjonsnedsetjing du har. Svara dine blir sletta når sjekken er ferdig.
check-question =
    Spørsmål { $number }

    { $question }
check-yes = Ja
check-no = Nei
check-not-sure = Veit ikkje
check-back = Tilbake
check-cancel = Avbryt
check-use-buttons = Svar med knappane under spørsmålet. Du kan òg trykkje Avbryt.
check-stale = Denne knappen høyrer til eit spørsmål som er ferdig. Bruk det nyaste spørsmålet, eller skriv /eligibility.
check-cancelled = Sjekken er avbroten. Svara dine er sletta.
check-done = Takk! Det var alle spørsmåla.
check-result-intro = Dette er berre rettleiing, ikkje eit vedtak. Det er arbeidsgivaren som avgjer kven som får jobben.
check-result-may-fit = Kan passe for deg:
check-result-talk = Kan passe. Snakk med koordinatoren om:
check-result-no = Passar truleg ikkje:
check-next-step = Neste steg: { $step }
check-result-outro = Svara dine er sletta. Vil du vite meir? Les om ordningane eller kontakt koordinatoren.
check-again = Ta sjekken på nytt
